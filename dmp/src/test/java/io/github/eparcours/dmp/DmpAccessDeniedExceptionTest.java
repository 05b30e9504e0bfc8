package io.github.eparcours.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.document.xds.RegistryError;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmpAccessDeniedExceptionTest {

  private static final String PATIENT_CX = TestIdentities.PATIENT_CX;

  private static RegistryError error(String code) {
    return new RegistryError(code, "no access for the patient " + PATIENT_CX,
        RegistryError.SEVERITY_ERROR, PATIENT_CX);
  }

  @Test
  void isAccessRefusal_accessDeniedAmongOtherErrors_true() {
    assertThat(DmpAccessDeniedException.isAccessRefusal(List.of(error("XDSRegistryError"),
        error(DmpAccessDeniedException.ACCESS_DENIED)))).isTrue();
  }

  @Test
  void isAccessRefusal_otherRegistryErrorsOnly_false() {
    assertThat(DmpAccessDeniedException.isAccessRefusal(List.of(error("XDSRegistryBusy"),
        error("XDSUnknownPatientId")))).isFalse();
  }

  @Test
  void create_normalAccess_dmp0210NamingTheFixNeverTheContexts() {
    DmpAccessDeniedException e = new DmpAccessDeniedException("ITI-18", AccessMode.NORMAL,
        List.of(error(DmpAccessDeniedException.ACCESS_DENIED)), "<raw/>");

    assertThat(e).isInstanceOf(DmpRegistryException.class);
    assertThat(e.code()).isEqualTo(DmpErrors.ACCESS_NOT_AUTHORIZED);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.emergencyAccess()).isFalse();
    assertThat(e.operation()).isEqualTo("ITI-18");
    assertThat(e.hasError(DmpAccessDeniedException.ACCESS_DENIED)).isTrue();
    assertThat(e.getMessage()).contains("ITI-18", DmpAccessDeniedException.ACCESS_DENIED,
        "setAuthorization", "AccessMode.EMERGENCY").doesNotContain("279035121518989");
  }

  @Test
  void create_emergencyAccess_saysEmergencyOnlyReadsAndMayBeOpposed() {
    DmpAccessDeniedException e = new DmpAccessDeniedException("ITI-41", AccessMode.EMERGENCY,
        List.of(error(DmpAccessDeniedException.ACCESS_DENIED)), "<raw/>");

    assertThat(e.emergencyAccess()).isTrue();
    assertThat(e.getMessage()).contains("bris_de_glace", "opposed", "only reads")
        .doesNotContain("279035121518989");
  }
}
