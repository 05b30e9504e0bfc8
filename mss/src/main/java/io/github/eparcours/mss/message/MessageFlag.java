package io.github.eparcours.mss.message;

/**
 * The IMAP system flags (RFC 3501 section 2.3.2) the client can set or clear.
 *
 * @since 0.1
 */
public enum MessageFlag {
  /** {@code \Seen}: the message was read. */
  SEEN,
  /** {@code \Answered}: the message was replied to. */
  ANSWERED,
  /** {@code \Flagged}: marked for attention. */
  FLAGGED,
  /** {@code \Deleted}: marked for deletion at the next expunge. */
  DELETED
}
