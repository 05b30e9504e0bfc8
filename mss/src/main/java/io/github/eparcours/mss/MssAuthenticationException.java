package io.github.eparcours.mss;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;

/**
 * The operator refused the mailbox's credentials ({@code MSS-0203}: certificate refused, token
 * refused even after asking the supplier for a fresh one) or no token could be obtained
 * ({@code MSS-0204}).
 *
 * @since 0.1
 */
public class MssAuthenticationException extends EparcoursClientException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code {@link MssErrors#AUTHENTICATION_REFUSED} or {@link MssErrors#TOKEN_UNAVAILABLE}
   * @param message what failed and how to fix it, without secrets
   * @param cause the underlying failure, or null
   */
  public MssAuthenticationException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause, false);
  }
}
