package io.github.eparcours.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  @Test
  void emptyReport_isValid() {
    assertThat(ValidationReport.empty().isValid()).isTrue();
    assertThat(ValidationReport.builder().build()).isSameAs(ValidationReport.empty());
  }

  @Test
  void warningsOnly_isValid_errorsMakeItInvalid() {
    var warned = ValidationReport.builder().warning("X-0001", "a", "odd").build();
    assertThat(warned.isValid()).isTrue();
    var failed = ValidationReport.builder().warning("X-0001", "a", "odd")
        .error("X-0002", "b", "missing").build();
    assertThat(failed.isValid()).isFalse();
    assertThat(failed.errors()).extracting(ValidationIssue::code).containsExactly("X-0002");
    assertThat(failed.codes()).containsExactly("X-0001", "X-0002");
    assertThat(failed.hasIssue("X-0002")).isTrue();
    assertThat(failed.hasIssue("X-0003")).isFalse();
  }

  @Test
  void and_keepsOrder() {
    var a = ValidationReport.builder().error("A-0001", "", "a").build();
    var b = ValidationReport.builder().error("B-0001", "", "b").build();
    assertThat(a.and(b).codes()).containsExactly("A-0001", "B-0001");
    assertThat(a.and(ValidationReport.empty())).isSameAs(a);
  }

  @Test
  void throwIfInvalid_carriesTheReportAndCode() {
    var report = ValidationReport.builder().error("X-0002", "typeCode", "set typeCode").build();
    assertThatThrownBy(() -> report.throwIfInvalid(ErrorCode.of("CORE-0001"), "CDA document"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.code().value()).isEqualTo("CORE-0001");
          assertThat(e.report()).isSameAs(report);
          assertThat(e.getMessage()).contains("CDA document", "X-0002", "typeCode");
          assertThat(e.isRetryable()).isFalse();
        });
    ValidationReport.empty().throwIfInvalid(ErrorCode.of("CORE-0001"), "x");
  }

  @Test
  void errorCode_rejectsMalformedCodes() {
    assertThatThrownBy(() -> ErrorCode.of("core-1")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ErrorCode.of("DMP-0042")).hasToString("DMP-0042");
  }
}
