package io.github.eparcours.benchmarks.dmp;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.cda.CdaAuthor;
import io.github.eparcours.core.document.cda.CdaDocumentType;
import io.github.eparcours.core.document.cda.CdaEncounter;
import io.github.eparcours.core.document.cda.CdaHeader;
import io.github.eparcours.core.document.cda.CdaLegalAuthenticator;
import io.github.eparcours.core.document.cda.CdaOrganization;
import io.github.eparcours.core.document.cda.CdaPatient;
import io.github.eparcours.core.document.cda.CdaPerson;
import io.github.eparcours.core.document.cda.CdaServiceEvent;
import io.github.eparcours.core.document.cda.CdaTime;
import io.github.eparcours.core.document.cda.CdaWriter;
import io.github.eparcours.core.document.cda.InstanceIdentifier;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.document.xds.Xcn;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.SubjectRole;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.testkit.core.IssuedCredential;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/** Fixtures shared by the DMP benchmarks: a patient, a doctor, an N1 CDA, a submission. */
final class DmpBenchSupport {

  static final String MATRICULE = "2790351215189";
  static final Ins INS = Ins.of(MATRICULE, Ins.computeKey(MATRICULE), InsAuthority.NIR_TEST);
  static final ActingIdentity DOCTOR = ActingIdentity
      .professional(IdNatPs.parse("899900077985"), "Paul Medecin")
      .role(SubjectRole.profession("10", "Médecin")).structure(IdNatStruct.parse("1750712184"))
      .sector("SA07").build();

  private DmpBenchSupport() {}

  static PatientIdentity patient() {
    return PatientIdentity.builder().ins(INS).status(IdentityStatus.QUAL)
        .traits(InsTraits.builder().birthName("DUPONT").firstGivenName("MARIE")
            .givenNamesFromText("MARIE CLAIRE").sex(Sex.F).birthDate(PartialDate.of(1979, 3, 12))
            .birthplace("63113").build()).build();
  }

  static VihfIssuer vihfIssuer(IssuedCredential signing) {
    return VihfIssuer.builder().signingCredential(signing.privateKey(), signing.certificate())
        .lps(LpsIdentity.builder().name("BenchLPS").version("1.0").homologationNumber("H-1")
            .build()).build();
  }

  static CdaHeader header() {
    CdaTime t = CdaTime.of(OffsetDateTime.of(2024, 3, 12, 10, 15, 0, 0, ZoneOffset.ofHours(1)));
    CdaOrganization clinic = CdaOrganization.ofIdNatStruct("10B0123456", "Clinique du Parc",
        Code.of("ETABLISSEMENT", "1.2.250.1.213.1.1.4.9", "Etablissement de santé"));
    CdaPerson doctor = CdaPerson.of(IdNatPs.parse("899900077985"), "MEDECIN", "Paul",
        Code.of("G15_10/SM54", "1.2.250.1.213.1.1.4.5", "Médecine générale"), clinic);
    return CdaHeader.builder().id(InstanceIdentifier.of("1.2.250.1.999.1.1.7.42"))
        .documentType(CdaDocumentType.LETTRE_DE_LIAISON_SORTIE)
        .title("Lettre de liaison à la sortie").effectiveTime(t)
        .setId(InstanceIdentifier.of("1.2.250.1.999.1.1.6.42")).versionNumber(1)
        .patient(CdaPatient.of(patient())).addAuthor(new CdaAuthor(t, null, doctor))
        .custodian(CdaOrganization.ofIdNatStruct("10B0123456", "Clinique du Parc", null))
        .legalAuthenticator(new CdaLegalAuthenticator(t, doctor))
        .serviceEvent(new CdaServiceEvent(null, CdaTime.parse("20240310"), t, doctor))
        .encounter(new CdaEncounter(CdaTime.parse("20240310"), t,
            Code.of("SA01", "1.2.250.1.71.4.2.4", "Etablissement public de santé"))).build();
  }

  /** An N1 CDA embedding a PDF of {@code pdfBytes} random bytes. */
  static byte[] n1Cda(int pdfBytes) {
    byte[] pdf = new byte[pdfBytes];
    new Random(42).nextBytes(pdf);
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdfBytes * 4 / 3 + 16_384);
    CdaWriter.writeN1(header(), new ByteArrayInputStream(pdf), out);
    return out.toByteArray();
  }

  private static final Author AUTHOR = Author.builder().person(Xcn.of("899900077985", "MEDECIN",
      "Paul", "1.2.250.1.71.4.2.1", Xcn.TYPE_IDNPS)).build();

  /** A one-document DMP submission with fresh uniqueIds, valid for the DMP metadata profile. */
  static SubmissionRequest submission(DocumentContent content) {
    Cx patientId = Cx.parse(INS.toCx());
    DocumentEntry e = DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid())
        .uniqueId(XdsIds.newUniqueId()).patientId(patientId)
        .classCode(Code.of("10", XdsConstants.CLASS_CODE_SYSTEM, "Compte rendu"))
        .typeCode(Code.of("11490-0", XdsConstants.LOINC, "Lettre de liaison"))
        .formatCode(Code.of(XdsConstants.FORMAT_XDS_SD_PDF, XdsConstants.FORMAT_CODE_SYSTEM))
        .addConfidentialityCode(Code.of("N", XdsConstants.CONFIDENTIALITY_SYSTEM))
        .healthcareFacilityTypeCode(Code.of("SA07", XdsConstants.FACILITY_TYPE_SYSTEM))
        .practiceSettingCode(Code.of("AMBULATOIRE", XdsConstants.PRACTICE_SETTING_SYSTEM))
        .creationTime(XdsTime.of(Instant.parse("2024-03-12T09:15:00Z"))).languageCode("fr-FR")
        .mimeType("text/xml").title("Lettre de liaison").sourcePatientId(patientId)
        .addAuthor(AUTHOR).hashAndSize(content).build();
    SubmissionSet ss = SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid())
        .uniqueId(XdsIds.newUniqueId()).sourceId("1.2.250.1.999.2").patientId(patientId)
        .submissionTime(XdsTime.of(Instant.now())).title("Lot")
        .contentTypeCode(Code.of("04", XdsConstants.CONTENT_TYPE_SYSTEM, "Hospitalisation de jour"))
        .addAuthor(AUTHOR).build();
    return SubmissionRequest.builder().submissionSet(ss).addDocument(e, content)
        .addAssociation(Association.hasMember(ss.entryUuid(), e.entryUuid())).build();
  }
}
