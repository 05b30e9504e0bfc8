package io.github.eparcours.mss.spi;

/**
 * Supplies the Pro Santé Connect access token used to open a mailbox (SASL XOAUTH2 or
 * OAUTHBEARER).
 *
 * <p>The client calls it each time it opens a connection and never stores the token. If the
 * server refuses the token, the client calls it once more with {@code previousRejected = true}
 * (the token had expired, typically after 4 to 5 minutes) and retries once with the new token.
 *
 * <p>Implementations must be thread-safe: two connections (SMTP and IMAP) may ask at the same
 * time. They may cache and refresh tokens as they see fit.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AccessTokenSupplier {

  /**
   * Returns a currently valid access token.
   *
   * @param previousRejected true if the server has just refused the token this supplier gave:
   *     the supplier should not return it again but refresh it
   * @return the access token (the compact JWT), not null or blank
   * @throws RuntimeException if no token can be obtained; the client reports it as
   *     {@code MSS-0204}
   */
  String accessToken(boolean previousRejected);
}
