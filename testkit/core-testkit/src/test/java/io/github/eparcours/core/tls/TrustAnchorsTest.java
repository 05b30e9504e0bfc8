package io.github.eparcours.core.tls;

import static io.github.eparcours.core.tls.KeyMaterialTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.Environment;
import io.github.eparcours.testkit.core.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustAnchorsTest {

  private static final char[] PASSWORD = "trust".toCharArray();
  private static TestPki pki;

  @TempDir Path dir;

  @BeforeAll
  static void createPki() {
    pki = TestPki.create();
  }

  @Test
  void fromPem_file_readsEveryCertificate() throws Exception {
    Path file = dir.resolve("anchors.pem");
    Files.writeString(file, pki.trustAnchorsPem() + pki.trustAnchorsPem()
        + TestPki.create().trustAnchorsPem());

    TrustAnchors anchors = TrustAnchors.fromPem(file);

    assertThat(anchors.certificates()).hasSize(2).first().isEqualTo(pki.rootCertificate());
    assertThat(anchors.asPkixAnchors()).hasSize(2);
  }

  @Test
  void fromPkcs12_trustStore_readsTheRoot() {
    Path file = pki.writeTrustStorePkcs12(dir.resolve("trust.p12"), PASSWORD);

    assertThat(TrustAnchors.fromPkcs12(file, PASSWORD).certificates())
        .containsExactly(pki.rootCertificate());
  }

  @Test
  void fromPkcs12_wrongPassword_failsWrongPassword() {
    byte[] p12 = pki.trustStorePkcs12(PASSWORD);

    assertCode(() -> TrustAnchors.fromPkcs12(p12, "nope".toCharArray()),
        TlsErrorCodes.WRONG_PASSWORD);
  }

  @Test
  void fromPem_noCertificate_failsNoTrustAnchor() {
    assertCode(() -> TrustAnchors.fromPem(""), TlsErrorCodes.NO_TRUST_ANCHOR);
    assertCode(() -> TrustAnchors.of(List.of()), TlsErrorCodes.NO_TRUST_ANCHOR);
  }

  @Test
  void fromPem_garbage_failsUnreadable() {
    assertCode(() -> TrustAnchors.fromPem("-----BEGIN CERTIFICATE-----\nAAAA\n"
        + "-----END CERTIFICATE-----\n"), TlsErrorCodes.ANCHORS_UNREADABLE);
  }

  @Test
  void fromPem_missingFile_failsFileUnreadable() {
    assertCode(() -> TrustAnchors.fromPem(dir.resolve("absent.pem")),
        TlsErrorCodes.FILE_UNREADABLE);
  }

  @Test
  void forEnvironment_testAuthorityInProduction_isRefused() {
    TrustAnchors testRoots = TrustAnchors.of(pki.rootCertificate());

    assertThat(pki.rootCertificate().getSubjectX500Principal().getName()).contains("CN=TEST ");
    assertCode(() -> TrustAnchors.forEnvironment(Environment.PRODUCTION, testRoots),
        TlsErrorCodes.ANCHORS_WRONG_ENVIRONMENT);
    assertThat(TrustAnchors.forEnvironment(Environment.TEST, testRoots)).isSameAs(testRoots);
  }

  @Test
  void forEnvironment_nonTestAuthorityInProduction_isAccepted() {
    TrustAnchors anchors = TrustAnchors.of(pki.serverCertificate("ac-racine.example")
        .certificate());

    assertThat(TrustAnchors.forEnvironment(Environment.PRODUCTION, anchors)).isSameAs(anchors);
  }
}
