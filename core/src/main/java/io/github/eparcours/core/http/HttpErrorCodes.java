package io.github.eparcours.core.http;

import io.github.eparcours.core.error.ErrorCode;

/**
 * The stable error codes of the HTTP transport ({@code CORE-03xx}), carried by the
 * {@link io.github.eparcours.core.error.EparcoursClientException}s it throws.
 *
 * <p>Whether a failure is worth retrying is on the exception ({@code isRetryable()}); the
 * transport has already applied its {@link RetryPolicy} before throwing.
 *
 * @since 0.1
 */
public final class HttpErrorCodes {

  /** The TCP connection could not be opened (refused, unreachable, unknown host). Retryable. */
  public static final ErrorCode CONNECT_FAILED = ErrorCode.of("CORE-0301");
  /** The TCP or TLS connection was not established within the connect timeout. Retryable. */
  public static final ErrorCode CONNECT_TIMEOUT = ErrorCode.of("CORE-0302");
  /** No response headers within the response timeout. Retryable. */
  public static final ErrorCode RESPONSE_TIMEOUT = ErrorCode.of("CORE-0303");
  /** The connection was reset or closed by the peer before a full response. Retryable. */
  public static final ErrorCode CONNECTION_RESET = ErrorCode.of("CORE-0304");
  /** The server's certificate chain does not lead to a configured trust anchor. */
  public static final ErrorCode TLS_UNTRUSTED_SERVER = ErrorCode.of("CORE-0305");
  /** The server's certificate does not name the host that was called. */
  public static final ErrorCode TLS_HOSTNAME_MISMATCH = ErrorCode.of("CORE-0306");
  /** The TLS handshake failed otherwise (client certificate refused, no common protocol...). */
  public static final ErrorCode TLS_HANDSHAKE_FAILED = ErrorCode.of("CORE-0307");
  /** The response body is larger than the configured limit. */
  public static final ErrorCode RESPONSE_TOO_LARGE = ErrorCode.of("CORE-0308");
  /** The request body could not be produced (its source failed while streaming). */
  public static final ErrorCode REQUEST_BODY_FAILED = ErrorCode.of("CORE-0309");
  /** The calling thread was interrupted while waiting; its interrupt flag is restored. */
  public static final ErrorCode INTERRUPTED = ErrorCode.of("CORE-0310");
  /** Another I/O failure while exchanging with the server. Retryable. */
  public static final ErrorCode IO_FAILED = ErrorCode.of("CORE-0311");
  /** The transport was closed before or during the call. */
  public static final ErrorCode TRANSPORT_CLOSED = ErrorCode.of("CORE-0312");
  /** The request cannot be sent as built (unsupported scheme, header the protocol forbids...). */
  public static final ErrorCode INVALID_REQUEST = ErrorCode.of("CORE-0313");
  /** The transport's configuration is inconsistent. */
  public static final ErrorCode INVALID_CONFIGURATION = ErrorCode.of("CORE-0314");

  private HttpErrorCodes() {}
}
