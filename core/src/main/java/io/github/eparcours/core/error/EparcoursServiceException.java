package io.github.eparcours.core.error;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The service answered, and its answer is an error: an HTTP error status, a SOAP fault, a
 * registry error list, a FHIR OperationOutcome, an SMTP or IMAP refusal.
 *
 * <p>The raw payload of the answer is kept for diagnostics. It may contain data the service
 * echoed back (possibly patient data): it is never part of {@link #getMessage()} and callers
 * should treat it as sensitive.
 *
 * @since 0.1
 */
public class EparcoursServiceException extends EparcoursException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient String rawPayload;

  /**
   * Creates a service-side failure.
   *
   * @param code the stable code
   * @param message what the service said and what the caller can do; without patient data
   * @param status the protocol status (HTTP status, SMTP reply code), or -1 when there is none
   * @param rawPayload the raw answer, or {@code null}
   * @param retryable whether the same request may succeed if sent again
   */
  public EparcoursServiceException(
      ErrorCode code, String message, int status, String rawPayload, boolean retryable) {
    super(code, message, null, retryable);
    this.status = status;
    this.rawPayload = rawPayload;
  }

  /**
   * Returns the protocol status of the answer (HTTP status, SMTP reply code).
   *
   * @return the status, or empty when the protocol has none
   */
  public OptionalInt status() {
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * Returns the raw answer (SOAP envelope, OperationOutcome JSON, server reply line).
   *
   * @return the raw answer, or empty if there was none; may contain patient data
   */
  public Optional<String> rawPayload() {
    return Optional.ofNullable(rawPayload);
  }
}
