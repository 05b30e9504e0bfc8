package io.github.eparcours.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.CertStore;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPkiTest {

  private static final char[] PASSWORD = "s3cret".toCharArray();
  private static final String CLIENT_AUTH_OID = "1.3.6.1.5.5.7.3.2";
  private static final String SERVER_AUTH_OID = "1.3.6.1.5.5.7.3.1";

  private static TestPki pki;
  private static TestPki foreignPki;
  private static IssuedCredential server;
  private static IssuedCredential client;

  @TempDir Path dir;

  @BeforeAll
  static void createPki() {
    // Key generation dominates the cost: credentials are shared by the tests that only read them.
    pki = TestPki.create();
    foreignPki = TestPki.create();
    server = pki.serverCertificate("localhost", "127.0.0.1");
    client = pki.clientCertificate("EPARCOURS-TEST-AUTH_CLI");
  }

  @Test
  void serverCertificate_localhostAndLoopback_chainValidatesAndCarriesDnsAndIpNames()
      throws Exception {
    validate(server.chain(), pki.rootCertificate());
    assertThat(server.chain()).hasSize(2).element(1).isEqualTo(pki.intermediateCertificate());
    assertThat(server.certificate().getSubjectAlternativeNames())
        .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
    assertThat(server.certificate().getExtendedKeyUsage()).containsExactly(SERVER_AUTH_OID);
    assertThat(server.certificate().getBasicConstraints()).isEqualTo(-1);
  }

  @Test
  void rootAndIntermediate_areCasWithCertSignUsage() {
    assertThat(pki.rootCertificate().getBasicConstraints()).isEqualTo(1);
    assertThat(pki.intermediateCertificate().getBasicConstraints()).isZero();
    assertThat(pki.intermediateCertificate().getKeyUsage()[5]).isTrue();
    assertThat(pki.intermediateCertificate().getIssuerX500Principal())
        .isEqualTo(pki.rootCertificate().getSubjectX500Principal());
  }

  @Test
  void clientCertificate_hasClientAuthEkuAndDigitalSignature() throws Exception {
    X509Certificate c = client.certificate();

    assertThat(c.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH_OID);
    assertThat(c.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(c.getSubjectX500Principal().getName()).contains("CN=EPARCOURS-TEST-AUTH_CLI");
    c.checkValidity();
  }

  @Test
  void signingCertificate_hasNonRepudiationAndNoEku() throws Exception {
    X509Certificate c = pki.signingCertificate("EPARCOURS-TEST-SIGN").certificate();

    assertThat(c.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(c.getKeyUsage()[1]).as("nonRepudiation").isTrue();
    assertThat(c.getExtendedKeyUsage()).isNull();
  }

  @Test
  void expiredClientCertificate_failsValidityCheckAtReferenceTime() {
    X509Certificate c = pki.expiredClientCertificate("OLD").certificate();

    assertThatThrownBy(() -> c.checkValidity(Date.from(pki.referenceTime())))
        .isInstanceOf(CertificateExpiredException.class);
  }

  @Test
  void notYetValidClientCertificate_failsValidityCheckAtReferenceTime() {
    X509Certificate c = pki.notYetValidClientCertificate("EARLY").certificate();

    assertThatThrownBy(() -> c.checkValidity(Date.from(pki.referenceTime())))
        .isInstanceOf(CertificateNotYetValidException.class);
  }

  @Test
  void wrongKeyUsageVariants_lackTheRoleBits() throws Exception {
    X509Certificate wrongClient = pki.wrongKeyUsageClientCertificate("BAD-CLI").certificate();
    X509Certificate signing = pki.wrongKeyUsageSigningCertificate("BAD-SIGN").certificate();

    assertThat(wrongClient.getExtendedKeyUsage()).doesNotContain(CLIENT_AUTH_OID);
    assertThat(wrongClient.getKeyUsage()[0]).isFalse();
    assertThat(signing.getKeyUsage()[0]).isFalse();
    assertThat(signing.getKeyUsage()[1]).isFalse();
  }

  @Test
  void otherPki_doesNotValidateAgainstThisRoot() {
    IssuedCredential foreign = foreignPki.clientCertificate("ROGUE");

    assertThatThrownBy(() -> validate(foreign.chain(), pki.rootCertificate()))
        .isInstanceOf(CertPathValidatorException.class);
  }

  @Test
  void writePkcs12_roundTripsKeyAndChain() throws Exception {
    Path file = client.writePkcs12(dir.resolve("auth.p12"), PASSWORD);

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      ks.load(in, PASSWORD);
    }
    assertThat(ks.getKey(IssuedCredential.ALIAS, PASSWORD)).isEqualTo(client.privateKey());
    assertThat(ks.getCertificateChain(IssuedCredential.ALIAS))
        .containsExactlyElementsOf(client.chain());
  }

  @Test
  void toPkcs12WithoutPrivateKey_holdsCertificatesOnly() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(new ByteArrayInputStream(client.toPkcs12WithoutPrivateKey(PASSWORD)), PASSWORD);

    assertThat(ks.size()).isEqualTo(2);
    for (String alias : List.copyOf(java.util.Collections.list(ks.aliases()))) {
      assertThat(ks.isKeyEntry(alias)).isFalse();
    }
  }

  @Test
  void trustStorePkcs12_holdsTheRootAsTrustedEntry() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(new ByteArrayInputStream(pki.trustStorePkcs12(PASSWORD)), PASSWORD);

    assertThat(ks.getCertificate(ks.aliases().nextElement())).isEqualTo(pki.rootCertificate());
    assertThat(ks.isCertificateEntry(ks.aliases().nextElement())).isTrue();
  }

  @Test
  void writePem_chainAndKeyParseBack() throws Exception {
    client.writePem(dir.resolve("chain.pem"), dir.resolve("key.pem"));
    Path anchors = pki.writeTrustAnchorsPem(dir.resolve("anchors.pem"));

    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    try (InputStream in = Files.newInputStream(dir.resolve("chain.pem"))) {
      assertThat(List.copyOf(cf.generateCertificates(in))).isEqualTo(client.chain());
    }
    try (InputStream in = Files.newInputStream(anchors)) {
      assertThat(List.copyOf(cf.generateCertificates(in))).isEqualTo(List.of(pki.rootCertificate()));
    }
    String pem = Files.readString(dir.resolve("key.pem"), StandardCharsets.US_ASCII);
    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
    byte[] der = Base64.getMimeDecoder().decode(
        pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    assertThat(key).isEqualTo(client.privateKey());
  }

  @Test
  void intermediateCrl_listsRevokedSerialAndIsSignedByIntermediate() throws Exception {
    IssuedCredential revoked = pki.clientCertificate("REVOKED");
    IssuedCredential kept = client;

    var crl = pki.intermediateCrl(revoked);

    crl.verify(pki.intermediateCertificate().getPublicKey());
    assertThat(crl.isRevoked(revoked.certificate())).isTrue();
    assertThat(crl.isRevoked(kept.certificate())).isFalse();
    assertThat(TestPki.crlPem(crl)).startsWith("-----BEGIN X509 CRL-----");
    pki.rootCrl().verify(pki.rootCertificate().getPublicKey());
  }

  @Test
  void intermediateCrl_foreignCertificate_isRefused() {
    IssuedCredential foreign = foreignPki.clientCertificate("ROGUE");

    assertThatThrownBy(() -> pki.intermediateCrl(foreign))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leafSpec_notAfterBeforeNotBefore_isRefused() {
    var now = pki.referenceTime();
    assertThatThrownBy(() -> LeafSpec.builder("X").validity(now, now.minusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serverSslContext_requiringClientAuth_acceptsClientWithCertificate() throws Exception {
    SSLContext serverContext = pki.serverSslContext(server, true);

    assertThat(handshake(serverContext, pki.clientSslContext(client)))
        .isEqualTo("ok");
  }

  @Test
  void serverSslContext_requiringClientAuth_rejectsClientWithoutCertificate() throws Exception {
    SSLContext serverContext = pki.serverSslContext(server, true);

    assertThat(handshake(serverContext, pki.clientSslContext(null))).isNotEqualTo("ok");
  }

  @Test
  void serverSslContext_notRequiringClientAuth_acceptsAnonymousClient() throws Exception {
    SSLContext serverContext = pki.serverSslContext(server, false);

    assertThat(handshake(serverContext, pki.clientSslContext(null))).isEqualTo("ok");
  }

  /** Runs one TLS exchange on loopback; returns "ok" or the failure the client saw. */
  private static String handshake(SSLContext serverContext, SSLContext clientContext)
      throws Exception {
    try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
        .createServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
        try (SSLSocket s = (SSLSocket) listener.accept()) {
          s.getOutputStream().write('k');
          s.getOutputStream().flush();
          s.getInputStream().read();
        } catch (Exception e) {
          // The client side reports the outcome.
        }
      });
      try (SSLSocket client = (SSLSocket) clientContext.getSocketFactory()
          .createSocket("localhost", listener.getLocalPort())) {
        var params = client.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        client.setSSLParameters(params);
        client.setSoTimeout(10_000);
        client.startHandshake();
        int read = client.getInputStream().read();
        OutputStream out = client.getOutputStream();
        out.write('x');
        out.flush();
        return read == 'k' ? "ok" : "eof";
      } catch (SSLException | java.net.SocketException e) {
        return e.toString();
      } finally {
        served.get(10, TimeUnit.SECONDS);
      }
    }
  }

  private static void validate(List<X509Certificate> chain, X509Certificate root)
      throws Exception {
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
    params.setRevocationEnabled(false);
    params.addCertStore(CertStore.getInstance("Collection",
        new CollectionCertStoreParameters(chain)));
    CertPathValidator.getInstance("PKIX").validate(cf.generateCertPath(chain), params);
  }
}
