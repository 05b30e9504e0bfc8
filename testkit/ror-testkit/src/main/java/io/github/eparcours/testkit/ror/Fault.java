package io.github.eparcours.testkit.ror;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A scripted fault the fake applies to the next request(s) of one {@link FakeService}, before
 * authentication: an HTTP error (optionally with {@code Retry-After} and an OperationOutcome
 * body) or a delay after which the request is served normally.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Fault {

  private final int status;
  private final Duration retryAfter;
  private final Duration delay;
  private final String issueCode;
  private final String diagnostics;

  private Fault(int status, Duration retryAfter, Duration delay, String issueCode,
      String diagnostics) {
    this.status = status;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.issueCode = issueCode;
    this.diagnostics = diagnostics;
  }

  /**
   * A 429 with a {@code Retry-After} header in whole seconds (rounded up).
   *
   * @param retryAfter the advertised wait
   * @return the fault
   */
  public static Fault tooManyRequests(Duration retryAfter) {
    return new Fault(429, Objects.requireNonNull(retryAfter, "retryAfter"), null, "throttled",
        "Rate limit exceeded");
  }

  /**
   * A 503 without {@code Retry-After}.
   *
   * @return the fault
   */
  public static Fault serviceUnavailable() {
    return new Fault(503, null, null, "transient", "Service temporarily unavailable");
  }

  /**
   * An HTTP error whose body is an OperationOutcome with one issue of severity {@code error}.
   *
   * @param status the HTTP status
   * @param issueCode the FHIR issue type ({@code processing}, {@code not-supported}...)
   * @param diagnostics the diagnostics text
   * @return the fault
   */
  public static Fault operationOutcome(int status, String issueCode, String diagnostics) {
    return new Fault(status, null, null, Objects.requireNonNull(issueCode, "issueCode"),
        Objects.requireNonNull(diagnostics, "diagnostics"));
  }

  /**
   * Delays the request, then serves it normally (a slow server).
   *
   * @param delay the delay
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    return new Fault(0, null, Objects.requireNonNull(delay, "delay"), null, null);
  }

  /**
   * Returns the HTTP status, or 0 for a pure delay.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the advertised wait.
   *
   * @return the Retry-After, or empty
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Returns the delay before serving.
   *
   * @return the delay, or empty for an error fault
   */
  public Optional<Duration> delay() {
    return Optional.ofNullable(delay);
  }

  /**
   * Returns the OperationOutcome issue type.
   *
   * @return the issue code, or empty for a delay
   */
  public Optional<String> issueCode() {
    return Optional.ofNullable(issueCode);
  }

  /**
   * Returns the OperationOutcome diagnostics.
   *
   * @return the diagnostics, or empty for a delay
   */
  public Optional<String> diagnostics() {
    return Optional.ofNullable(diagnostics);
  }

  @Override
  public String toString() {
    return delay != null ? "Fault[delay " + delay + "]" : "Fault[" + status + " " + issueCode + "]";
  }
}
