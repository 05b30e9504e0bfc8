package io.github.eparcours.core.tls;

import io.github.eparcours.core.error.EparcoursClientException;
import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and how the server's certificate chain is checked against certificate revocation
 * lists (CRLs) during the TLS handshake.
 *
 * <ul>
 *   <li>{@link #none()} (default): no revocation check.
 *   <li>{@link #crls(Collection)}: check against CRLs the vendor supplies (e.g. the last
 *       IGC-Santé CRLs, downloaded by its own job): no network access during handshakes.
 *   <li>{@link #fetched(CrlSource)}: obtain the CRLs during handshakes, e.g. from the
 *       certificates' distribution points with {@link CrlSource#distributionPoints()}.
 * </ul>
 *
 * <p>Every certificate of the chain but the anchor must be covered by a CRL, else the handshake
 * fails, unless {@link #softFail()} is chosen (then a certificate <em>listed</em> as revoked still
 * fails, but a missing CRL is tolerated). OCSP is not used. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RevocationPolicy {

  private static final RevocationPolicy NONE = new RevocationPolicy(false, List.of(), null, false);

  private final boolean enabled;
  private final List<X509CRL> crls;
  private final CrlSource source;
  private final boolean softFail;

  private RevocationPolicy(boolean enabled, List<X509CRL> crls, CrlSource source,
      boolean softFail) {
    this.enabled = enabled;
    this.crls = List.copyOf(crls);
    this.source = source;
    this.softFail = softFail;
  }

  /**
   * No revocation check.
   *
   * @return the policy
   */
  public static RevocationPolicy none() {
    return NONE;
  }

  /**
   * Checks against the given CRLs only.
   *
   * @param crls the CRLs of the authorities of the chain
   * @return the policy (hard-fail)
   */
  public static RevocationPolicy crls(Collection<X509CRL> crls) {
    return new RevocationPolicy(true, new ArrayList<>(Objects.requireNonNull(crls, "crls")),
        null, false);
  }

  /**
   * Parses CRLs (PEM {@code X509 CRL} blocks or DER) for {@link #crls(Collection)}.
   *
   * @param content one or more CRLs
   * @return the CRLs
   * @throws EparcoursClientException {@code CORE-0213} if unreadable
   */
  public static List<X509CRL> parseCrls(byte[] content) {
    try {
      List<X509CRL> list = new ArrayList<>();
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (var crl : factory.generateCRLs(new ByteArrayInputStream(content))) {
        list.add((X509CRL) crl);
      }
      return list;
    } catch (CertificateException | CRLException e) {
      throw new EparcoursClientException(TlsErrorCodes.CRL_UNAVAILABLE, "the CRL content is "
          + "not a PEM or DER X.509 CRL (" + e.getClass().getSimpleName() + "); give the CRL "
          + "as published by the authority", e, false);
    }
  }

  /**
   * Obtains CRLs during handshakes from {@code source}.
   *
   * @param source a thread-safe, caching source
   * @return the policy (hard-fail)
   */
  public static RevocationPolicy fetched(CrlSource source) {
    return new RevocationPolicy(true, List.of(), Objects.requireNonNull(source, "source"), false);
  }

  /**
   * Returns this policy, tolerating certificates for which no CRL could be obtained.
   *
   * @return a soft-fail copy
   */
  public RevocationPolicy softFail() {
    return enabled ? new RevocationPolicy(true, crls, source, true) : this;
  }

  /** @return whether revocation is checked at all */
  public boolean enabled() {
    return enabled;
  }

  /** @return the supplied CRLs (empty for the other kinds) */
  public List<X509CRL> suppliedCrls() {
    return crls;
  }

  /** @return the source of CRLs fetched during handshakes, if this policy fetches */
  public Optional<CrlSource> source() {
    return Optional.ofNullable(source);
  }

  /** @return whether a missing CRL is tolerated */
  public boolean isSoftFail() {
    return softFail;
  }

  @Override
  public String toString() {
    if (!enabled) {
      return "RevocationPolicy[none]";
    }
    return "RevocationPolicy[" + (source != null ? "fetched" : crls.size() + " CRL(s)")
        + (softFail ? ", soft-fail" : ", hard-fail") + "]";
  }
}
