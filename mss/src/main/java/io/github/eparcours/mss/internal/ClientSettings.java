package io.github.eparcours.mss.internal;

import io.github.eparcours.mss.MailServer;
import io.github.eparcours.mss.auth.MssAuthentication;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * The validated settings of a client, as {@code MssClient.Builder} hands them over; immutable.
 *
 * @param smtp the SMTP submission server, or null
 * @param imap the IMAP server, or null
 * @param sslContext the TLS context
 * @param protocols the TLS protocols offered
 * @param authentication the authentication
 * @param productReference the X-MSS-NIL product reference
 * @param connectTimeout the connect time-out
 * @param readTimeout the read time-out
 * @param maxMessageBytes the client's size cap, 0 for none
 * @param heloName the EHLO name
 * @param clock the clock
 */
public record ClientSettings(MailServer smtp, MailServer imap, SSLContext sslContext,
    List<String> protocols, MssAuthentication authentication, String productReference,
    Duration connectTimeout, Duration readTimeout, long maxMessageBytes, String heloName,
    Clock clock) {

  /** Copies the protocols. */
  public ClientSettings {
    protocols = List.copyOf(protocols);
  }
}
