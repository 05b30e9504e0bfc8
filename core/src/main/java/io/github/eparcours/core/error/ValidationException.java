package io.github.eparcours.core.error;

import io.github.eparcours.core.validation.ValidationIssue;
import io.github.eparcours.core.validation.ValidationReport;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input was refused before anything was sent, with every broken rule in {@link #report()}.
 *
 * <p>Nothing was sent: the caller can fix the input and try again.
 *
 * @since 0.1
 */
public class ValidationException extends EparcoursClientException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /**
   * Creates the exception.
   *
   * @param code the stable code
   * @param what what was validated, e.g. "CDA document"
   * @param report the report, with at least one error
   */
  public ValidationException(ErrorCode code, String what, ValidationReport report) {
    super(code, describe(what, report));
    this.report = Objects.requireNonNull(report, "report");
  }

  private static String describe(String what, ValidationReport report) {
    var errors = report.errors();
    return what + " refused before sending: " + errors.size() + " rule(s) broken: "
        + errors.stream().map(ValidationIssue::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every issue found, errors and warnings.
   *
   * @return the report, never null
   */
  public ValidationReport report() {
    return report;
  }
}
