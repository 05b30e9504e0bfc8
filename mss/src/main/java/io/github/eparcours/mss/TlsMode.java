package io.github.eparcours.mss;

/**
 * How TLS is started on a mail connection. Plain-text connections are not offered: MSSanté
 * requires TLS 1.2 or later on every client connection.
 *
 * @since 0.1
 */
public enum TlsMode {
  /** Plain-text greeting, then {@code STARTTLS} before anything else (ports 587 and 143). */
  STARTTLS,
  /** TLS from the first byte (ports 465 and 993). */
  IMPLICIT
}
