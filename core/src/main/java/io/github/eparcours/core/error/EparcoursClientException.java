package io.github.eparcours.core.error;

/**
 * The request never produced a usable answer from the service: invalid input caught before
 * sending, configuration or credential problem, TLS failure, time-out, or a reply the SDK could
 * not read.
 *
 * @since 0.1
 */
public class EparcoursClientException extends EparcoursException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a non-retryable client-side failure.
   *
   * @param code the stable code
   * @param message what failed, why and how to fix it; without patient data
   */
  public EparcoursClientException(ErrorCode code, String message) {
    super(code, message, null, false);
  }

  /**
   * Creates a client-side failure.
   *
   * @param code the stable code
   * @param message what failed, why and how to fix it; without patient data
   * @param cause the underlying failure, or {@code null}
   * @param retryable whether the same request may succeed if sent again
   */
  public EparcoursClientException(
      ErrorCode code, String message, Throwable cause, boolean retryable) {
    super(code, message, cause, retryable);
  }
}
