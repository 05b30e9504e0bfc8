package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.code.CodeSystems;
import io.github.eparcours.core.document.xds.XdsConstants;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CI-SIS document type: its LOINC type code, the DMP class code that follows from it, and
 * for structured documents the volet templateId and XDS formatCode.
 *
 * <p>An open set: the constants cover what e-parcours and the Ségur feeds use; build others
 * with {@link #of}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CdaDocumentType {

  private static final String CLASS_SYSTEM = XdsConstants.CLASS_CODE_SYSTEM;
  private static final Code COMPTE_RENDU = Code.of("10", CLASS_SYSTEM, "Compte rendu");
  private static final Code SYNTHESE = Code.of("11", CLASS_SYSTEM, "Synthèse");
  private static final Code PRESCRIPTION = Code.of("42", CLASS_SYSTEM, "Prescription");

  /** Lettre de liaison à la sortie d'un établissement (LDL-SES). */
  public static final CdaDocumentType LETTRE_DE_LIAISON_SORTIE = new CdaDocumentType(
      Code.of("11490-0", CodeSystems.LOINC, "Lettre de liaison à la sortie d'un établissement"),
      COMPTE_RENDU, "1.2.250.1.213.1.1.1.29", "urn:asip:ci-sis:ldl-ses:2017");
  /** Lettre de liaison à l'entrée en établissement (LDL-EES). */
  public static final CdaDocumentType LETTRE_DE_LIAISON_ENTREE = new CdaDocumentType(
      Code.of("18761-7", CodeSystems.LOINC, "Lettre de liaison à l'entrée en établissement"),
      COMPTE_RENDU, "1.2.250.1.213.1.1.1.21", "urn:asip:ci-sis:ldl-ees:2017");
  /** Ordonnance (de sortie) / prescription de médicaments et dispositifs. */
  public static final CdaDocumentType ORDONNANCE = new CdaDocumentType(
      Code.of("57833-6", CodeSystems.LOINC, "Prescription de médicaments"),
      PRESCRIPTION, "1.2.250.1.213.1.1.1.39", "urn:ihe:pharm:pre:2010");
  /**
   * Compte rendu opératoire. No CI-SIS structured volet: send as N1. The type code is LOINC
   * 34874-8, "Surgery Surgical operation note" (its check digit is verified by the tests).
   */
  public static final CdaDocumentType COMPTE_RENDU_OPERATOIRE = new CdaDocumentType(
      Code.of("34874-8", CodeSystems.LOINC, "Compte rendu opératoire"),
      COMPTE_RENDU, null, null);
  /** Compte rendu d'examens de biologie médicale. */
  public static final CdaDocumentType COMPTE_RENDU_BIOLOGIE = new CdaDocumentType(
      Code.of("11502-2", CodeSystems.LOINC, "CR d'examens biologiques"),
      COMPTE_RENDU, "1.2.250.1.213.1.1.1.55", "urn:ihe:lab:xd-lab:2008");
  /** Compte rendu d'imagerie médicale. */
  public static final CdaDocumentType COMPTE_RENDU_IMAGERIE = new CdaDocumentType(
      Code.of("18748-4", CodeSystems.LOINC, "CR d'imagerie médicale"),
      COMPTE_RENDU, "1.2.250.1.213.1.1.1.45",
      "urn:ihe:rad:CDA:ImagingReportStructuredHeadings:2013");
  /** Volet de synthèse médicale (VSM). */
  public static final CdaDocumentType VOLET_DE_SYNTHESE_MEDICALE = new CdaDocumentType(
      Code.of("SYNTH", "1.2.250.1.213.1.1.4.12", "Synthèse"),
      SYNTHESE, "1.2.250.1.213.1.1.1.13", "urn:asip:ci-sis:vsm:2012");
  /** Compte rendu d'anesthésie. */
  public static final CdaDocumentType COMPTE_RENDU_ANESTHESIE = new CdaDocumentType(
      Code.of("77436-4", CodeSystems.LOINC, "Compte rendu d'anesthésie"),
      COMPTE_RENDU, "1.2.250.1.213.1.1.1.40", "urn:asip:ci-sis:cr-anest:2020");

  private static final List<CdaDocumentType> KNOWN = List.of(LETTRE_DE_LIAISON_SORTIE,
      LETTRE_DE_LIAISON_ENTREE, ORDONNANCE, COMPTE_RENDU_OPERATOIRE, COMPTE_RENDU_BIOLOGIE,
      COMPTE_RENDU_IMAGERIE, VOLET_DE_SYNTHESE_MEDICALE, COMPTE_RENDU_ANESTHESIE);

  private final Code typeCode;
  private final Code classCode;
  private final String voletTemplateId;
  private final String structuredFormatCode;

  private CdaDocumentType(Code typeCode, Code classCode, String voletTemplateId,
      String structuredFormatCode) {
    this.typeCode = Objects.requireNonNull(typeCode, "typeCode");
    this.classCode = Objects.requireNonNull(classCode, "classCode");
    this.voletTemplateId = voletTemplateId;
    this.structuredFormatCode = structuredFormatCode;
  }

  /**
   * Returns a document type the SDK has no constant for.
   *
   * @param typeCode the CDA code / XDS typeCode
   * @param classCode the XDS classCode
   * @param voletTemplateId the volet templateId for structured documents, or null
   * @param structuredFormatCode the XDS formatCode of the structured form, or null
   * @return the type
   */
  public static CdaDocumentType of(Code typeCode, Code classCode, String voletTemplateId,
      String structuredFormatCode) {
    return new CdaDocumentType(typeCode, classCode, voletTemplateId, structuredFormatCode);
  }

  /**
   * Finds the known type of a CDA {@code code}.
   *
   * @param typeCode the code as read
   * @return the type, empty when the SDK does not know it
   */
  public static Optional<CdaDocumentType> fromTypeCode(Code typeCode) {
    return KNOWN.stream().filter(t -> t.typeCode.sameConcept(typeCode)).findFirst();
  }

  /**
   * Returns every type this class has a constant for.
   *
   * @return the known types
   */
  public static List<CdaDocumentType> known() {
    return KNOWN;
  }

  /** @return the LOINC (or other) type code, used as CDA {@code code} and XDS typeCode */
  public Code typeCode() {
    return typeCode;
  }

  /** @return the XDS classCode (TRE_A03) that follows from the type */
  public Code classCode() {
    return classCode;
  }

  /** @return the volet templateId of the structured form */
  public Optional<String> voletTemplateId() {
    return Optional.ofNullable(voletTemplateId);
  }

  /** @return the XDS formatCode of the structured form (ASS_A11) */
  public Optional<String> structuredFormatCode() {
    return Optional.ofNullable(structuredFormatCode);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CdaDocumentType t && t.typeCode.sameConcept(typeCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typeCode.code(), typeCode.system());
  }

  @Override
  public String toString() {
    return "CdaDocumentType[" + typeCode.code() + " " + typeCode.displayName() + "]";
  }
}
