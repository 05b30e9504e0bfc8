package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.code.Code;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A valid French-DMP submission, to be broken one rule at a time by tests. */
final class XdsFixtures {

  static final String INS_OID = "1.2.250.1.213.1.4.10";
  static final Cx PATIENT = Cx.of("279035121518989", INS_OID, Cx.TYPE_NATIONAL);

  private XdsFixtures() {}

  static Author author() {
    return Author.builder()
        .person(Xcn.of("899900077985", "MEDECIN", "Paul", "1.2.250.1.71.4.2.1", Xcn.TYPE_IDNPS))
        .addInstitution(Xon.of("Cabinet du Dr Medecin", "10B0123456", "1.2.250.1.71.4.2.2",
            Xon.TYPE_IDNST))
        .addRole(Code.of("10", "1.2.250.1.71.1.2.7", "Médecin"))
        .addSpecialty(Code.of("G15_10/SM54", "1.2.250.1.213.1.1.4.5",
            "Médecine générale (SM)"))
        .build();
  }

  static DocumentEntry.Builder entry() {
    return DocumentEntry.builder()
        .uniqueId("1.2.250.1.999.1.1.7.42")
        .patientId(PATIENT)
        .sourcePatientId(Cx.of("IPP-001", "1.2.250.1.999.1.1.1", Cx.TYPE_PATIENT_INTERNAL))
        .sourcePatientInfo(List.of("PID-5|DUPONT^Marie^^^^^L", "PID-7|19790312", "PID-8|F"))
        .classCode(Code.of("10", XdsConstants.CLASS_CODE_SYSTEM, "Compte rendu"))
        .typeCode(Code.of("11490-0", XdsConstants.LOINC, "Lettre de liaison de sortie"))
        .formatCode(Code.of(XdsConstants.FORMAT_XDS_SD_PDF, XdsConstants.FORMAT_CODE_SYSTEM))
        .addConfidentialityCode(Code.of("N", XdsConstants.CONFIDENTIALITY_SYSTEM, "Normal"))
        .healthcareFacilityTypeCode(Code.of("SA01", XdsConstants.FACILITY_TYPE_SYSTEM))
        .practiceSettingCode(Code.of("ETABLISSEMENT", XdsConstants.PRACTICE_SETTING_SYSTEM))
        .creationTime(new XdsTime("20240312101500"))
        .serviceStartTime(new XdsTime("20240310"))
        .serviceStopTime(new XdsTime("20240312093000"))
        .languageCode("fr-FR")
        .legalAuthenticator(Xcn.of("899900077985", "MEDECIN", "Paul", "1.2.250.1.71.4.2.1",
            Xcn.TYPE_IDNPS))
        .mimeType("text/xml")
        .title("Lettre de liaison")
        .hash("2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")
        .size(1234L)
        .addAuthor(author());
  }

  static SubmissionSet.Builder set() {
    return SubmissionSet.builder()
        .uniqueId("1.2.250.1.999.1.1.8.1")
        .sourceId("1.2.250.1.999.1.1")
        .patientId(PATIENT)
        .submissionTime(new XdsTime("20240312101600"))
        .contentTypeCode(Code.of("04", XdsConstants.CONTENT_TYPE_SYSTEM,
            "Hospitalisation de jour"))
        .addAuthor(author());
  }

  static SubmissionRequest request(DocumentEntry entry) {
    return request(set().build(), entry);
  }

  static SubmissionRequest request(SubmissionSet set, DocumentEntry entry) {
    return SubmissionRequest.builder().submissionSet(set)
        .addDocument(entry, DocumentContent.ofBytes("<ClinicalDocument/>"
            .getBytes(StandardCharsets.UTF_8)))
        .build();
  }

  static SubmissionRequest request(int documents) {
    SubmissionRequest.Builder b = SubmissionRequest.builder().submissionSet(set().build());
    for (int i = 0; i < documents; i++) {
      b.addDocument(entry().uniqueId("1.2.250.1.999.1.1.7." + (100 + i)).build(),
          DocumentContent.ofBytes(new byte[] {1, 2, 3}));
    }
    return b.build();
  }
}
