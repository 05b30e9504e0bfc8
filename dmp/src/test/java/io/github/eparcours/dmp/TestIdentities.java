package io.github.eparcours.dmp;

import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;

/** Acting identities and product identity used across the DMP tests (fictitious values). */
public final class TestIdentities {

  /** A test patient's INS in CX form (CI-SIS example patient, test OID). */
  public static final String PATIENT_CX = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";

  /** The test hospital: {@code 1} + FINESS 750712184. */
  public static final IdNatStruct HOSPITAL = IdNatStruct.parse("1750712184");

  private TestIdentities() {}

  /** A doctor of a test hospital. */
  public static ActingIdentity doctor() {
    return ActingIdentity.professional(IdNatPs.parse("899900077985"), "Jean Kit")
        .role(SubjectRole.profession("10", "Médecin"))
        .role(SubjectRole.specialty("SM26", "Qualifié en médecine générale"))
        .structure(HOSPITAL).sector("SA07").build();
  }

  /** An automaton of the same hospital. */
  public static ActingIdentity automaton() {
    return ActingIdentity.automaton("Logiciel Test, serveur de résultats, labo")
        .structure(HOSPITAL).sector("SA07").build();
  }

  /** The product identity. */
  public static LpsIdentity lps() {
    return LpsIdentity.builder().name("TestLPS").version("1.0").lpsId("1.2.250.1.999.1")
        .homologationNumber("HOMOLOG-TEST-0001").build();
  }
}
