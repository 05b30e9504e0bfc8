package io.github.eparcours.core.tls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.github.eparcours.core.tls.KeyMaterialTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.http.HttpErrorCodes;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.LeafSpec;
import io.github.eparcours.testkit.core.TestPki;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS configurations built from TestPki files, exercised over real handshakes on loopback. */
class TlsConfigurationTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir static Path dir;

  private static TestPki pki;
  private static TrustAnchors anchors;
  private static KeyMaterial clientKey;
  private static WireMockServer crlServer;

  @BeforeAll
  static void setUp() {
    pki = TestPki.create();
    anchors = TrustAnchors.fromPem(pki.writeTrustAnchorsPem(dir.resolve("anchors.pem")));
    clientKey = KeyMaterial.load(pki.clientCertificate("EPARCOURS-TEST-AUTH_CLI")
        .writePkcs12(dir.resolve("auth.p12"), PASSWORD), PASSWORD, KeyRole.TLS_CLIENT);
    crlServer = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    crlServer.start();
  }

  @AfterAll
  static void tearDown() {
    crlServer.stop();
  }

  @Test
  void sslContext_withClientKey_passesAServerRequiringClientCertificates() {
    TlsConfiguration tls = TlsConfiguration.builder().trustAnchors(anchors).clientKey(clientKey)
        .build();

    try (LoopbackHttpsServer server = server(pki.serverCertificate("localhost"), true)) {
      assertThat(call(tls, server)).isEqualTo("ok");
    }
  }

  @Test
  void sslContext_tls12Only_stillConnects() {
    TlsConfiguration tls = TlsConfiguration.builder().trustAnchors(anchors).clientKey(clientKey)
        .protocols(List.of("TLSv1.2")).build();

    try (LoopbackHttpsServer server = server(pki.serverCertificate("localhost"), true)) {
      assertThat(call(tls, server)).isEqualTo("ok");
    }
  }

  @Test
  void suppliedCrls_revokedServer_isRefusedAsUntrusted() {
    IssuedCredential revoked = pki.serverCertificate("localhost");
    TlsConfiguration tls = withCrls(pki.intermediateCrl(revoked), pki.rootCrl());

    try (LoopbackHttpsServer server = server(revoked, false)) {
      assertThatThrownBy(() -> call(tls, server))
          .isInstanceOfSatisfying(EparcoursClientException.class, e -> {
            assertThat(e.code()).isEqualTo(HttpErrorCodes.TLS_UNTRUSTED_SERVER);
            assertThat(e.getMessage()).containsIgnoringCase("revoked");
          });
    }
  }

  @Test
  void suppliedCrls_serverNotListed_connects() {
    IssuedCredential revoked = pki.serverCertificate("localhost");
    TlsConfiguration tls = withCrls(pki.intermediateCrl(revoked), pki.rootCrl());

    try (LoopbackHttpsServer server = server(pki.serverCertificate("localhost"), false)) {
      assertThat(call(tls, server)).isEqualTo("ok");
    }
  }

  @Test
  void hardFail_noCrlAvailable_isRefused_softFail_connects() {
    RevocationPolicy hard = RevocationPolicy.crls(List.of());
    TlsConfiguration strict = TlsConfiguration.builder().trustAnchors(anchors).revocation(hard)
        .build();
    TlsConfiguration lenient = strict.toBuilder().revocation(hard.softFail()).build();

    try (LoopbackHttpsServer server = server(pki.serverCertificate("localhost"), false)) {
      assertThatThrownBy(() -> call(strict, server))
          .isInstanceOfSatisfying(EparcoursClientException.class,
              e -> assertThat(e.code()).isEqualTo(HttpErrorCodes.TLS_UNTRUSTED_SERVER));
      assertThat(call(lenient, server)).isEqualTo("ok");
    }
  }

  @Test
  void fetchedCrls_askTheSourceAtEachHandshake() {
    IssuedCredential revoked = pki.serverCertificate("localhost");
    AtomicInteger asked = new AtomicInteger();
    CrlSource source = certificate -> {
      asked.incrementAndGet();
      return List.of(pki.intermediateCrl(revoked), pki.rootCrl());
    };
    TlsConfiguration tls = TlsConfiguration.builder().trustAnchors(anchors)
        .revocation(RevocationPolicy.fetched(source)).build();

    try (LoopbackHttpsServer good = server(pki.serverCertificate("localhost"), false);
        LoopbackHttpsServer bad = server(revoked, false)) {
      assertThat(call(tls, good)).isEqualTo("ok");
      assertThatThrownBy(() -> call(tls, bad)).isInstanceOf(EparcoursClientException.class);
    }
    assertThat(asked.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void distributionPoints_revokedServer_isRefusedAndCrlIsCached() throws Exception {
    URI crlUri = URI.create("http://127.0.0.1:" + crlServer.port() + "/crl/organisations.crl");
    LeafSpec spec = LeafSpec.builder("localhost").addDnsName("localhost")
        .keyUsages(LeafSpec.KeyUsage.DIGITAL_SIGNATURE, LeafSpec.KeyUsage.KEY_ENCIPHERMENT)
        .extendedKeyUsages(LeafSpec.ExtendedKeyUsage.SERVER_AUTH)
        .crlDistributionPoint(crlUri).build();
    IssuedCredential revoked = pki.issue(spec);
    IssuedCredential good = pki.issue(spec);
    X509CRL crl = pki.intermediateCrl(revoked);
    crlServer.stubFor(get("/crl/organisations.crl").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/pkix-crl").withBody(crl.getEncoded())));
    // The intermediate names no distribution point: soft-fail tolerates its missing CRL, while
    // a leaf listed in its CRL is still refused.
    TlsConfiguration tls = TlsConfiguration.builder().trustAnchors(anchors)
        .revocation(RevocationPolicy.fetched(CrlSource.distributionPoints(Duration.ofSeconds(5),
            1_000_000, Clock.systemUTC())).softFail())
        .build();

    try (LoopbackHttpsServer goodServer = server(good, false);
        LoopbackHttpsServer badServer = server(revoked, false);
        HttpTransport transport = transport(tls)) {
      assertThat(call(transport, goodServer)).isEqualTo("ok");
      assertThat(call(transport, goodServer)).isEqualTo("ok");
      assertThatThrownBy(() -> call(transport, badServer))
          .isInstanceOfSatisfying(EparcoursClientException.class,
              e -> assertThat(e.getMessage()).containsIgnoringCase("revoked"));
    }
    crlServer.verify(1, getRequestedFor(urlEqualTo("/crl/organisations.crl")));
  }

  @Test
  void distributionPoints_crlMissing_failsCrlUnavailableRetryable() {
    URI crlUri = URI.create("http://127.0.0.1:" + crlServer.port() + "/crl/absent.crl");
    IssuedCredential leaf = pki.issue(TestPki.clientSpec("X").crlDistributionPoint(crlUri)
        .build());
    CrlSource source = CrlSource.distributionPoints();

    assertThatThrownBy(() -> source.crlsFor(leaf.certificate()))
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> {
          assertThat(e.code()).isEqualTo(TlsErrorCodes.CRL_UNAVAILABLE);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(source.crlsFor(pki.clientCertificate("NO-CRLDP").certificate())).isEmpty();
  }

  @Test
  void parseCrls_pemAndGarbage() {
    X509CRL crl = pki.rootCrl();
    assertThat(RevocationPolicy.parseCrls(TestPki.crlPem(crl).getBytes(
        java.nio.charset.StandardCharsets.US_ASCII))).containsExactly(crl);
    assertCode(() -> RevocationPolicy.parseCrls(new byte[] {1, 2, 3}),
        TlsErrorCodes.CRL_UNAVAILABLE);
  }

  @Test
  void hostnameVerification_isOnWithEveryRevocationPolicy() {
    CrlSource source = certificate -> List.of(pki.intermediateCrl(), pki.rootCrl());
    List<RevocationPolicy> policies = List.of(RevocationPolicy.none(),
        RevocationPolicy.crls(List.of(pki.intermediateCrl(), pki.rootCrl())),
        RevocationPolicy.fetched(source));

    try (LoopbackHttpsServer server = server(pki.serverCertificate("localhost"), false)) {
      URI byAddress = URI.create("https://127.0.0.1:" + server.uri().getPort() + "/");
      for (RevocationPolicy policy : policies) {
        TlsConfiguration tls = TlsConfiguration.builder().trustAnchors(anchors)
            .revocation(policy).build();
        try (HttpTransport transport = transport(tls)) {
          assertThat(call(transport, server)).isEqualTo("ok");
          assertThatThrownBy(() -> transport.execute(HttpRequest.builder().uri(byAddress).build()))
              .isInstanceOfSatisfying(EparcoursClientException.class, e -> assertThat(e.code())
                  .as(policy.toString()).isEqualTo(HttpErrorCodes.TLS_HOSTNAME_MISMATCH));
        }
      }
    }
  }

  @Test
  void build_withoutAnchors_failsInvalidConfiguration() {
    assertCode(() -> TlsConfiguration.builder().build(), TlsErrorCodes.INVALID_CONFIGURATION);
  }

  @Test
  void build_signatureKeyAsClientKey_failsInvalidConfiguration() {
    KeyMaterial seal = KeyMaterial.load(pki.signingCertificate("SIGN").toPkcs12(PASSWORD),
        PASSWORD, KeyRole.SIGNATURE);

    assertCode(() -> TlsConfiguration.builder().trustAnchors(anchors).clientKey(seal).build(),
        TlsErrorCodes.INVALID_CONFIGURATION);
  }

  @Test
  void protocols_belowTls12_areRefused() {
    assertCode(() -> TlsConfiguration.builder().protocols(List.of("TLSv1.1")),
        TlsErrorCodes.INVALID_CONFIGURATION);
    assertCode(() -> TlsConfiguration.builder().protocols(List.of()),
        TlsErrorCodes.INVALID_CONFIGURATION);
  }

  @Test
  void toString_namesSubjectsButNoKey() {
    TlsConfiguration tls = TlsConfiguration.builder().trustAnchors(anchors).clientKey(clientKey)
        .build();
    assertThat(tls.toString()).contains("EPARCOURS-TEST-AUTH_CLI", "RevocationPolicy[none]")
        .doesNotContain("PRIVATE KEY");
  }

  private TlsConfiguration withCrls(X509CRL... crls) {
    return TlsConfiguration.builder().trustAnchors(anchors)
        .revocation(RevocationPolicy.crls(List.of(crls))).build();
  }

  private static LoopbackHttpsServer server(IssuedCredential credential, boolean clientAuth) {
    return new LoopbackHttpsServer(pki.serverSslContext(credential, clientAuth));
  }

  private static HttpTransport transport(TlsConfiguration tls) {
    return JdkHttpTransport.builder().tls(tls).retryPolicy(RetryPolicy.none()).build();
  }

  private static String call(TlsConfiguration tls, LoopbackHttpsServer server) {
    try (HttpTransport transport = transport(tls)) {
      return call(transport, server);
    }
  }

  private static String call(HttpTransport transport, LoopbackHttpsServer server) {
    try (HttpResponse response = transport.execute(HttpRequest.builder().uri(server.uri())
        .build())) {
      return response.bodyAsString();
    }
  }
}
