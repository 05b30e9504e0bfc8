package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.mss.MssAuthenticationException;
import io.github.eparcours.mss.MssErrors;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLException;

/** Maps Jakarta Mail failures to the SDK's typed exceptions, messages without secrets. */
final class MailFailures {

  private MailFailures() {}

  static EparcoursException map(String what, MessagingException e, ErrorCode fallback) {
    if (e instanceof AuthenticationFailedException) {
      return new MssAuthenticationException(MssErrors.AUTHENTICATION_REFUSED,
          what + ": the server refused the credentials (certificate not trusted or expired, "
              + "or access token refused); check the mailbox's certificate or token", e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException || t instanceof GeneralSecurityException) {
        return new EparcoursClientException(MssErrors.TLS_FAILED,
            what + ": TLS handshake failed (" + t.getClass().getSimpleName() + ": "
                + t.getMessage() + "); check the trust anchors, the server name and that the "
                + "server offers TLS 1.2 or later", e, false);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return new EparcoursClientException(MssErrors.CONNECTION_FAILED,
            what + ": connection failed (" + t.getClass().getSimpleName() + "); check host, "
                + "port and network", e, true);
      }
    }
    if (e.getMessage() != null && e.getMessage().contains("STARTTLS")) {
      return new EparcoursClientException(MssErrors.TLS_FAILED,
          what + ": the server does not offer STARTTLS; use the implicit-TLS port", e, false);
    }
    return new EparcoursClientException(fallback, what + " failed: " + e.getMessage(), e, false);
  }
}
