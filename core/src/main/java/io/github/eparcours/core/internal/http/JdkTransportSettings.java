package io.github.eparcours.core.internal.http;

import io.github.eparcours.core.http.HttpEventListener;
import io.github.eparcours.core.http.Interceptor;
import io.github.eparcours.core.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The validated settings of a {@link JdkHttpTransportImpl}, handed over by the public builder.
 *
 * @param sslContext the TLS context (trust anchors, client key)
 * @param sslParameters protocols and cipher suites
 * @param connectTimeout the connect timeout
 * @param responseTimeout the default time allowed until response headers
 * @param retryPolicy the retry policy
 * @param interceptors the interceptors, in call order
 * @param eventListener the event listener
 * @param maxResponseBytes the response body size limit
 * @param http2 whether HTTP/2 may be negotiated
 * @param clock the clock for {@code Retry-After} dates
 */
public record JdkTransportSettings(
    SSLContext sslContext,
    SSLParameters sslParameters,
    Duration connectTimeout,
    Duration responseTimeout,
    RetryPolicy retryPolicy,
    List<Interceptor> interceptors,
    HttpEventListener eventListener,
    long maxResponseBytes,
    boolean http2,
    Clock clock) {

  /** Copies the interceptor list. */
  public JdkTransportSettings {
    interceptors = List.copyOf(interceptors);
  }
}
