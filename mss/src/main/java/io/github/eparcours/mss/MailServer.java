package io.github.eparcours.mss;

import io.github.eparcours.core.error.EparcoursClientException;
import java.util.Objects;

/**
 * Where one mail service of an MSSanté operator listens: host, port and TLS mode.
 *
 * <p>Immutable and thread-safe. The host name is also the name checked against the server
 * certificate, so give the name the operator's certificate carries, not an IP address, unless
 * the certificate names that address.
 *
 * @since 0.1
 */
public final class MailServer {

  private final String host;
  private final int port;
  private final TlsMode tlsMode;

  private MailServer(String host, int port, TlsMode tlsMode) {
    if (host == null || host.isBlank()) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "mail server host is blank: give the operator's SMTP or IMAP host name");
    }
    if (port < 1 || port > 65535) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "mail server port " + port + " is outside 1..65535");
    }
    this.host = host;
    this.port = port;
    this.tlsMode = Objects.requireNonNull(tlsMode, "tlsMode");
  }

  /**
   * A server reached in plain text and upgraded with {@code STARTTLS} (SMTP 587, IMAP 143).
   *
   * @param host the host name, not blank
   * @param port the port, 1..65535
   * @return the server
   * @throws EparcoursClientException {@code MSS-0001} if host or port is invalid
   */
  public static MailServer startTls(String host, int port) {
    return new MailServer(host, port, TlsMode.STARTTLS);
  }

  /**
   * A server reached over TLS from the first byte (SMTP 465, IMAP 993).
   *
   * @param host the host name, not blank
   * @param port the port, 1..65535
   * @return the server
   * @throws EparcoursClientException {@code MSS-0001} if host or port is invalid
   */
  public static MailServer implicitTls(String host, int port) {
    return new MailServer(host, port, TlsMode.IMPLICIT);
  }

  /**
   * Returns the host name.
   *
   * @return the host, never null
   */
  public String host() {
    return host;
  }

  /**
   * Returns the port.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns how TLS is started.
   *
   * @return the TLS mode, never null
   */
  public TlsMode tlsMode() {
    return tlsMode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MailServer other && host.equals(other.host) && port == other.port
        && tlsMode == other.tlsMode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port, tlsMode);
  }

  @Override
  public String toString() {
    return host + ":" + port + " (" + tlsMode + ")";
  }
}
