package io.github.eparcours.core.error;

import java.util.Objects;

/**
 * Base of every exception the SDK throws: no third-party exception escapes its API.
 *
 * <p>Each exception carries a stable {@link ErrorCode} and a message that says what failed, why,
 * and how to fix it. Messages never contain patient data (INS, names, birth dates) nor secrets;
 * the values that failed are described by the field that held them, not by their content.
 *
 * <p>Two families: {@link EparcoursClientException} when the request never produced a usable
 * answer from the service (bad input, configuration, TLS, time-out, unreadable reply), and
 * {@link EparcoursServiceException} when the service answered with an error.
 *
 * @since 0.1
 */
public class EparcoursException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param code the stable code of this failure
   * @param message what failed, why and how to fix it; without patient data
   * @param cause the underlying failure, or {@code null}
   * @param retryable whether the same request may succeed if sent again unchanged
   */
  public EparcoursException(ErrorCode code, String message, Throwable cause, boolean retryable) {
    super(Objects.requireNonNull(code, "code") + ": " + Objects.requireNonNull(message, "message"),
        cause);
    this.code = code;
    this.retryable = retryable;
  }

  /**
   * Returns the stable code of this failure.
   *
   * @return the code, never null
   */
  public ErrorCode code() {
    return code;
  }

  /**
   * Tells whether sending the same request again, unchanged, may succeed (a time-out, a 503, a
   * dropped connection). The SDK already retries idempotent calls by its retry policy before
   * throwing; this is for the caller's own, coarser, retry loop.
   *
   * @return true if a retry may succeed
   */
  public boolean isRetryable() {
    return retryable;
  }
}
