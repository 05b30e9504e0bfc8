package io.github.eparcours.core.spi;

import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;

/**
 * Sends HTTP requests for every SDK client (DMP, ROR, Annuaire Santé), so that TLS, retries,
 * time-outs and events behave the same everywhere.
 *
 * <p>The SDK's implementation is built with
 * {@link io.github.eparcours.core.http.JdkHttpTransport#builder()}. Vendors may supply their own
 * (e.g. over their HTTP stack or a proxy) by implementing this interface.
 *
 * <p>Contract for implementations: <b>thread-safe</b> (one instance serves every client of an
 * application); every status, error statuses included, is returned as an {@link HttpResponse};
 * failures to obtain a response throw
 * {@link io.github.eparcours.core.error.EparcoursClientException} with a {@code CORE-03xx} code
 * (see {@link io.github.eparcours.core.http.HttpErrorCodes}) and a correct
 * {@code isRetryable()}; non-idempotent requests are never sent twice; hostname verification is
 * never disabled; {@link #close()} never throws.
 *
 * @since 0.1
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Sends a request and returns the response once its headers arrived; the body is streamed.
   *
   * @param request the request
   * @return the response, to be closed by the caller
   * @throws io.github.eparcours.core.error.EparcoursClientException when no response could be
   *     obtained (see {@link io.github.eparcours.core.http.HttpErrorCodes})
   */
  HttpResponse execute(HttpRequest request);

  /** Releases the transport's resources; calls in flight may fail. Never throws. */
  @Override
  void close();
}
