package io.github.eparcours.core.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RequestBody;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.testkit.core.TestPki;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Quick start: TLS credentials and transport", run against files from TestPki. */
class QuickStartTest {

  @TempDir Path dir;

  @Test
  void quickStart_asWrittenInTheReadme_works() throws Exception {
    TestPki pki = TestPki.create();
    char[] password = "changeit".toCharArray();
    Path authP12 = pki.clientCertificate("ACME-AUTH_CLI").writePkcs12(dir.resolve("auth.p12"),
        password);
    Path anchorsPem = pki.writeTrustAnchorsPem(dir.resolve("igc-sante-test-anchors.pem"));
    Path document = Files.writeString(dir.resolve("document.xml"), "<doc/>");

    try (LoopbackHttpsServer server = new LoopbackHttpsServer(
        pki.serverSslContext(pki.serverCertificate("localhost"), true))) {
      URI endpoint = server.uri();
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      // START SNIPPET: quick-start-tls-transport
      KeyMaterial auth = KeyMaterial.load(authP12, password, KeyRole.TLS_CLIENT);
      TrustAnchors anchors = TrustAnchors.forEnvironment(Environment.TEST,
          TrustAnchors.fromPem(anchorsPem));
      TlsConfiguration tls = TlsConfiguration.builder()
          .trustAnchors(anchors)
          .clientKey(auth)
          .build();

      try (HttpTransport transport = JdkHttpTransport.builder()
          .tls(tls)
          .connectTimeout(Duration.ofSeconds(10))
          .responseTimeout(Duration.ofSeconds(30))
          .retryPolicy(RetryPolicy.defaults())
          .maxResponseBytes(64L * 1024 * 1024)
          .build()) {
        HttpRequest request = HttpRequest.builder()
            .method("POST")
            .uri(endpoint)
            .body(RequestBody.ofFile(document, "application/xml"))
            .build();
        try (HttpResponse response = transport.execute(request)) {
          assertThat(response.status()).isEqualTo(200);
          response.body().transferTo(out);
        }
      }
      // END SNIPPET: quick-start-tls-transport

      assertThat(out.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ok");
    }
  }
}
