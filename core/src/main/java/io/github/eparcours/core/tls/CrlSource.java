package io.github.eparcours.core.tls;

import io.github.eparcours.core.internal.tls.DistributionPointCrlSource;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * Provides the certificate revocation lists that may cover a certificate, for
 * {@link RevocationPolicy#fetched(CrlSource)}.
 *
 * <p>Implementations must be thread-safe and should cache: they are asked during each TLS
 * handshake. They may throw {@link io.github.eparcours.core.error.EparcoursClientException}
 * ({@link TlsErrorCodes#CRL_UNAVAILABLE}); the handshake then fails, unless the policy is
 * soft-fail.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CrlSource {

  /**
   * Returns the CRLs that may list {@code certificate} (typically its issuer's current CRL).
   *
   * @param certificate a certificate of the chain being checked (not a trust anchor)
   * @return the CRLs, possibly empty; never null
   */
  Collection<X509CRL> crlsFor(X509Certificate certificate);

  /**
   * Downloads the CRLs named by each certificate's CRL distribution points extension
   * ({@code http} URIs), and keeps each until its {@code nextUpdate}.
   *
   * @param timeout the time allowed per download
   * @param maxCrlBytes the largest CRL accepted
   * @param clock the clock deciding when a cached CRL is stale
   * @return a thread-safe, caching source
   */
  static CrlSource distributionPoints(Duration timeout, long maxCrlBytes, Clock clock) {
    return new DistributionPointCrlSource(timeout, maxCrlBytes, clock);
  }

  /**
   * {@link #distributionPoints(Duration, long, Clock)} with a 10 s timeout, a 32 MiB limit and
   * the system clock.
   *
   * @return a thread-safe, caching source
   */
  static CrlSource distributionPoints() {
    return distributionPoints(Duration.ofSeconds(10), 32L * 1024 * 1024, Clock.systemUTC());
  }
}
