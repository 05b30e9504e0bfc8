package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Oids;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI-SIS header rules, one stable code per rule ({@code CDA-nnnn}).
 *
 * <p>{@link #validate(CdaHeader)} checks the model (used by {@link CdaWriter} before writing
 * and by {@link CdaReader} after reading); the rules that only XML can break (root element,
 * realmCode, typeId, templateIds, duplicates, body, signatureCode, malformed INS) are checked by
 * the reader with the codes below.
 *
 * <p>Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class CdaHeaderValidator {

  /** The root is not {@code ClinicalDocument} in {@code urn:hl7-org:v3}. */
  public static final String NOT_CLINICAL_DOCUMENT = "CDA-0001";
  /** {@code realmCode@code='FR'} is missing. */
  public static final String REALM_CODE = "CDA-0002";
  /** {@code typeId} is missing or not {@code 2.16.840.1.113883.1.3 / POCD_HD000040}. */
  public static final String TYPE_ID = "CDA-0003";
  /** The HL7 France or CI-SIS templateId is missing. */
  public static final String TEMPLATE_IDS = "CDA-0004";
  /** An N1 (nonXMLBody) document does not carry exactly the three N1 templateIds. */
  public static final String N1_TEMPLATE_IDS = "CDA-0005";
  /** A structured document carries no volet templateId (warning). */
  public static final String VOLET_TEMPLATE_ID = "CDA-0006";
  /** {@code id} is missing or its root is not an OID / UUID. */
  public static final String ID = "CDA-0007";
  /** {@code code} (document type) is missing. */
  public static final String CODE = "CDA-0008";
  /** {@code title} is missing or empty. */
  public static final String TITLE = "CDA-0009";
  /** {@code effectiveTime} is missing. */
  public static final String EFFECTIVE_TIME = "CDA-0010";
  /** A time with hours carries no time zone. */
  public static final String TIME_ZONE = "CDA-0011";
  /** {@code confidentialityCode} is missing. */
  public static final String CONFIDENTIALITY = "CDA-0012";
  /** {@code languageCode} is missing. */
  public static final String LANGUAGE = "CDA-0013";
  /** {@code setId} is missing. */
  public static final String SET_ID = "CDA-0014";
  /** {@code versionNumber} is missing or not a positive integer. */
  public static final String VERSION = "CDA-0015";
  /** {@code recordTarget/patientRole} has no identifier (neither INS nor IPP). */
  public static final String PATIENT_ID = "CDA-0016";
  /** An INS is present but one of the six traits is missing. */
  public static final String INS_TRAITS = "CDA-0017";
  /** The INS identifier is malformed (key, length, OID). */
  public static final String INS_MALFORMED = "CDA-0018";
  /** An INS is carried by an identity whose status does not allow it (only QUAL may). */
  public static final String INS_NOT_QUALIFIED = "CDA-0019";
  /** No {@code author}. */
  public static final String AUTHOR = "CDA-0020";
  /** An author's professional has no usable identifier. */
  public static final String AUTHOR_ID = "CDA-0021";
  /** No {@code custodian}. */
  public static final String CUSTODIAN = "CDA-0022";
  /** No {@code legalAuthenticator}. */
  public static final String LEGAL_AUTHENTICATOR = "CDA-0023";
  /** {@code documentationOf/serviceEvent} missing, or without performer or effectiveTime. */
  public static final String SERVICE_EVENT = "CDA-0024";
  /** {@code componentOf/encompassingEncounter} missing or without healthcare facility code. */
  public static final String ENCOUNTER_FACILITY = "CDA-0025";
  /** The replaced document is not a proper RPLC parentDocument (type, id, same id). */
  public static final String PARENT_DOCUMENT = "CDA-0026";
  /** A header element that must occur once occurs more than once. */
  public static final String DUPLICATE = "CDA-0027";
  /** The nonXMLBody text is not a base64 PDF (mediaType, representation, empty). */
  public static final String BODY_MEDIA = "CDA-0028";
  /** The document has no body ({@code component}). */
  public static final String BODY_MISSING = "CDA-0029";
  /** {@code legalAuthenticator/signatureCode} is not {@code S}. */
  public static final String SIGNATURE_CODE = "CDA-0030";

  /** An author has no {@code time}. */
  public static final String AUTHOR_TIME = "CDA-0031";

  private CdaHeaderValidator() {}

  /**
   * Checks a header against the model rules.
   *
   * @param header the header
   * @return every broken rule; empty when valid
   */
  public static ValidationReport validate(CdaHeader header) {
    ValidationReport.Builder r = ValidationReport.builder();
    if (header.id().isEmpty() || !isIdRoot(header.id().get().root())) {
      r.error(ID, "/ClinicalDocument/id", "the document id is missing or its root is not an OID"
          + " or UUID; set CdaHeader.id (e.g. XdsIds.newUniqueId() as root)");
    }
    if (header.code().isEmpty()) {
      r.error(CODE, "/ClinicalDocument/code", "the document type code is missing; set"
          + " CdaHeader.documentType (LOINC type code)");
    }
    if (header.title().isEmpty() || header.title().get().isBlank()) {
      r.error(TITLE, "/ClinicalDocument/title", "the title is missing; set CdaHeader.title");
    }
    if (header.effectiveTime().isEmpty()) {
      r.error(EFFECTIVE_TIME, "/ClinicalDocument/effectiveTime", "the creation time is missing;"
          + " set CdaHeader.effectiveTime");
    }
    if (header.confidentialityCode().isEmpty()) {
      r.error(CONFIDENTIALITY, "/ClinicalDocument/confidentialityCode", "the confidentiality"
          + " code is missing; use CdaHeader.CONFIDENTIALITY_NORMAL unless told otherwise");
    }
    if (header.languageCode().isEmpty() || header.languageCode().get().isBlank()) {
      r.error(LANGUAGE, "/ClinicalDocument/languageCode", "the language code is missing; use"
          + " fr-FR");
    }
    if (header.setId().isEmpty() || !isIdRoot(header.setId().get().root())) {
      r.error(SET_ID, "/ClinicalDocument/setId", "the setId is missing or its root is not an"
          + " OID or UUID; a first version uses a new setId, a replacement the replaced one's");
    }
    if (header.versionNumber().isEmpty() || header.versionNumber().get() < 1) {
      r.error(VERSION, "/ClinicalDocument/versionNumber", "the version number is missing or not"
          + " a positive integer; 1 for a first version");
    }
    patient(header, r);
    authors(header, r);
    if (header.custodian().isEmpty()) {
      r.error(CUSTODIAN, "/ClinicalDocument/custodian", "the custodian organisation is missing;"
          + " set CdaHeader.custodian (the structure keeping the document)");
    }
    if (header.legalAuthenticator().isEmpty()
        || header.legalAuthenticator().get().time() == null) {
      r.error(LEGAL_AUTHENTICATOR, "/ClinicalDocument/legalAuthenticator", "the legal"
          + " authenticator or its time is missing; set the professional who validates the"
          + " document and when");
    }
    CdaServiceEvent event = header.serviceEvent().orElse(null);
    if (event == null || event.performer() == null || event.low() == null) {
      r.error(SERVICE_EVENT, "/ClinicalDocument/documentationOf/serviceEvent", "the service"
          + " event, its performer or its effectiveTime/low is missing");
    }
    CdaEncounter encounter = header.encounter().orElse(null);
    if (encounter == null || encounter.healthcareFacilityTypeCode() == null) {
      r.error(ENCOUNTER_FACILITY, "/ClinicalDocument/componentOf/encompassingEncounter", "the"
          + " encounter or its healthCareFacility code (secteur d'activité) is missing");
    }
    header.parentDocument().ifPresent(p -> {
      if (header.id().isPresent() && p.id().equals(header.id().get())) {
        r.error(PARENT_DOCUMENT, "/ClinicalDocument/relatedDocument/parentDocument/id", "a"
            + " replacement must have a new id; the parent document's id is the replaced one's");
      }
    });
    timeZones(header, r);
    return r.build();
  }

  private static boolean isIdRoot(String root) {
    return Oids.isOid(root)
        || root.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{12}");
  }

  private static void patient(CdaHeader header, ValidationReport.Builder r) {
    String path = "/ClinicalDocument/recordTarget/patientRole";
    CdaPatient p = header.patient().orElse(null);
    if (p == null || (p.ins().isEmpty() && p.otherIds().isEmpty())) {
      r.error(PATIENT_ID, path + "/id", "the patient has no identifier; give a qualified INS or"
          + " a local identifier (IPP)");
      return;
    }
    if (p.ins().isPresent()) {
      if (!p.hasAllInsTraits()) {
        r.error(INS_TRAITS, path + "/patient", "an INS is present so the six INS traits are"
            + " required: birth name, first given name, given names, sex, birth date,"
            + " birthplace (COG code)");
      }
      IdentityStatus status = p.status().orElse(null);
      if (status != null && !status.mayCarryIns()) {
        r.error(INS_NOT_QUALIFIED, path + "/id", "the INS may only be carried by a qualified"
            + " identity (QUAL), this one is " + status + "; qualify the identity or leave the"
            + " INS out");
      }
    }
  }

  private static void authors(CdaHeader header, ValidationReport.Builder r) {
    if (header.authors().isEmpty()) {
      r.error(AUTHOR, "/ClinicalDocument/author", "the document has no author; add one");
    }
    for (int i = 0; i < header.authors().size(); i++) {
      if (header.authors().get(i).time() == null) {
        r.error(AUTHOR_TIME, "/ClinicalDocument/author[" + (i + 1) + "]/time", "the author has"
            + " no time; give when the document was authored, with its time zone");
      }
      InstanceIdentifier id = header.authors().get(i).person().id();
      if (!Oids.isOid(id.root()) || id.extension() == null || id.extension().isBlank()) {
        r.error(AUTHOR_ID, "/ClinicalDocument/author[" + (i + 1) + "]/assignedAuthor/id",
            "the author has no identifier under an OID; use CdaPerson.ofIdNatPs");
      }
    }
  }

  private static void timeZones(CdaHeader h, ValidationReport.Builder r) {
    List<Object[]> times = new ArrayList<>();
    h.effectiveTime().ifPresent(t -> times.add(new Object[] {t, "/effectiveTime"}));
    for (int i = 0; i < h.authors().size(); i++) {
      times.add(new Object[] {h.authors().get(i).time(), "/author[" + (i + 1) + "]/time"});
    }
    h.legalAuthenticator().ifPresent(l -> times.add(new Object[] {l.time(),
        "/legalAuthenticator/time"}));
    h.serviceEvent().ifPresent(e -> {
      times.add(new Object[] {e.low(), "/documentationOf/serviceEvent/effectiveTime/low"});
      times.add(new Object[] {e.high(), "/documentationOf/serviceEvent/effectiveTime/high"});
    });
    h.encounter().ifPresent(e -> {
      times.add(new Object[] {e.low(), "/componentOf/encompassingEncounter/effectiveTime/low"});
      times.add(new Object[] {e.high(), "/componentOf/encompassingEncounter/effectiveTime/high"});
    });
    for (Object[] t : times) {
      if (t[0] instanceof CdaTime time && time.hasTimeOfDay() && !time.hasTimeZone()) {
        r.error(TIME_ZONE, "/ClinicalDocument" + t[1], "a time with hours must carry its time"
            + " zone offset (e.g. +0100); build it with CdaTime.of(OffsetDateTime)");
      }
    }
  }
}
