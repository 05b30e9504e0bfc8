package io.github.eparcours.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import org.junit.jupiter.api.Test;

class CodeTest {

  @Test
  void of_keepsUnknownCodesAsGiven() {
    Code c = Code.of("11490-0", CodeSystems.LOINC, "CR de sortie");
    assertThat(c.code()).isEqualTo("11490-0");
    assertThat(c.system()).isEqualTo("2.16.840.1.113883.6.1");
    assertThat(c.displayName()).isEqualTo("CR de sortie");
    assertThat(Code.of("X-LOCAL", "urn:oid:1.2.3").displayName()).isNull();
  }

  @Test
  void sameConcept_ignoresDisplay() {
    Code a = Code.of("11490-0", CodeSystems.LOINC, "a");
    assertThat(a.sameConcept(a.withDisplayName("b"))).isTrue();
    assertThat(a).isNotEqualTo(a.withDisplayName("b"));
    assertThat(a.is("11490-0", CodeSystems.LOINC)).isTrue();
    assertThat(a.sameConcept(Code.of("11490-0", CodeSystems.SNOMED_CT))).isFalse();
  }

  @Test
  void blankCodeOrSystem_isRefused() {
    assertThatThrownBy(() -> Code.of(" ", CodeSystems.LOINC))
        .isInstanceOf(EparcoursClientException.class).hasMessageStartingWith("CORE-0140");
    assertThatThrownBy(() -> Code.of("x", "")).isInstanceOf(EparcoursClientException.class);
  }

  @Test
  void oids_form() {
    assertThat(Oids.isOid("1.2.250.1.213.1.4.8")).isTrue();
    assertThat(Oids.isOid("2.16.840.1.113883.6.1")).isTrue();
    assertThat(Oids.isOid("1")).isFalse();
    assertThat(Oids.isOid("3.1")).isFalse();
    assertThat(Oids.isOid("1.02")).isFalse();
    assertThat(Oids.isOid("1..2")).isFalse();
    assertThat(Oids.isOid(null)).isFalse();
  }
}
