package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.cda.CdaOrganization;
import io.github.eparcours.core.document.cda.CdaPerson;
import io.github.eparcours.core.identity.Finess;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.InsTraits;
import io.github.eparcours.core.identity.PartialDate;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Rpps;
import io.github.eparcours.core.identity.Sex;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.SubjectRole;

/**
 * The fictitious test data the examples share: the CI-SIS test patient, a test doctor (RPPS of
 * the test range) and a hospital whose FINESS passes its key. Nothing here is a real person.
 */
public final class ExampleData {

  /** The doctor's RPPS (test range); its IdNat_PS is {@code 8} + RPPS. */
  public static final String DOCTOR_RPPS = "99900077985";
  /** The hospital's FINESS (legal entity); its IdNat_Struct is {@code 1} + FINESS. */
  public static final String HOSPITAL_FINESS = "330781196";
  /** The hospital's name. */
  public static final String HOSPITAL_NAME = "Centre hospitalier de démonstration";
  /** The OID under which the hospital numbers its documents (fictitious arc). */
  public static final String HOSPITAL_OID = "1.2.250.1.999.1.1";

  private ExampleData() {}

  /**
   * Returns the CI-SIS example test patient with a qualified INS (test authority).
   *
   * @return the identity
   */
  public static PatientIdentity patient() {
    return patient(Ins.parse("279035121518989", InsAuthority.NIR_TEST.oid()));
  }

  /**
   * Returns the CI-SIS example test patient's traits with the given INS, qualified.
   *
   * @param ins the INS
   * @return the identity
   */
  public static PatientIdentity patient(Ins ins) {
    return PatientIdentity.builder()
        .ins(ins)
        .traits(InsTraits.builder()
            .birthName("PAT-TROIS")
            .firstGivenName("DOMINIQUE")
            .givenNamesFromText("DOMINIQUE MARIE-LOUISE")
            .sex(Sex.F)
            .birthDate(PartialDate.of(1979, 3, 28))
            .birthplace("51215")
            .build())
        .status(IdentityStatus.QUAL)
        .build();
  }

  /**
   * Returns the hospital as a CDA organisation.
   *
   * @return the organisation, identified by its IdNat_Struct
   */
  public static CdaOrganization hospital() {
    return CdaOrganization.of(IdNatStruct.ofFiness(Finess.parse(HOSPITAL_FINESS)), HOSPITAL_NAME,
        Code.of("ETABLISSEMENT", "1.2.250.1.213.1.1.4.9", "Etablissement de santé"));
  }

  /**
   * Returns the hospital doctor as a CDA person.
   *
   * @return the doctor, identified by its IdNat_PS
   */
  public static CdaPerson doctor() {
    return CdaPerson.of(IdNatPs.ofRpps(Rpps.parse(DOCTOR_RPPS)), "MEDECIN", "Paul",
        Code.of("G15_10/SM54", "1.2.250.1.213.1.1.4.5", "Médecine générale"), hospital());
  }

  /**
   * Returns the doctor as the DMP's acting identity (VIHF subject).
   *
   * @return the acting identity
   */
  public static ActingIdentity actingDoctor() {
    return ActingIdentity.professional(IdNatPs.ofRpps(Rpps.parse(DOCTOR_RPPS)), "Paul MEDECIN")
        .role(SubjectRole.profession("10", "Médecin"))
        .structure(IdNatStruct.ofFiness(Finess.parse(HOSPITAL_FINESS)))
        .sector("SA01")
        .build();
  }

  /**
   * Returns the software's identity as sent in the VIHF (name, version, homologation).
   *
   * @return the product identity
   */
  public static LpsIdentity lps() {
    return LpsIdentity.builder().name("e-parcours examples").version("0.1")
        .lpsId(HOSPITAL_OID).homologationNumber("HOMOLOG-TEST-0001").build();
  }
}
