package io.github.eparcours.core.http;

/**
 * Observes, rewrites or short-circuits calls made through a transport: add an authorisation
 * header, log, meter, cache, or answer from a test double.
 *
 * <p>Interceptors run once per call, in the order they were added, around the whole exchange
 * including its retries (like OkHttp's application interceptors). Each calls
 * {@link Chain#proceed(HttpRequest)} at most once, or returns a response of its own.
 *
 * <p>Implementations must be thread-safe: one instance serves concurrent calls. They throw only
 * {@link io.github.eparcours.core.error.EparcoursException} subtypes.
 *
 * <pre>{@code
 * Interceptor bearer = chain -> chain.proceed(chain.request().toBuilder()
 *     .setHeader("Authorization", "Bearer " + tokens.current())
 *     .build());
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Interceptor {

  /**
   * Handles a call.
   *
   * @param chain the request and the rest of the chain
   * @return the response, never null
   */
  HttpResponse intercept(Chain chain);

  /** The request being made and the way to pass it on. */
  interface Chain {

    /** @return the request as rewritten by the interceptors before this one */
    HttpRequest request();

    /**
     * Passes a request to the next interceptor, or to the network after the last one.
     *
     * @param request the request to send, possibly rewritten
     * @return the response
     * @throws io.github.eparcours.core.error.EparcoursClientException on transport failure
     */
    HttpResponse proceed(HttpRequest request);
  }
}
