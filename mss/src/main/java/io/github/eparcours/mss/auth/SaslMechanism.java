package io.github.eparcours.mss.auth;

/**
 * The SASL mechanisms the client uses to open an MSSanté mailbox.
 *
 * @since 0.1
 */
public enum SaslMechanism {
  /** RFC 4422 EXTERNAL: the identity is the TLS client certificate (IGC-Santé software cert). */
  EXTERNAL,
  /** Google/Microsoft XOAUTH2 with a Pro Santé Connect access token. */
  XOAUTH2,
  /** RFC 7628 OAUTHBEARER with a Pro Santé Connect access token. */
  OAUTHBEARER
}
