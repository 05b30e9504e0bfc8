package io.github.eparcours.core.http;

import io.github.eparcours.core.error.EparcoursException;
import java.time.Duration;

/**
 * Receives the events of the calls made through a transport, for metrics and traces.
 *
 * <p>Every method has a no-op default. Methods are called on the calling thread, synchronously:
 * keep them quick. <b>They must not throw</b>; if one does anyway, the transport catches the
 * exception, logs it at debug level and goes on, so a faulty listener never breaks a call.
 * Implementations must be thread-safe. Requests are passed as {@link HttpRequest}, whose
 * {@code toString()} is log-safe.
 *
 * @since 0.1
 */
public interface HttpEventListener {

  /** A listener that ignores every event. */
  HttpEventListener NONE = new HttpEventListener() {};

  /**
   * A call starts (before interceptors).
   *
   * @param request the request as given by the caller
   */
  default void callStart(HttpRequest request) {}

  /**
   * An attempt is about to be sent.
   *
   * @param request the request
   * @param attempt 1 for the first attempt
   */
  default void attemptStart(HttpRequest request, int attempt) {}

  /**
   * The response headers of an attempt arrived.
   *
   * @param request the request
   * @param attempt the attempt number
   * @param status the HTTP status
   * @param elapsed the time since the attempt started
   */
  default void responseHeaders(HttpRequest request, int attempt, int status, Duration elapsed) {}

  /**
   * An attempt failed without response.
   *
   * @param request the request
   * @param attempt the attempt number
   * @param failure the mapped failure
   */
  default void attemptFailed(HttpRequest request, int attempt, EparcoursException failure) {}

  /**
   * The transport will wait and then send the request again.
   *
   * @param request the request
   * @param nextAttempt the number of the coming attempt
   * @param delay the wait before it
   * @param reason e.g. {@code "status 503"} or an error code
   */
  default void retryScheduled(HttpRequest request, int nextAttempt, Duration delay,
      String reason) {}

  /**
   * The call produced a response (any status).
   *
   * @param request the request as given by the caller
   * @param status the final status
   * @param elapsed the time since the call started
   */
  default void callEnd(HttpRequest request, int status, Duration elapsed) {}

  /**
   * The call failed.
   *
   * @param request the request as given by the caller
   * @param failure the failure thrown to the caller
   * @param elapsed the time since the call started
   */
  default void callFailed(HttpRequest request, EparcoursException failure, Duration elapsed) {}
}
