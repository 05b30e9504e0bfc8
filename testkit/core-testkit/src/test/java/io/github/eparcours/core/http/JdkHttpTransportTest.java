package io.github.eparcours.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK transport against WireMock over real HTTPS with a required client certificate, all
 * credentials from {@link TestPki}.
 */
class JdkHttpTransportTest {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3)
      .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).build();

  @TempDir static Path dir;

  private static TestPki pki;
  private static IssuedCredential client;
  private static WireMockServer server;

  @BeforeAll
  static void startServer() {
    pki = TestPki.create();
    client = pki.clientCertificate("EPARCOURS-TEST-AUTH_CLI");
    // "localhost" only: calling 127.0.0.1 is a hostname mismatch.
    Path keystore = pki.serverCertificate("localhost").writePkcs12(dir.resolve("server.p12"),
        PASSWORD);
    Path truststore = pki.writeTrustStorePkcs12(dir.resolve("trust.p12"), PASSWORD);
    server = new WireMockServer(options()
        .httpDisabled(true)
        .dynamicHttpsPort()
        .keystorePath(keystore.toString())
        .keystorePassword(new String(PASSWORD))
        .keyManagerPassword(new String(PASSWORD))
        .keystoreType("PKCS12")
        .needClientAuth(true)
        .trustStorePath(truststore.toString())
        .trustStorePassword(new String(PASSWORD))
        .trustStoreType("PKCS12"));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @Test
  void execute_withClientCertificate_returnsStatusHeadersAndBody() {
    server.stubFor(get("/ok").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain; charset=UTF-8").withBody("bonjour")));

    try (HttpTransport transport = transport(FAST_RETRIES);
        HttpResponse response = transport.execute(request("/ok").build())) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("content-type")).contains("text/plain; charset=UTF-8");
      assertThat(response.bodyAsString()).isEqualTo("bonjour");
    }
  }

  @Test
  void execute_serviceUnavailableThenOk_retriesAndReturnsOk() {
    server.stubFor(get("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    server.stubFor(get("/flaky").inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(200).withBody("up")));
    Events events = new Events();

    try (HttpTransport transport = builder(FAST_RETRIES).eventListener(events).build();
        HttpResponse response = transport.execute(request("/flaky").build())) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyAsString()).isEqualTo("up");
    }
    server.verify(2, getRequestedFor(urlEqualTo("/flaky")));
    assertThat(events.log).contains("retry 2 status 503");
  }

  @Test
  void execute_tooManyRequestsWithRetryAfter_waitsTheAskedDelay() {
    server.stubFor(get("/busy").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
        .willSetStateTo("free"));
    server.stubFor(get("/busy").inScenario("busy").whenScenarioStateIs("free")
        .willReturn(aResponse().withStatus(200)));
    Events events = new Events();

    try (HttpTransport transport = builder(FAST_RETRIES).eventListener(events).build();
        HttpResponse response = transport.execute(request("/busy").build())) {
      assertThat(response.status()).isEqualTo(200);
    }
    assertThat(events.delays).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void execute_retryAfterLongerThanAllowed_returnsTheResponseAtOnce() {
    server.stubFor(get("/later").willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "3600")));

    try (HttpTransport transport = transport(FAST_RETRIES);
        HttpResponse response = transport.execute(request("/later").build())) {
      assertThat(response.status()).isEqualTo(503);
      assertThat(response.header("Retry-After")).contains("3600");
    }
    server.verify(1, getRequestedFor(urlEqualTo("/later")));
  }

  @Test
  void execute_nonIdempotentPostGets503_isNotRetried() {
    server.stubFor(post("/submit").willReturn(aResponse().withStatus(503)));

    try (HttpTransport transport = transport(FAST_RETRIES);
        HttpResponse response = transport.execute(request("/submit").method("POST")
            .body(RequestBody.ofString("<x/>", "application/xml")).build())) {
      assertThat(response.status()).isEqualTo(503);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/submit")));
  }

  @Test
  void execute_idempotentPostWithOneShotBody_isNotRetried() {
    server.stubFor(post("/query").willReturn(aResponse().withStatus(503)));
    var oneShot = RequestBody.ofStream(
        new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "application/octet-stream");

    try (HttpTransport transport = transport(FAST_RETRIES);
        HttpResponse response = transport.execute(request("/query").method("POST")
            .idempotent(true).body(oneShot).build())) {
      assertThat(response.status()).isEqualTo(503);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/query")));
  }

  @Test
  void execute_idempotentPostWithReplayableBody_isRetriedWithTheSameBody() {
    server.stubFor(post("/query").willReturn(aResponse().withStatus(502)));

    try (HttpTransport transport = transport(FAST_RETRIES);
        HttpResponse response = transport.execute(request("/query").method("POST")
            .idempotent(true).body(RequestBody.ofString("<q/>", "application/xml")).build())) {
      assertThat(response.status()).isEqualTo(502);
    }
    server.verify(3, postRequestedFor(urlEqualTo("/query"))
        .withRequestBody(equalTo("<q/>")).withHeader("Content-Type", equalTo("application/xml")));
  }

  @Test
  void execute_slowServer_failsWithRetryableResponseTimeout() {
    server.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

    try (HttpTransport transport = transport(RetryPolicy.none())) {
      assertFailure(() -> transport.execute(request("/slow").timeout(Duration.ofMillis(300))
          .build()), HttpErrorCodes.RESPONSE_TIMEOUT, true);
    }
  }

  @Test
  void execute_closedPort_failsWithRetryableConnectFailure() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    HttpRequest request = HttpRequest.builder()
        .uri(URI.create("https://localhost:" + port + "/x")).build();

    try (HttpTransport transport = transport(RetryPolicy.none())) {
      assertFailure(() -> transport.execute(request), HttpErrorCodes.CONNECT_FAILED, true);
    }
  }

  @Test
  void execute_connectionResetOnIdempotentGet_retriesThenFailsRetryable() {
    server.stubFor(get("/reset").willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));

    Events events = new Events();

    try (HttpTransport transport = builder(FAST_RETRIES).eventListener(events).build()) {
      assertFailure(() -> transport.execute(request("/reset").build()),
          HttpErrorCodes.CONNECTION_RESET, true);
    }
    assertThat(events.log).containsExactly("retry 2 CORE-0304", "retry 3 CORE-0304",
        "failed CORE-0304");
    // The JDK client itself resends an idempotent request once on a reset connection.
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/reset")))).hasSizeBetween(3, 6);
  }

  @Test
  void execute_connectionResetOnPost_isNotRetried() {
    server.stubFor(post("/reset").willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));

    try (HttpTransport transport = transport(FAST_RETRIES)) {
      assertFailure(() -> transport.execute(request("/reset").method("POST")
          .body(RequestBody.ofString("x", "text/plain")).build()),
          HttpErrorCodes.CONNECTION_RESET, true);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/reset")));
  }

  @Test
  void execute_declaredLengthOverLimit_failsWithTooLarge() {
    server.stubFor(get("/big").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Length", "2000").withBody(new byte[2_000])));

    try (HttpTransport transport = builder(RetryPolicy.none()).maxResponseBytes(1_000).build()) {
      assertFailure(() -> transport.execute(request("/big").build()),
          HttpErrorCodes.RESPONSE_TOO_LARGE, false);
    }
  }

  @Test
  void bodyAsBytes_chunkedBodyOverLimit_failsWithTooLarge() {
    server.stubFor(get("/chunked").willReturn(aResponse().withStatus(200)
        .withBody(new byte[5_000]).withChunkedDribbleDelay(5, 20)));

    try (HttpTransport transport = builder(RetryPolicy.none()).maxResponseBytes(1_000).build();
        HttpResponse response = transport.execute(request("/chunked").build())) {
      assertThat(response.header("Content-Length")).isEmpty();
      assertFailure(response::bodyAsBytes, HttpErrorCodes.RESPONSE_TOO_LARGE, false);
    }
  }

  @Test
  void execute_serverFromAnotherPki_failsUntrustedNotRetryable() {
    SSLContext foreignTrust = TestPki.create().clientSslContext(client);

    try (HttpTransport transport = JdkHttpTransport.builder().sslContext(foreignTrust)
        .retryPolicy(FAST_RETRIES).build()) {
      assertFailure(() -> transport.execute(request("/ok").build()),
          HttpErrorCodes.TLS_UNTRUSTED_SERVER, false);
    }
    server.verify(0, getRequestedFor(urlEqualTo("/ok")));
  }

  @Test
  void execute_hostNotInServerCertificate_failsHostnameMismatch() {
    HttpRequest byAddress = HttpRequest.builder()
        .uri(URI.create("https://127.0.0.1:" + server.httpsPort() + "/ok")).build();

    try (HttpTransport transport = transport(FAST_RETRIES)) {
      assertFailure(() -> transport.execute(byAddress), HttpErrorCodes.TLS_HOSTNAME_MISMATCH,
          false);
    }
  }

  @Test
  void execute_withoutClientCertificate_isRefusedByTheServer() {
    server.stubFor(get("/ok").willReturn(aResponse().withStatus(200)));

    try (HttpTransport transport = JdkHttpTransport.builder()
        .sslContext(pki.clientSslContext(null)).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> transport.execute(request("/ok").build()))
          .isInstanceOfSatisfying(EparcoursClientException.class, e -> assertThat(e.code())
              .isIn(HttpErrorCodes.TLS_HANDSHAKE_FAILED, HttpErrorCodes.CONNECTION_RESET));
    }
    server.verify(0, getRequestedFor(urlEqualTo("/ok")));
  }

  @Test
  void execute_interceptors_runInOrderAndMayRewriteTheRequest() {
    server.stubFor(get("/ok").willReturn(aResponse().withStatus(200)));
    List<String> seen = new CopyOnWriteArrayList<>();

    try (HttpTransport transport = builder(RetryPolicy.none())
        .addInterceptor(chain -> {
          seen.add("first");
          return chain.proceed(chain.request().toBuilder().header("X-Trace", "t-1").build());
        })
        .addInterceptor(chain -> {
          seen.add("second:" + chain.request().header("X-Trace").orElse("none"));
          return chain.proceed(chain.request());
        })
        .build();
        HttpResponse response = transport.execute(request("/ok").build())) {
      assertThat(response.status()).isEqualTo(200);
    }
    assertThat(seen).containsExactly("first", "second:t-1");
    server.verify(getRequestedFor(urlEqualTo("/ok")).withHeader("X-Trace", equalTo("t-1")));
  }

  @Test
  void execute_interceptorShortCircuits_networkIsNotUsed() {
    try (HttpTransport transport = builder(RetryPolicy.none())
        .addInterceptor(chain -> HttpResponse.builder().status(304).request(chain.request())
            .build())
        .build();
        HttpResponse response = transport.execute(request("/cached").build())) {
      assertThat(response.status()).isEqualTo(304);
    }
    server.verify(0, getRequestedFor(urlEqualTo("/cached")));
  }

  @Test
  void execute_throwingEventListener_isIgnored() {
    server.stubFor(get("/ok").willReturn(aResponse().withStatus(200).withBody("fine")));
    HttpEventListener hostile = new HttpEventListener() {
      @Override public void callStart(HttpRequest request) {
        throw new IllegalStateException("boom");
      }
      @Override public void attemptStart(HttpRequest request, int attempt) {
        throw new IllegalStateException("boom");
      }
      @Override public void responseHeaders(HttpRequest r, int a, int s, Duration e) {
        throw new IllegalStateException("boom");
      }
      @Override public void callEnd(HttpRequest request, int status, Duration elapsed) {
        throw new IllegalStateException("boom");
      }
    };

    try (HttpTransport transport = builder(RetryPolicy.none()).eventListener(hostile).build();
        HttpResponse response = transport.execute(request("/ok").build())) {
      assertThat(response.bodyAsString()).isEqualTo("fine");
    }
  }

  @Test
  void execute_bodyWriterFails_failsWithBodyCodeNotRetried() {
    server.stubFor(post("/upload").willReturn(aResponse().withStatus(200)));
    RequestBody failing = new RequestBody() {
      @Override public String contentType() {
        return "application/octet-stream";
      }
      @Override public long contentLength() {
        return 1_000_000;
      }
      @Override public void writeTo(OutputStream out) throws IOException {
        out.write(new byte[100_000]);
        throw new IOException("source disk failed");
      }
    };

    try (HttpTransport transport = transport(FAST_RETRIES)) {
      assertFailure(() -> transport.execute(request("/upload").method("PUT").body(failing)
          .build()), HttpErrorCodes.REQUEST_BODY_FAILED, false);
    }
  }

  @Test
  void execute_interruptedWhileWaitingToRetry_failsInterruptedAndKeepsTheFlag() {
    server.stubFor(get("/down").willReturn(aResponse().withStatus(503)));
    HttpEventListener interrupter = new HttpEventListener() {
      @Override
      public void retryScheduled(HttpRequest r, int next, Duration delay, String reason) {
        Thread.currentThread().interrupt();
      }
    };
    RetryPolicy slow = RetryPolicy.builder().backoff(Duration.ofSeconds(30),
        Duration.ofSeconds(30)).build();

    try (HttpTransport transport = builder(slow).eventListener(interrupter).build()) {
      assertFailure(() -> transport.execute(request("/down").build()),
          HttpErrorCodes.INTERRUPTED, false);
      assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
    }
    server.verify(1, getRequestedFor(urlEqualTo("/down")));
  }

  @Test
  void execute_sharedAcrossThreads_servesConcurrentCalls() throws Exception {
    server.stubFor(get("/ok").willReturn(aResponse().withStatus(200).withBody("fine")));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try (HttpTransport transport = transport(RetryPolicy.none())) {
      List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> {
          try (HttpResponse r = transport.execute(request("/ok").build())) {
            return r.bodyAsString();
          }
        }));
      }
      for (var result : results) {
        assertThat(result.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("fine");
      }
    } finally {
      pool.shutdownNow();
    }
    server.verify(40, getRequestedFor(urlEqualTo("/ok")));
  }

  @Test
  void execute_afterClose_failsTransportClosed() {
    HttpTransport transport = transport(RetryPolicy.none());
    transport.close();
    transport.close();

    assertFailure(() -> transport.execute(request("/ok").build()),
        HttpErrorCodes.TRANSPORT_CLOSED, false);
  }

  @Test
  void execute_restrictedHeader_failsInvalidRequest() {
    try (HttpTransport transport = transport(RetryPolicy.none())) {
      assertFailure(() -> transport.execute(request("/ok").header("Connection", "close")
          .build()), HttpErrorCodes.INVALID_REQUEST, false);
    }
  }

  static void assertFailure(ThrowingCallable call, ErrorCode code, boolean retryable) {
    assertThatThrownBy(call).isInstanceOfSatisfying(EparcoursClientException.class, e -> {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
      assertThat(e.isRetryable()).isEqualTo(retryable);
      assertThat(e.getMessage()).startsWith(code.value() + ": ");
    });
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.builder().uri(URI.create("https://localhost:" + server.httpsPort() + path));
  }

  private static JdkHttpTransport.Builder builder(RetryPolicy retryPolicy) {
    return JdkHttpTransport.builder()
        .sslContext(pki.clientSslContext(client))
        .connectTimeout(Duration.ofSeconds(5))
        .responseTimeout(Duration.ofSeconds(10))
        .retryPolicy(retryPolicy);
  }

  private static HttpTransport transport(RetryPolicy retryPolicy) {
    return builder(retryPolicy).build();
  }

  /** Records events as text; thread-safe. */
  static final class Events implements HttpEventListener {
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<Duration> delays = new CopyOnWriteArrayList<>();

    @Override
    public void retryScheduled(HttpRequest request, int next, Duration delay, String reason) {
      log.add("retry " + next + " " + reason);
      delays.add(delay);
    }

    @Override
    public void callFailed(HttpRequest request, EparcoursException failure, Duration elapsed) {
      log.add("failed " + failure.code());
    }
  }

  static String utf8(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
