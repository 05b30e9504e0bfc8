package io.github.eparcours.testkit.core;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away public key infrastructure shaped like IGC-Santé (root CA, intermediate
 * "organisations" CA, leaf certificates), generated at run time so that no key material is ever
 * committed.
 *
 * <p>Keys are RSA 2048 and signatures SHA256withRSA. Leaves are issued for the roles the SDK
 * handles: TLS servers ({@link #serverCertificate(String...)}), TLS client authentication
 * ({@link #clientCertificate(String)}, like an IGC-Santé {@code ORG-AUTH_CLI}) and signature
 * ({@link #signingCertificate(String)}, like {@code ORG-SIGN}), plus broken variants (expired,
 * not yet valid, wrong key usage) for negative tests. Two {@code TestPki} instances share no trust:
 * a server using one is "untrusted" for a client trusting the other.
 *
 * <p>Instances are immutable and thread-safe. Creating one costs two RSA key generations (tens
 * to hundreds of milliseconds): share it across the tests of a class.
 *
 * <pre>{@code
 * TestPki pki = TestPki.create();
 * IssuedCredential server = pki.serverCertificate("localhost", "127.0.0.1");
 * IssuedCredential client = pki.clientCertificate("EPARCOURS-TEST-AUTH_CLI");
 * client.writePkcs12(dir.resolve("auth.p12"), "changeit".toCharArray());
 * SSLContext serverTls = pki.serverSslContext(server, true);
 * }</pre>
 *
 * @since 0.1
 */
public final class TestPki {

  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
  private static final int KEY_BITS = 2048;
  private static final Duration LEAF_BACKDATE = Duration.ofHours(1);
  private static final Duration LEAF_LIFETIME = Duration.ofDays(365);

  private final String name;
  private final Instant referenceTime;
  private final SecureRandom random;
  private final KeyPair rootKeys;
  private final X509Certificate root;
  private final KeyPair intermediateKeys;
  private final X509Certificate intermediate;

  private TestPki(String name, Instant referenceTime) {
    this.name = name;
    this.referenceTime = referenceTime;
    this.random = new SecureRandom();
    Instant caStart = referenceTime.minus(Duration.ofDays(1));
    Instant caEnd = referenceTime.plus(Duration.ofDays(3650));
    this.rootKeys = generateKeyPair();
    X500Name rootName = caName("TEST AC RACINE " + name);
    this.root = sign(
        new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(caStart), Date.from(caEnd),
            rootName, rootKeys.getPublic()),
        rootKeys, null, true, 1, rootKeys.getPrivate());
    this.intermediateKeys = generateKeyPair();
    this.intermediate = sign(
        new JcaX509v3CertificateBuilder(root, serial(), Date.from(caStart), Date.from(caEnd),
            caName("TEST AC " + name + " ORGANISATIONS"), intermediateKeys.getPublic()),
        intermediateKeys, root, true, 0, rootKeys.getPrivate());
  }

  /**
   * Creates a PKI valid around the current instant.
   *
   * @return a new PKI with its own root and intermediate CA
   */
  public static TestPki create() {
    return create("IGC-SANTE-LIKE", Instant.now());
  }

  /**
   * Creates a PKI whose CA names contain {@code name} and whose default validity periods are
   * centred on {@code referenceTime}.
   *
   * @param name a label for the CA subjects, e.g. {@code "ROGUE"}
   * @param referenceTime the "now" of this PKI
   * @return a new PKI with its own root and intermediate CA
   */
  public static TestPki create(String name, Instant referenceTime) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referenceTime, "referenceTime");
    return new TestPki(name, referenceTime);
  }

  /** @return the self-signed root CA certificate: the trust anchor */
  public X509Certificate rootCertificate() {
    return root;
  }

  /** @return the intermediate CA certificate, signed by the root, issuer of leaves */
  public X509Certificate intermediateCertificate() {
    return intermediate;
  }

  /** @return the instant around which default validity periods are chosen */
  public Instant referenceTime() {
    return referenceTime;
  }

  /** @return the root certificate as a PEM {@code CERTIFICATE} block */
  public String trustAnchorsPem() {
    return Pem.certificates(List.of(root));
  }

  /**
   * Writes {@link #trustAnchorsPem()} to {@code file}.
   *
   * @param file the target, overwritten
   * @return {@code file}
   */
  public Path writeTrustAnchorsPem(Path file) {
    Pem.write(file, trustAnchorsPem());
    return file;
  }

  /**
   * Encodes the root certificate as a PKCS#12 trust store (one trusted certificate entry).
   *
   * @param password the store password
   * @return the PKCS#12 bytes
   */
  public byte[] trustStorePkcs12(char[] password) {
    return Pem.store(trustStore(), password);
  }

  /**
   * Writes {@link #trustStorePkcs12(char[])} to {@code file}.
   *
   * @param file the target, overwritten
   * @param password the store password
   * @return {@code file}
   */
  public Path writeTrustStorePkcs12(Path file, char[] password) {
    Pem.write(file, trustStorePkcs12(password));
    return file;
  }

  /**
   * Issues a leaf certificate and its fresh RSA key.
   *
   * @param spec what the certificate looks like
   * @return the key and chain
   */
  public IssuedCredential issue(LeafSpec spec) {
    Objects.requireNonNull(spec, "spec");
    KeyPair keys = generateKeyPair();
    Instant notBefore = spec.notBefore().orElse(referenceTime.minus(LEAF_BACKDATE));
    Instant notAfter = spec.notAfter().orElse(referenceTime.plus(LEAF_LIFETIME));
    X509Certificate issuer = spec.issuedByRoot() ? root : intermediate;
    PrivateKey issuerKey = spec.issuedByRoot() ? rootKeys.getPrivate() : intermediateKeys.getPrivate();
    X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "FR")
        .addRDN(BCStyle.O, spec.organization())
        .addRDN(BCStyle.CN, spec.commonName());
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(),
        Date.from(notBefore), Date.from(notAfter), subject.build(), keys.getPublic());
    try {
      if (!spec.keyUsages().isEmpty()) {
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsageBits(spec)));
      }
      if (!spec.extendedKeyUsages().isEmpty()) {
        builder.addExtension(Extension.extendedKeyUsage, false,
            new ExtendedKeyUsage(spec.extendedKeyUsages().stream()
                .map(TestPki::purpose).toArray(KeyPurposeId[]::new)));
      }
      List<GeneralName> names = new ArrayList<>();
      spec.dnsNames().forEach(n -> names.add(new GeneralName(GeneralName.dNSName, n)));
      spec.ipAddresses().forEach(n -> names.add(new GeneralName(GeneralName.iPAddress, n)));
      if (!names.isEmpty()) {
        builder.addExtension(Extension.subjectAlternativeName, false,
            new GeneralNames(names.toArray(new GeneralName[0])));
      }
      if (spec.crlDistributionPoint().isPresent()) {
        GeneralNames where = new GeneralNames(new GeneralName(
            GeneralName.uniformResourceIdentifier, spec.crlDistributionPoint().get().toString()));
        builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
            new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(where), null, null)}));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode certificate extensions for " + spec, e);
    }
    X509Certificate leaf = sign(builder, keys, issuer, false, -1, issuerKey);
    List<X509Certificate> chain = spec.issuedByRoot() ? List.of(leaf) : List.of(leaf, intermediate);
    return new IssuedCredential(keys.getPrivate(), chain);
  }

  /**
   * Issues a TLS server certificate: serverAuth, digitalSignature + keyEncipherment, one subject
   * alternative name per argument (literal IP addresses become IP names, the rest DNS names).
   *
   * @param hostsOrAddresses e.g. {@code "localhost", "127.0.0.1"}; the first is also the CN
   * @return the key and chain
   */
  public IssuedCredential serverCertificate(String... hostsOrAddresses) {
    if (hostsOrAddresses.length == 0) {
      throw new IllegalArgumentException("a server certificate needs at least one name");
    }
    LeafSpec.Builder spec = LeafSpec.builder(hostsOrAddresses[0])
        .keyUsages(LeafSpec.KeyUsage.DIGITAL_SIGNATURE, LeafSpec.KeyUsage.KEY_ENCIPHERMENT)
        .extendedKeyUsages(LeafSpec.ExtendedKeyUsage.SERVER_AUTH);
    for (String n : hostsOrAddresses) {
      if (isIpLiteral(n)) {
        spec.addIpAddress(n);
      } else {
        spec.addDnsName(n);
      }
    }
    return issue(spec.build());
  }

  /**
   * The specification of {@link #clientCertificate(String)}, to derive variants from.
   *
   * @param commonName the subject CN
   * @return a TLS client authentication specification
   */
  public static LeafSpec.Builder clientSpec(String commonName) {
    return LeafSpec.builder(commonName)
        .keyUsages(LeafSpec.KeyUsage.DIGITAL_SIGNATURE, LeafSpec.KeyUsage.KEY_ENCIPHERMENT)
        .extendedKeyUsages(LeafSpec.ExtendedKeyUsage.CLIENT_AUTH);
  }

  /**
   * The specification of {@link #signingCertificate(String)}, to derive variants from.
   *
   * @param commonName the subject CN
   * @return a signature specification
   */
  public static LeafSpec.Builder signingSpec(String commonName) {
    return LeafSpec.builder(commonName)
        .keyUsages(LeafSpec.KeyUsage.DIGITAL_SIGNATURE, LeafSpec.KeyUsage.NON_REPUDIATION);
  }

  /**
   * Issues a TLS client authentication certificate (clientAuth, digitalSignature +
   * keyEncipherment), like an IGC-Santé organisation {@code AUTH_CLI} certificate.
   *
   * @param commonName the subject CN
   * @return the key and chain
   */
  public IssuedCredential clientCertificate(String commonName) {
    return issue(clientSpec(commonName).build());
  }

  /**
   * Issues a signature certificate (digitalSignature + nonRepudiation, no TLS purpose), like an
   * IGC-Santé organisation {@code SIGN} ("cachet") certificate.
   *
   * @param commonName the subject CN
   * @return the key and chain
   */
  public IssuedCredential signingCertificate(String commonName) {
    return issue(signingSpec(commonName).build());
  }

  /**
   * Issues a client certificate whose validity ended a day before the reference time.
   *
   * @param commonName the subject CN
   * @return the key and chain
   */
  public IssuedCredential expiredClientCertificate(String commonName) {
    return issue(clientSpec(commonName).validity(
        referenceTime.minus(Duration.ofDays(30)), referenceTime.minus(Duration.ofDays(1))).build());
  }

  /**
   * Issues a client certificate whose validity starts a day after the reference time.
   *
   * @param commonName the subject CN
   * @return the key and chain
   */
  public IssuedCredential notYetValidClientCertificate(String commonName) {
    return issue(clientSpec(commonName).validity(
        referenceTime.plus(Duration.ofDays(1)), referenceTime.plus(Duration.ofDays(30))).build());
  }

  /**
   * Issues a certificate unfit for TLS client authentication: serverAuth only and
   * keyEncipherment only (no digitalSignature).
   *
   * @param commonName the subject CN
   * @return the key and chain
   */
  public IssuedCredential wrongKeyUsageClientCertificate(String commonName) {
    return issue(LeafSpec.builder(commonName)
        .keyUsages(LeafSpec.KeyUsage.KEY_ENCIPHERMENT)
        .extendedKeyUsages(LeafSpec.ExtendedKeyUsage.SERVER_AUTH)
        .build());
  }

  /**
   * Issues a certificate unfit for signature: keyEncipherment only.
   *
   * @param commonName the subject CN
   * @return the key and chain
   */
  public IssuedCredential wrongKeyUsageSigningCertificate(String commonName) {
    return issue(LeafSpec.builder(commonName)
        .keyUsages(LeafSpec.KeyUsage.KEY_ENCIPHERMENT)
        .build());
  }

  /**
   * Issues a CRL of the intermediate CA listing {@code revoked} (leaves it issued), valid from an
   * hour before the reference time for seven days.
   *
   * @param revoked the leaves to list as revoked (key compromise)
   * @return the signed CRL
   */
  public X509CRL intermediateCrl(IssuedCredential... revoked) {
    List<X509Certificate> certificates = new ArrayList<>();
    for (IssuedCredential c : revoked) {
      certificates.add(c.certificate());
    }
    return crl(intermediate, intermediateKeys.getPrivate(), certificates);
  }

  /**
   * Issues an empty CRL of the root CA (the intermediate is not revoked), needed when revocation
   * of every certificate of the path is checked.
   *
   * @return the signed CRL
   */
  public X509CRL rootCrl() {
    return crl(root, rootKeys.getPrivate(), List.of());
  }

  /**
   * Encodes a CRL as a PEM {@code X509 CRL} block.
   *
   * @param crl a CRL
   * @return the PEM text
   */
  public static String crlPem(X509CRL crl) {
    return Pem.crl(crl);
  }

  /**
   * Builds a server-side SSLContext presenting {@code server} and trusting this PKI's root for
   * client certificates.
   *
   * <p>When {@code requireClientAuth} is true, every server socket and engine created from the
   * returned context demands a client certificate ({@code needClientAuth}); a client without one
   * fails the handshake.
   *
   * @param server the server credential, e.g. from {@link #serverCertificate(String...)}
   * @param requireClientAuth whether to require a client certificate
   * @return an initialised TLS context (TLS 1.2 and 1.3)
   */
  public SSLContext serverSslContext(IssuedCredential server, boolean requireClientAuth) {
    SSLContext context = sslContext(Objects.requireNonNull(server, "server"));
    return requireClientAuth ? new ClientAuthRequiringSslContext(context) : context;
  }

  /**
   * Builds a client-side SSLContext trusting this PKI's root, presenting {@code client} when not
   * null. For testing fakes; the SDK's own clients build theirs from its TLS configuration.
   *
   * @param client the client credential, or {@code null} for none
   * @return an initialised TLS context
   */
  public SSLContext clientSslContext(IssuedCredential client) {
    return sslContext(client);
  }

  @Override
  public String toString() {
    return "TestPki[" + name + ", root=" + root.getSubjectX500Principal().getName() + "]";
  }

  private SSLContext sslContext(IssuedCredential credential) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore());
      KeyManagerFactory kmf = null;
      if (credential != null) {
        char[] password = "test".toCharArray();
        KeyStore ks = Pem.emptyPkcs12();
        ks.setKeyEntry(IssuedCredential.ALIAS, credential.privateKey(), password,
            credential.chain().toArray(new X509Certificate[0]));
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), random);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build test SSLContext", e);
    }
  }

  private KeyStore trustStore() {
    KeyStore ks = Pem.emptyPkcs12();
    try {
      ks.setCertificateEntry("root", root);
    } catch (KeyStoreException e) {
      throw new IllegalStateException("cannot build test trust store", e);
    }
    return ks;
  }

  private X509CRL crl(X509Certificate issuer, PrivateKey issuerKey,
      List<X509Certificate> revoked) {
    Date thisUpdate = Date.from(referenceTime.minus(LEAF_BACKDATE));
    X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer, thisUpdate);
    builder.setNextUpdate(Date.from(referenceTime.plus(Duration.ofDays(7))));
    for (X509Certificate c : revoked) {
      if (!issuedBy(c, issuer)) {
        throw new IllegalArgumentException("certificate " + c.getSubjectX500Principal()
            + " was not issued by " + issuer.getSubjectX500Principal() + " of this PKI");
      }
      builder.addCRLEntry(c.getSerialNumber(), thisUpdate, CRLReason.keyCompromise);
    }
    try {
      builder.addExtension(Extension.authorityKeyIdentifier, false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer));
      return new JcaX509CRLConverter().getCRL(builder.build(signer(issuerKey)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign test CRL", e);
    }
  }

  private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
    // Two PKIs may use the same CA names: only the signature tells them apart.
    try {
      certificate.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private X509Certificate sign(X509v3CertificateBuilder builder, KeyPair subjectKeys,
      X509Certificate issuer, boolean ca, int pathLength, PrivateKey issuerKey) {
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.subjectKeyIdentifier, false,
          utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
      if (issuer != null) {
        builder.addExtension(Extension.authorityKeyIdentifier, false,
            utils.createAuthorityKeyIdentifier(issuer));
      }
      if (ca) {
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true,
            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      }
      X509CertificateHolder holder = builder.build(signer(issuerKey));
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot issue test certificate", e);
    }
  }

  private ContentSigner signer(PrivateKey key) {
    try {
      return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setSecureRandom(random).build(key);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(SIGNATURE_ALGORITHM + " is not available", e);
    }
  }

  private KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private BigInteger serial() {
    return new BigInteger(63, random).add(BigInteger.ONE);
  }

  private static X500Name caName(String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "FR")
        .addRDN(BCStyle.O, "E-PARCOURS TEST PKI")
        .addRDN(BCStyle.CN, commonName)
        .build();
  }

  private static int keyUsageBits(LeafSpec spec) {
    int bits = 0;
    for (LeafSpec.KeyUsage u : spec.keyUsages()) {
      switch (u) {
        case DIGITAL_SIGNATURE: bits |= KeyUsage.digitalSignature; break;
        case NON_REPUDIATION: bits |= KeyUsage.nonRepudiation; break;
        case KEY_ENCIPHERMENT: bits |= KeyUsage.keyEncipherment; break;
        case DATA_ENCIPHERMENT: bits |= KeyUsage.dataEncipherment; break;
        case KEY_AGREEMENT: bits |= KeyUsage.keyAgreement; break;
        default: throw new IllegalArgumentException("unknown key usage " + u);
      }
    }
    return bits;
  }

  private static KeyPurposeId purpose(LeafSpec.ExtendedKeyUsage usage) {
    switch (usage) {
      case SERVER_AUTH: return KeyPurposeId.id_kp_serverAuth;
      case CLIENT_AUTH: return KeyPurposeId.id_kp_clientAuth;
      case EMAIL_PROTECTION: return KeyPurposeId.id_kp_emailProtection;
      default: throw new IllegalArgumentException("unknown extended key usage " + usage);
    }
  }

  private static boolean isIpLiteral(String name) {
    return name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
