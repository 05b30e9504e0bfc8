package io.github.eparcours.mss.internal;

import io.github.eparcours.mss.MssAuthenticationException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.spi.AccessTokenSupplier;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * Opens a connection with the mailbox's credentials: an empty password for SASL EXTERNAL (the
 * TLS client certificate speaks), or a token asked from the supplier each time, asked again once
 * if the server refuses it. The token lives only for the duration of the call.
 */
final class Authenticator {

  /** A connection attempt with a user name and a password (or token). */
  @FunctionalInterface
  interface Connect {
    void connect(String user, String password) throws MessagingException;
  }

  private final MssAuthentication auth;

  Authenticator(MssAuthentication auth) {
    this.auth = auth;
  }

  void connect(Connect action) throws MessagingException {
    AccessTokenSupplier tokens = auth.tokens().orElse(null);
    if (tokens == null) {
      action.connect(auth.username(), "");
      return;
    }
    try {
      action.connect(auth.username(), token(tokens, false));
    } catch (AuthenticationFailedException first) {
      try {
        action.connect(auth.username(), token(tokens, true));
      } catch (AuthenticationFailedException second) {
        second.addSuppressed(first);
        throw new MssAuthenticationException(MssErrors.AUTHENTICATION_REFUSED,
            "the server refused the access token, and the fresh one the supplier gave next; "
                + "check the token's audience, scope and the mailbox it is issued for", second);
      }
    }
  }

  private static String token(AccessTokenSupplier tokens, boolean previousRejected) {
    String token;
    try {
      token = tokens.accessToken(previousRejected);
    } catch (RuntimeException e) {
      throw new MssAuthenticationException(MssErrors.TOKEN_UNAVAILABLE,
          "the access-token supplier failed (" + e.getClass().getSimpleName()
              + "); check the Pro Santé Connect session", e);
    }
    if (token == null || token.isBlank()) {
      throw new MssAuthenticationException(MssErrors.TOKEN_UNAVAILABLE,
          "the access-token supplier returned no token; check the Pro Santé Connect session",
          null);
    }
    return token;
  }
}
