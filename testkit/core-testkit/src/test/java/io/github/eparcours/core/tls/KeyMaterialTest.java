package io.github.eparcours.core.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyMaterialTest {

  private static final char[] PASSWORD = "Pr0-Sant3!".toCharArray();

  private static TestPki pki;
  private static IssuedCredential auth;

  @TempDir Path dir;

  @BeforeAll
  static void createPki() {
    pki = TestPki.create();
    auth = pki.clientCertificate("EPARCOURS-TEST-AUTH_CLI");
  }

  @Test
  void load_clientCertificateForTlsClient_returnsKeyAndChain() {
    Path file = auth.writePkcs12(dir.resolve("auth.p12"), PASSWORD);

    KeyMaterial key = KeyMaterial.load(file, PASSWORD, KeyRole.TLS_CLIENT);

    assertThat(key.privateKey()).isEqualTo(auth.privateKey());
    assertThat(key.certificate()).isEqualTo(auth.certificate());
    assertThat(key.chain()).containsExactlyElementsOf(auth.chain());
    assertThat(key.role()).isEqualTo(KeyRole.TLS_CLIENT);
    assertThat(key.toString()).contains("EPARCOURS-TEST-AUTH_CLI", "TLS_CLIENT")
        .doesNotContain("PRIVATE");
  }

  @Test
  void load_signingCertificateForSignature_returnsKey() {
    IssuedCredential sign = pki.signingCertificate("EPARCOURS-TEST-SIGN");

    KeyMaterial key = KeyMaterial.load(sign.toPkcs12(PASSWORD), PASSWORD, KeyRole.SIGNATURE);

    assertThat(key.certificate()).isEqualTo(sign.certificate());
  }

  @Test
  void load_wrongPassword_failsWrongPasswordWithoutEchoingIt() {
    byte[] p12 = auth.toPkcs12(PASSWORD);
    char[] wrong = "not-the-password".toCharArray();

    assertCode(() -> KeyMaterial.load(p12, wrong, KeyRole.TLS_CLIENT),
        TlsErrorCodes.WRONG_PASSWORD);
    assertThatThrownBy(() -> KeyMaterial.load(p12, wrong, KeyRole.TLS_CLIENT))
        .message().doesNotContain("not-the-password").doesNotContain(new String(PASSWORD));
  }

  @Test
  void load_missingFile_failsFileUnreadable() {
    assertCode(() -> KeyMaterial.load(dir.resolve("absent.p12"), PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.FILE_UNREADABLE);
  }

  @Test
  void load_pemInsteadOfPkcs12_failsNotPkcs12() throws Exception {
    Path pem = Files.writeString(dir.resolve("auth.pem"), auth.certificateChainPem(),
        StandardCharsets.US_ASCII);

    assertCode(() -> KeyMaterial.load(pem, PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.NOT_PKCS12);
  }

  @Test
  void load_certificatesOnly_failsNoPrivateKey() {
    byte[] p12 = auth.toPkcs12WithoutPrivateKey(PASSWORD);

    assertCode(() -> KeyMaterial.load(p12, PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.NO_PRIVATE_KEY);
  }

  @Test
  void load_expiredCertificate_failsExpired() {
    byte[] p12 = pki.expiredClientCertificate("OLD").toPkcs12(PASSWORD);

    assertCode(() -> KeyMaterial.load(p12, PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.CERTIFICATE_EXPIRED);
  }

  @Test
  void load_notYetValidCertificate_failsNotYetValid() {
    byte[] p12 = pki.notYetValidClientCertificate("EARLY").toPkcs12(PASSWORD);

    assertCode(() -> KeyMaterial.load(p12, PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.CERTIFICATE_NOT_YET_VALID);
  }

  @Test
  void loader_validAtWithinPeriod_acceptsNotYetValidCertificate() {
    byte[] p12 = pki.notYetValidClientCertificate("EARLY").toPkcs12(PASSWORD);

    KeyMaterial key = KeyMaterial.loader(KeyRole.TLS_CLIENT)
        .validAt(pki.referenceTime().plus(Duration.ofDays(2))).load(p12, PASSWORD);

    assertThat(key.certificate().getSubjectX500Principal().getName()).contains("CN=EARLY");
  }

  @Test
  void load_serverOnlyCertificateForTlsClient_failsWrongKeyUsage() {
    byte[] p12 = pki.wrongKeyUsageClientCertificate("BAD").toPkcs12(PASSWORD);

    assertCode(() -> KeyMaterial.load(p12, PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.WRONG_KEY_USAGE);
  }

  @Test
  void load_encipherOnlyCertificateForSignature_failsWrongKeyUsage() {
    byte[] p12 = pki.wrongKeyUsageSigningCertificate("BAD").toPkcs12(PASSWORD);

    assertCode(() -> KeyMaterial.load(p12, PASSWORD, KeyRole.SIGNATURE),
        TlsErrorCodes.WRONG_KEY_USAGE);
  }

  @Test
  void load_serverCertificateForTlsClient_failsWrongKeyUsage() {
    byte[] p12 = pki.serverCertificate("localhost").toPkcs12(PASSWORD);

    assertCode(() -> KeyMaterial.load(p12, PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.WRONG_KEY_USAGE);
  }

  @Test
  void load_keyOfAnotherCertificate_failsMismatch() throws Exception {
    IssuedCredential other = pki.clientCertificate("OTHER");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("mixed", other.privateKey(), PASSWORD,
        auth.chain().toArray(new Certificate[0]));

    assertCode(() -> KeyMaterial.load(bytes(store), PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.KEY_CERTIFICATE_MISMATCH);
  }

  @Test
  void load_twoKeysWithoutAlias_failsAndAliasChoosesOne() throws Exception {
    IssuedCredential sign = pki.signingCertificate("SIGN");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("auth", auth.privateKey(), PASSWORD, auth.chain().toArray(new Certificate[0]));
    store.setKeyEntry("sign", sign.privateKey(), PASSWORD, sign.chain().toArray(new Certificate[0]));
    byte[] p12 = bytes(store);

    assertCode(() -> KeyMaterial.load(p12, PASSWORD, KeyRole.TLS_CLIENT),
        TlsErrorCodes.KEY_ENTRY_NOT_FOUND);
    assertCode(() -> KeyMaterial.loader(KeyRole.TLS_CLIENT).alias("nope").load(p12, PASSWORD),
        TlsErrorCodes.KEY_ENTRY_NOT_FOUND);
    assertThat(KeyMaterial.loader(KeyRole.SIGNATURE).alias("sign").load(p12, PASSWORD)
        .certificate()).isEqualTo(sign.certificate());
  }

  static void assertCode(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(EparcoursClientException.class, e -> {
      assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
      assertThat(e.isRetryable()).isFalse();
    });
  }

  private static byte[] bytes(KeyStore store) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, PASSWORD);
    return out.toByteArray();
  }
}
