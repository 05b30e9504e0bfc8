package io.github.eparcours.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.identity.InsAuthority;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void accepts_productionAndTestAuthoritiesAreDisjoint() {
    assertThat(Environment.PRODUCTION.accepts(InsAuthority.NIR)).isTrue();
    assertThat(Environment.PRODUCTION.accepts(InsAuthority.NIA)).isTrue();
    assertThat(Environment.PRODUCTION.accepts(InsAuthority.NIR_TEST)).isFalse();
    assertThat(Environment.PRODUCTION.accepts(InsAuthority.NIR_DEMO)).isFalse();
    assertThat(Environment.TEST.accepts(InsAuthority.NIR_TEST)).isTrue();
    assertThat(Environment.TEST.accepts(InsAuthority.NIR_DEMO)).isTrue();
    assertThat(Environment.TEST.accepts(InsAuthority.NIR)).isFalse();
    assertThat(Environment.TEST.accepts(InsAuthority.NIA)).isFalse();
  }

  @Test
  void insAuthority_fromOid() {
    for (InsAuthority a : InsAuthority.values()) {
      assertThat(InsAuthority.fromOid(a.oid())).contains(a);
    }
    assertThat(InsAuthority.fromOid("1.2.250.1.213.1.4.2")).isEmpty();
    assertThat(InsAuthority.fromOid(null)).isEmpty();
    assertThat(InsAuthority.NIR_TEST.oid()).isEqualTo("1.2.250.1.213.1.4.10");
  }
}
