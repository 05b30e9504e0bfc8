package io.github.eparcours.benchmarks.core;

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
import io.github.eparcours.core.document.cda.InstanceIdentifier;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.LocalPatientId;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A realistic CI-SIS header and DMP submission for the document benchmarks. */
final class DocumentFixtures {

  private DocumentFixtures() {}

  static CdaHeader header() {
    String matricule = "2790351215189";
    PatientIdentity identity = PatientIdentity.builder()
        .ins(Ins.of(matricule, Ins.computeKey(matricule), InsAuthority.NIR_TEST))
        .status(IdentityStatus.QUAL)
        .traits(InsTraits.builder().birthName("DUPONT").firstGivenName("MARIE")
            .givenNamesFromText("MARIE CLAIRE").sex(Sex.F)
            .birthDate(PartialDate.of(1979, 3, 12)).birthplace("63113").build())
        .localId(LocalPatientId.of("IPP-001", "1.2.250.1.999.1.1.1"))
        .build();
    CdaTime time = CdaTime.of(OffsetDateTime.of(2024, 3, 12, 10, 15, 0, 0,
        ZoneOffset.ofHours(1)));
    CdaOrganization clinic = CdaOrganization.ofIdNatStruct("10B0123456", "Clinique du Parc",
        Code.of("ETABLISSEMENT", "1.2.250.1.213.1.1.4.9"));
    CdaPerson doctor = CdaPerson.of(IdNatPs.parse("899900077985"), "MEDECIN", "Paul",
        Code.of("G15_10/SM54", "1.2.250.1.213.1.1.4.5"), clinic);
    return CdaHeader.builder()
        .id(InstanceIdentifier.of(XdsIds.newUniqueId()))
        .documentType(CdaDocumentType.LETTRE_DE_LIAISON_SORTIE)
        .title("Lettre de liaison à la sortie")
        .effectiveTime(time)
        .setId(InstanceIdentifier.of(XdsIds.newUniqueId()))
        .patient(CdaPatient.of(identity))
        .addAuthor(new CdaAuthor(time, null, doctor))
        .custodian(clinic)
        .legalAuthenticator(new CdaLegalAuthenticator(time, doctor))
        .serviceEvent(new CdaServiceEvent(null, CdaTime.parse("20240310"), time, doctor))
        .encounter(new CdaEncounter(CdaTime.parse("20240310"), time,
            Code.of("SA01", XdsConstants.FACILITY_TYPE_SYSTEM)))
        .build();
  }

  static SubmissionRequest submission(int documents) {
    CdaHeader header = header();
    DocumentEntry template = DocumentEntry.fromCda(header)
        .hash("2fd4e1c67a2d28fced849ee1bb76e7391b93eb12").size(123_456L).build();
    SubmissionSet set = SubmissionSet.builder().uniqueId(XdsIds.newUniqueId())
        .sourceId("1.2.250.1.999.1.1").patientId(template.patientId().orElseThrow())
        .submissionTime(XdsTime.of(Instant.parse("2024-03-12T09:20:00Z")))
        .contentTypeCode(Code.of("04", XdsConstants.CONTENT_TYPE_SYSTEM))
        .addAuthor(template.authors().get(0)).build();
    SubmissionRequest.Builder b = SubmissionRequest.builder().submissionSet(set);
    for (int i = 0; i < documents; i++) {
      b.addDocument(template.toBuilder().entryUuid(XdsIds.newEntryUuid())
          .uniqueId(XdsIds.newUniqueId()).build(), DocumentContent.ofBytes(new byte[0]));
    }
    return b.build();
  }
}
