package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.LocalPatientId;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Sex;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A valid CI-SIS header (qualified INS, one author), to be broken one rule at a time. */
final class CdaFixtures {

  static final String MATRICULE = "2790351215189";

  private CdaFixtures() {}

  static Ins ins() {
    return Ins.of(MATRICULE, Ins.computeKey(MATRICULE), InsAuthority.NIR_TEST);
  }

  static PatientIdentity identity() {
    return PatientIdentity.builder()
        .ins(ins())
        .status(IdentityStatus.QUAL)
        .traits(InsTraits.builder().birthName("DUPONT").firstGivenName("MARIE")
            .givenNamesFromText("MARIE CLAIRE").sex(Sex.F)
            .birthDate(PartialDate.of(1979, 3, 12)).birthplace("63113").build())
        .localId(LocalPatientId.of("IPP-001", "1.2.250.1.999.1.1.1"))
        .build();
  }

  static CdaTime time(int hour) {
    return CdaTime.of(OffsetDateTime.of(2024, 3, 12, hour, 15, 0, 0, ZoneOffset.ofHours(1)));
  }

  static CdaPerson doctor() {
    CdaOrganization clinic = CdaOrganization.ofIdNatStruct("10B0123456", "Clinique du Parc",
        Code.of("ETABLISSEMENT", "1.2.250.1.213.1.1.4.9", "Etablissement de santé"));
    return CdaPerson.of(IdNatPs.parse("899900077985"), "MEDECIN", "Paul",
        Code.of("G15_10/SM54", "1.2.250.1.213.1.1.4.5", "Médecine générale"), clinic);
  }

  static CdaHeader.Builder header() {
    return CdaHeader.builder()
        .id(InstanceIdentifier.of("1.2.250.1.999.1.1.7.42"))
        .documentType(CdaDocumentType.LETTRE_DE_LIAISON_SORTIE)
        .title("Lettre de liaison à la sortie")
        .effectiveTime(time(10))
        .setId(InstanceIdentifier.of("1.2.250.1.999.1.1.6.42"))
        .versionNumber(1)
        .patient(CdaPatient.of(identity()))
        .addAuthor(new CdaAuthor(time(9), null, doctor()))
        .custodian(CdaOrganization.ofIdNatStruct("10B0123456", "Clinique du Parc", null))
        .legalAuthenticator(new CdaLegalAuthenticator(time(10), doctor()))
        .serviceEvent(new CdaServiceEvent(null, CdaTime.parse("20240310"), time(8), doctor()))
        .encounter(new CdaEncounter(CdaTime.parse("20240310"), time(8),
            Code.of("SA01", "1.2.250.1.71.4.2.4", "Etablissement public de santé")));
  }
}
