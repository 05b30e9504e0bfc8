package io.github.eparcours.core.http;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.internal.http.JdkHttpTransportImpl;
import io.github.eparcours.core.internal.http.JdkTransportSettings;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.core.tls.TlsConfiguration;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The SDK's {@link HttpTransport}, on {@link java.net.http.HttpClient}.
 *
 * <p>What it does:
 * <ul>
 *   <li><b>TLS</b>: TLS 1.3 and 1.2 only, with the {@link SSLContext} given (trust anchors and,
 *       for mutual TLS, the client key). Hostname verification is always on: the transport
 *       sets the HTTPS endpoint identification algorithm in the client's SSL parameters itself,
 *       and offers no switch to turn it off.
 *   <li><b>Time-outs</b>: a connect timeout (default 10 s) and a response timeout (default 60 s,
 *       from sending to the response headers; per request with {@link HttpRequest#timeout()}).
 *       Reading the body afterwards is not timed.
 *   <li><b>Retries</b> per {@link RetryPolicy} (default {@link RetryPolicy#defaults()}), for
 *       idempotent requests with replayable bodies only.
 *   <li><b>Streaming</b>: request bodies are written through a bounded pipe (1 MiB in flight at
 *       most) unless they are in memory or a file already, so a 200 MB body is never held twice
 *       in memory; response bodies are streams, capped by {@code maxResponseBytes} (default
 *       64 MiB): a larger declared {@code Content-Length} fails at once, a longer body fails when
 *       read, with {@link HttpErrorCodes#RESPONSE_TOO_LARGE}.
 *   <li>HTTP/1.1 by default (what the national services speak); redirects are not followed.
 *   <li>{@link Interceptor}s around each call and an {@link HttpEventListener} whose exceptions
 *       are caught and ignored.
 * </ul>
 *
 * <p>Build once, share everywhere, close at shutdown: the transport is immutable and
 * thread-safe and owns a connection pool.
 *
 * <pre>{@code
 * HttpTransport transport = JdkHttpTransport.builder()
 *     .tls(TlsConfiguration.builder()
 *         .trustAnchors(TrustAnchors.fromPem(Path.of("igc-sante-test-roots.pem")))
 *         .clientKey(KeyMaterial.load(Path.of("auth.p12"), password, KeyRole.TLS_CLIENT))
 *         .build())
 *     .responseTimeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class JdkHttpTransport {

  private JdkHttpTransport() {}

  /**
   * Starts a transport with the defaults described above and the JDK's default TLS context.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder of the JDK transport; not thread-safe. */
  public static final class Builder {
    private SSLContext sslContext;
    private List<String> protocols = List.of("TLSv1.3", "TLSv1.2");
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<Interceptor> interceptors = new ArrayList<>();
    private HttpEventListener eventListener = HttpEventListener.NONE;
    private long maxResponseBytes = 64L * 1024 * 1024;
    private boolean http2;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Uses the SDK's TLS configuration: its context (anchors, revocation policy, client key) and
     * its protocol versions.
     *
     * @param tls the configuration
     * @return this builder
     * @throws EparcoursClientException {@code CORE-0214} if the JDK cannot build the context
     */
    public Builder tls(TlsConfiguration tls) {
      Objects.requireNonNull(tls, "tls");
      this.sslContext = tls.sslContext();
      this.protocols = tls.protocols();
      return this;
    }

    /**
     * Uses a ready TLS context (trust and, for mutual TLS, the client key). Prefer
     * {@code tls(TlsConfiguration)}, which builds one with the SDK's checks.
     *
     * @param sslContext an initialised context
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * Restricts the TLS protocol versions (default TLSv1.3 and TLSv1.2; older versions are
     * refused).
     *
     * @param protocols e.g. {@code List.of("TLSv1.2")}
     * @return this builder
     * @throws IllegalArgumentException if empty or below TLS 1.2
     */
    public Builder tlsProtocols(List<String> protocols) {
      List<String> copy = List.copyOf(protocols);
      if (copy.isEmpty() || !List.of("TLSv1.3", "TLSv1.2").containsAll(copy)) {
        throw new IllegalArgumentException("protocols must be among TLSv1.3 and TLSv1.2: " + copy);
      }
      this.protocols = copy;
      return this;
    }

    /**
     * Sets the time allowed to open a connection (TCP and TLS).
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the default time allowed from sending a request to receiving its response headers.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder responseTimeout(Duration timeout) {
      this.responseTimeout = positive(timeout, "responseTimeout");
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param policy e.g. {@link RetryPolicy#none()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Appends an interceptor; interceptors run in the order they were added.
     *
     * @param interceptor a thread-safe interceptor
     * @return this builder
     */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Sets the event listener (default: none).
     *
     * @param listener a thread-safe listener
     * @return this builder
     */
    public Builder eventListener(HttpEventListener listener) {
      this.eventListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the largest response body accepted.
     *
     * @param maxBytes positive
     * @return this builder
     */
    public Builder maxResponseBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxBytes);
      }
      this.maxResponseBytes = maxBytes;
      return this;
    }

    /**
     * Lets the client negotiate HTTP/2 over TLS (ALPN) when the server offers it.
     *
     * @param http2 true to allow HTTP/2 (default false: HTTP/1.1)
     * @return this builder
     */
    public Builder http2(boolean http2) {
      this.http2 = http2;
      return this;
    }

    /**
     * Sets the clock used to read {@code Retry-After} dates (for tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return a new transport, to be closed at shutdown
     * @throws EparcoursClientException {@code CORE-0314} if no TLS context was given and the
     *     JDK has no default one
     */
    public HttpTransport build() {
      SSLContext context = sslContext;
      if (context == null) {
        try {
          context = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
          throw new EparcoursClientException(HttpErrorCodes.INVALID_CONFIGURATION,
              "the JDK has no default TLS context; give the transport one with tls(...) or "
                  + "sslContext(...)", e, false);
        }
      }
      SSLParameters parameters = context.getDefaultSSLParameters();
      parameters.setProtocols(protocols.toArray(new String[0]));
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      return new JdkHttpTransportImpl(new JdkTransportSettings(context, parameters,
          connectTimeout, responseTimeout, retryPolicy, interceptors, eventListener,
          maxResponseBytes, http2, clock));
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(what + " must be positive: " + d);
      }
      return d;
    }
  }
}
