package io.github.eparcours.ror;

import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.core.error.ErrorCode;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The ROR or the Annuaire Santé answered with an error status. Carries the HTTP status, the raw
 * body and, when the body was a FHIR OperationOutcome, its issues typed and the resource itself.
 *
 * <p>The message names the status and the first issue's code; diagnostics of the server are in
 * {@link #issues()} and may contain data of the request (never logged by the SDK).
 *
 * @since 0.1.0
 */
public class FhirServiceException extends EparcoursServiceException {

  private static final long serialVersionUID = 1L;

  private final transient OperationOutcome outcome;
  // Typed view of the outcome; like the outcome itself, not kept across serialisation.
  private final transient List<Issue> issues;

  /**
   * One issue of an OperationOutcome.
   *
   * @param severity {@code fatal}, {@code error}, {@code warning}, {@code information}, or empty
   * @param code the FHIR issue type ({@code invalid}, {@code not-supported}, {@code throttled}...)
   * @param diagnostics the server's diagnostics, or empty string
   */
  public record Issue(String severity, String code, String diagnostics)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Creates the exception.
   *
   * @param code the stable code
   * @param message what failed and what to do
   * @param status the HTTP status
   * @param rawPayload the raw body, or null
   * @param outcome the parsed OperationOutcome, or null
   * @param retryable whether sending again may succeed
   */
  public FhirServiceException(ErrorCode code, String message, int status, String rawPayload,
      OperationOutcome outcome, boolean retryable) {
    super(code, message, status, rawPayload, retryable);
    this.outcome = outcome;
    this.issues = outcome == null ? List.of() : outcome.getIssue().stream()
        .map(i -> new Issue(i.hasSeverity() ? i.getSeverity().toCode() : "",
            i.hasCode() ? i.getCode().toCode() : "",
            i.hasDiagnostics() ? i.getDiagnostics() : ""))
        .toList();
  }

  /**
   * Returns the issues of the OperationOutcome.
   *
   * @return the issues, empty when the body was not an OperationOutcome (or after
   *     deserialisation)
   */
  public List<Issue> issues() {
    return issues == null ? List.of() : issues;
  }

  /**
   * Returns the OperationOutcome as parsed (escape hatch; not kept across serialisation).
   *
   * @return the outcome, or empty
   */
  public Optional<OperationOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }
}
