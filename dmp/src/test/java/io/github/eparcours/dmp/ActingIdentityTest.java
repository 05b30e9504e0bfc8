package io.github.eparcours.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.identity.Finess;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;
import io.github.eparcours.core.identity.Rpps;
import org.junit.jupiter.api.Test;

class ActingIdentityTest {

  private static final IdNatPs DOCTOR = IdNatPs.ofRpps(Rpps.parse("99900077985"));
  private static final IdNatStruct HOSPITAL = IdNatStruct.ofFiness(Finess.parse("750712184"));

  @Test
  void professional_typedIdentifiers_subjectAndStructureAreTheirValues() {
    ActingIdentity who = ActingIdentity.professional(DOCTOR, "Jean Kit")
        .role(SubjectRole.profession("10", "Médecin")).structure(HOSPITAL).sector("SA07").build();

    assertThat(who.kind()).isEqualTo(ActingIdentity.Kind.PROFESSIONAL);
    assertThat(who.professionalId()).contains(DOCTOR);
    assertThat(who.subjectId()).isEqualTo("899900077985");
    assertThat(who.structure()).isEqualTo(HOSPITAL);
    assertThat(who.structureId()).isEqualTo("1750712184");
  }

  @Test
  void automaton_noSubjectGiven_subjectIsTheStructureValueAndNoProfessional() {
    ActingIdentity who = ActingIdentity.automaton("Serveur de résultats").structure(HOSPITAL)
        .sector("SA07").build();

    assertThat(who.subjectId()).isEqualTo("1750712184");
    assertThat(who.professionalId()).isEmpty();
    assertThat(who.roles()).containsExactly(SubjectRole.AUTOMATON);
  }

  @Test
  void automaton_ownSubject_keptThroughToBuilder() {
    ActingIdentity who = ActingIdentity.automaton("Serveur de résultats").subjectId("SRV-01")
        .structure(HOSPITAL).sector("SA07").build();

    ActingIdentity copy = who.toBuilder().build();

    assertThat(copy.subjectId()).isEqualTo("SRV-01");
    assertThat(copy).isEqualTo(who).hasSameHashCodeAs(who);
  }

  @Test
  void toBuilder_professionalInAnotherStructure_keepsTheProfessional() {
    ActingIdentity who = ActingIdentity.professional(DOCTOR, "Jean Kit")
        .role(SubjectRole.profession("10", "Médecin")).structure(HOSPITAL).sector("SA07").build();
    IdNatStruct clinic = IdNatStruct.parse("1330781196");

    ActingIdentity elsewhere = who.toBuilder().structure(clinic).build();

    assertThat(elsewhere.subjectId()).isEqualTo("899900077985");
    assertThat(elsewhere.structure()).isEqualTo(clinic);
    assertThat(elsewhere).isNotEqualTo(who);
    assertThat(who.toBuilder().build()).isEqualTo(who);
  }

  @Test
  void build_withoutStructure_refusedNamingTheTypedSetter() {
    ActingIdentity.Builder b = ActingIdentity.professional(DOCTOR, "Jean Kit")
        .role(SubjectRole.profession("10", "Médecin")).sector("SA07");

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IdNat_Struct").hasMessageContaining("IdNatStruct");
  }

  @Test
  void subjectId_onAProfessional_refused() {
    ActingIdentity.Builder b = ActingIdentity.professional(DOCTOR, "Jean Kit");

    assertThatThrownBy(() -> b.subjectId("other")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toString_namesSubjectAndStructureValues() {
    ActingIdentity who = ActingIdentity.professional(DOCTOR, "Jean Kit")
        .role(SubjectRole.profession("10", "Médecin")).structure(HOSPITAL).sector("SA07").build();

    assertThat(who.toString()).contains("899900077985", "1750712184").doesNotContain("Jean");
  }
}
