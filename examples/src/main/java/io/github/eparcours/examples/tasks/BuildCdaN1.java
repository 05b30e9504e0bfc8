package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.cda.CdaAuthor;
import io.github.eparcours.core.document.cda.CdaDocumentType;
import io.github.eparcours.core.document.cda.CdaEncounter;
import io.github.eparcours.core.document.cda.CdaHeader;
import io.github.eparcours.core.document.cda.CdaLegalAuthenticator;
import io.github.eparcours.core.document.cda.CdaPatient;
import io.github.eparcours.core.document.cda.CdaPerson;
import io.github.eparcours.core.document.cda.CdaServiceEvent;
import io.github.eparcours.core.document.cda.CdaTime;
import io.github.eparcours.core.document.cda.CdaWriter;
import io.github.eparcours.core.document.cda.InstanceIdentifier;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.identity.PatientIdentity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Task example: build a discharge letter as a CI-SIS CDA N1 document (a PDF in a structured
 * header) and derive its XDS metadata from the CDA, ready for the DMP or an XDM.
 */
public final class BuildCdaN1 {

  private BuildCdaN1() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   * @return the letter built
   */
  public static DischargeLetter run(PrintStream out) {
    DischargeLetter letter = letter(ExampleData.patient(),
        OffsetDateTime.of(2026, 11, 20, 10, 30, 0, 0, ZoneOffset.ofHours(1)));
    out.println("CDA N1 of " + letter.cda().length + " bytes, PDF of " + letter.pdf().length
        + " bytes");
    out.println("XDS entry: typeCode " + letter.entry().typeCode().orElseThrow().code()
        + ", classCode " + letter.entry().classCode().orElseThrow().code()
        + ", formatCode " + letter.entry().formatCode().orElseThrow().code()
        + ", hash " + letter.entry().hash().orElseThrow());
    return letter;
  }

  /**
   * Builds the discharge letter of a patient, signed by the example doctor of the example
   * hospital.
   *
   * @param patient the patient (qualified identity: the INS goes in the header)
   * @param dischargedAt when the patient leaves (the document's time)
   * @return the letter, with its CDA and its XDS entry
   */
  public static DischargeLetter letter(PatientIdentity patient, OffsetDateTime dischargedAt) {
    // START SNIPPET: build-cda-n1
    byte[] pdf = PdfLetter.render(List.of(
        ExampleData.HOSPITAL_NAME,
        "",
        "Lettre de liaison a la sortie",
        "Sortie le " + dischargedAt.toLocalDate(),
        "",
        "Motif d'hospitalisation : decompensation cardiaque.",
        "Suites : reeducation cardiaque en SMR recommandee.",
        "Traitement de sortie : voir ordonnance jointe.",
        "",
        "Dr Paul MEDECIN"));

    CdaTime now = CdaTime.of(dischargedAt);
    CdaPerson doctor = ExampleData.doctor(); // IdNat_PS 8 + RPPS, in the hospital
    String documentId = XdsIds.newUniqueId(); // an OID under the hospital's arc in production
    CdaHeader header = CdaHeader.builder()
        .id(InstanceIdentifier.of(documentId))
        .setId(InstanceIdentifier.of(XdsIds.newUniqueId()))
        .versionNumber(1)
        .documentType(CdaDocumentType.LETTRE_DE_LIAISON_SORTIE)
        .title("Lettre de liaison à la sortie")
        .effectiveTime(now)
        .patient(CdaPatient.of(patient))
        .addAuthor(new CdaAuthor(now, null, doctor))
        .custodian(ExampleData.hospital()) // IdNat_Struct 1 + FINESS
        .legalAuthenticator(new CdaLegalAuthenticator(now, doctor))
        .serviceEvent(new CdaServiceEvent(null, CdaTime.of(dischargedAt.minusDays(6)), now,
            doctor))
        .encounter(new CdaEncounter(CdaTime.of(dischargedAt.minusDays(6)), now,
            Code.of("SA01", "1.2.250.1.71.4.2.4", "Etablissement public de santé")))
        .build();

    ByteArrayOutputStream cda = new ByteArrayOutputStream();
    CdaWriter.writeN1(header, new ByteArrayInputStream(pdf), cda); // validates the header
    DocumentContent content = DocumentContent.ofBytes(cda.toByteArray());
    DocumentEntry entry = DocumentEntry.fromCda(header) // codes, times, authors from the CDA
        .entryUuid(XdsIds.newEntryUuid())
        .hashAndSize(content)
        .build();
    // END SNIPPET: build-cda-n1
    return new DischargeLetter(header, pdf, cda.toByteArray(), entry);
  }
}
