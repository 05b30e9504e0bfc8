package io.github.eparcours.mss.auth;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.spi.AccessTokenSupplier;
import java.util.Objects;
import java.util.Optional;

/**
 * How the client proves the mailbox's identity to the operator: an IGC-Santé client certificate
 * (application and organisational mailboxes) or a Pro Santé Connect access token (personal and
 * organisational mailboxes).
 *
 * <p>Immutable and thread-safe. Holds no secret: the certificate's private key stays in the
 * caller's {@link javax.net.ssl.SSLContext} and tokens are asked from the supplier each time.
 *
 * @since 0.1
 */
public final class MssAuthentication {

  private final SaslMechanism mechanism;
  private final String username;
  private final AccessTokenSupplier tokens;

  private MssAuthentication(SaslMechanism mechanism, String username, AccessTokenSupplier tokens) {
    if (username == null || username.isBlank()) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "authentication username is blank: give the mailbox address");
    }
    this.mechanism = mechanism;
    this.username = username;
    this.tokens = tokens;
  }

  /**
   * Authentication by the TLS client certificate (SASL EXTERNAL). The certificate and its key
   * come from the key managers of the client's TLS configuration.
   *
   * @param mailbox the mailbox address the certificate stands for, not blank
   * @return the authentication
   * @throws EparcoursClientException {@code MSS-0001} if {@code mailbox} is blank
   */
  public static MssAuthentication clientCertificate(String mailbox) {
    return new MssAuthentication(SaslMechanism.EXTERNAL, mailbox, null);
  }

  /**
   * Authentication by Pro Santé Connect access token over SASL XOAUTH2 (the mechanism the
   * Ségur requirements name).
   *
   * @param mailbox the mailbox address, not blank
   * @param tokens the token supplier, not null
   * @return the authentication
   * @throws EparcoursClientException {@code MSS-0001} if {@code mailbox} is blank
   */
  public static MssAuthentication xoauth2(String mailbox, AccessTokenSupplier tokens) {
    return new MssAuthentication(SaslMechanism.XOAUTH2, mailbox,
        Objects.requireNonNull(tokens, "tokens"));
  }

  /**
   * Authentication by Pro Santé Connect access token over SASL OAUTHBEARER (RFC 7628).
   *
   * @param mailbox the mailbox address, not blank
   * @param tokens the token supplier, not null
   * @return the authentication
   * @throws EparcoursClientException {@code MSS-0001} if {@code mailbox} is blank
   */
  public static MssAuthentication oauthBearer(String mailbox, AccessTokenSupplier tokens) {
    return new MssAuthentication(SaslMechanism.OAUTHBEARER, mailbox,
        Objects.requireNonNull(tokens, "tokens"));
  }

  /**
   * Returns the SASL mechanism.
   *
   * @return the mechanism, never null
   */
  public SaslMechanism mechanism() {
    return mechanism;
  }

  /**
   * Returns the mailbox address used as SASL authentication identity.
   *
   * @return the username, never null
   */
  public String username() {
    return username;
  }

  /**
   * Returns the token supplier, for the token mechanisms.
   *
   * @return the supplier, empty for {@link SaslMechanism#EXTERNAL}
   */
  public Optional<AccessTokenSupplier> tokens() {
    return Optional.ofNullable(tokens);
  }

  @Override
  public String toString() {
    return "MssAuthentication[" + mechanism + " as " + username + "]";
  }
}
