package io.github.eparcours.core.tls;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.error.EparcoursClientException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The certificate authorities a client trusts to identify servers (and, in the testkit's fakes,
 * clients).
 *
 * <p>For the national services these are the IGC-Santé authorities of the right environment:
 * the SDK bundles and downloads none of them. The vendor obtains the anchors file (PEM or
 * PKCS#12) from the authority's publication and configures it; {@link #forEnvironment} then
 * refuses test anchors in production ("TEST AC IGC-SANTE ..." authorities, whose common name
 * starts with {@code TEST}), so that a production deployment never trusts a test platform.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TrustAnchors anchors = TrustAnchors.forEnvironment(Environment.PRODUCTION,
 *     TrustAnchors.fromPem(Path.of("/etc/vendor/igc-sante-roots.pem")));
 * }</pre>
 *
 * @since 0.1
 */
public final class TrustAnchors {

  private final List<X509Certificate> certificates;

  private TrustAnchors(Collection<X509Certificate> certificates, String what) {
    this.certificates = List.copyOf(new LinkedHashSet<>(certificates));
    if (this.certificates.isEmpty()) {
      throw new EparcoursClientException(TlsErrorCodes.NO_TRUST_ANCHOR, what + " holds no "
          + "certificate; give the file of the authorities to trust (PEM 'BEGIN CERTIFICATE' "
          + "blocks or a PKCS#12 trust store)");
    }
  }

  /**
   * Uses the given certificates as anchors.
   *
   * @param certificates at least one certificate
   * @return the anchors
   * @throws EparcoursClientException {@code CORE-0211} if empty
   */
  public static TrustAnchors of(Collection<X509Certificate> certificates) {
    return new TrustAnchors(Objects.requireNonNull(certificates, "certificates"),
        "the certificate list");
  }

  /**
   * Uses the given certificates as anchors.
   *
   * @param certificates at least one certificate
   * @return the anchors
   * @throws EparcoursClientException {@code CORE-0211} if none
   */
  public static TrustAnchors of(X509Certificate... certificates) {
    return of(List.of(certificates));
  }

  /**
   * Reads every certificate of a PEM file (concatenated {@code BEGIN CERTIFICATE} blocks).
   *
   * @param file the PEM file
   * @return the anchors
   * @throws EparcoursClientException {@code CORE-0201} unreadable file, {@code CORE-0210} not
   *     PEM certificates, {@code CORE-0211} no certificate
   */
  public static TrustAnchors fromPem(Path file) {
    Objects.requireNonNull(file, "file");
    return fromPem(Pkcs12Files.read(file),
        "anchors file " + file.getFileName());
  }

  /**
   * Reads every certificate of PEM text.
   *
   * @param pem concatenated {@code BEGIN CERTIFICATE} blocks
   * @return the anchors
   * @throws EparcoursClientException {@code CORE-0210} or {@code CORE-0211}
   */
  public static TrustAnchors fromPem(String pem) {
    return fromPem(pem.getBytes(StandardCharsets.US_ASCII), "PEM anchors");
  }

  /**
   * Reads every certificate of a PKCS#12 trust store (trusted certificate entries, and the chains
   * of key entries).
   *
   * @param file the PKCS#12 file
   * @param password the store password
   * @return the anchors
   * @throws EparcoursClientException {@code CORE-0201}, {@code 0202}, {@code 0203} as for key
   *     stores, {@code CORE-0211} no certificate
   */
  public static TrustAnchors fromPkcs12(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    return fromPkcs12(Pkcs12Files.read(file), password, "trust store " + file.getFileName());
  }

  /**
   * Reads every certificate of PKCS#12 bytes.
   *
   * @param pkcs12 the content
   * @param password the store password
   * @return the anchors
   * @throws EparcoursClientException as {@link #fromPkcs12(Path, char[])}
   */
  public static TrustAnchors fromPkcs12(byte[] pkcs12, char[] password) {
    return fromPkcs12(pkcs12, password, "PKCS#12 trust store");
  }

  /**
   * Checks that anchors suit an environment: in {@link Environment#PRODUCTION}, no anchor may be
   * a test authority (common name starting with {@code TEST}).
   *
   * @param environment the environment the anchors are for
   * @param anchors the vendor-provided anchors
   * @return {@code anchors}
   * @throws EparcoursClientException {@code CORE-0212} if a test anchor is configured for
   *     production
   */
  public static TrustAnchors forEnvironment(Environment environment, TrustAnchors anchors) {
    Objects.requireNonNull(environment, "environment");
    if (environment == Environment.PRODUCTION) {
      List<String> test = anchors.certificates.stream()
          .map(c -> c.getSubjectX500Principal().getName())
          .filter(TrustAnchors::isTestAuthority)
          .collect(Collectors.toList());
      if (!test.isEmpty()) {
        throw new EparcoursClientException(TlsErrorCodes.ANCHORS_WRONG_ENVIRONMENT,
            "the production trust anchors include test authorities " + test + "; configure "
                + "the production IGC-Santé anchors file for production");
      }
    }
    return anchors;
  }

  /** @return the anchor certificates, in file order, without duplicates */
  public List<X509Certificate> certificates() {
    return certificates;
  }

  /** @return the anchors as PKIX trust anchors */
  public Set<TrustAnchor> asPkixAnchors() {
    Set<TrustAnchor> set = new LinkedHashSet<>();
    certificates.forEach(c -> set.add(new TrustAnchor(c, null)));
    return Collections.unmodifiableSet(set);
  }

  /** @return a fresh in-memory key store with one trusted certificate entry per anchor */
  KeyStore toKeyStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("anchor-" + i, certificates.get(i));
      }
      return store;
    } catch (java.io.IOException | GeneralSecurityException e) {
      throw new EparcoursClientException(TlsErrorCodes.TLS_CONTEXT_FAILED, "the JDK cannot "
          + "build an in-memory trust store (" + e.getClass().getSimpleName() + ")", e, false);
    }
  }

  @Override
  public String toString() {
    return "TrustAnchors" + certificates.stream().map(c -> c.getSubjectX500Principal().getName())
        .collect(Collectors.toList());
  }

  private static boolean isTestAuthority(String distinguishedName) {
    try {
      for (Rdn rdn : new LdapName(distinguishedName).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")
            && String.valueOf(rdn.getValue()).toUpperCase(Locale.ROOT).startsWith("TEST")) {
          return true;
        }
      }
    } catch (InvalidNameException e) {
      return false;
    }
    return false;
  }

  private static TrustAnchors fromPem(byte[] content, String what) {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> list = new ArrayList<>();
      for (Certificate c : factory.generateCertificates(new ByteArrayInputStream(content))) {
        list.add((X509Certificate) c);
      }
      return new TrustAnchors(list, what);
    } catch (CertificateException e) {
      throw new EparcoursClientException(TlsErrorCodes.ANCHORS_UNREADABLE, what + " is not a "
          + "list of PEM or DER certificates (" + e.getClass().getSimpleName() + "); give "
          + "'-----BEGIN CERTIFICATE-----' blocks", e, false);
    }
  }

  private static TrustAnchors fromPkcs12(byte[] content, char[] password, String what) {
    KeyStore store = Pkcs12Files.open(content, Objects.requireNonNull(password,
        "password"), what);
    List<X509Certificate> list = new ArrayList<>();
    try {
      for (String alias : Collections.list(store.aliases())) {
        Certificate c = store.getCertificate(alias);
        if (c instanceof X509Certificate) {
          list.add((X509Certificate) c);
        }
      }
    } catch (GeneralSecurityException e) {
      throw Pkcs12Files.failure(TlsErrorCodes.NOT_PKCS12, what + " cannot be listed", e);
    }
    return new TrustAnchors(list, what);
  }
}
