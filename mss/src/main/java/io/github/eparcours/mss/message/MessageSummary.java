package io.github.eparcours.mss.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a mailbox listing shows of one message, without downloading its body.
 *
 * @param uid the IMAP UID
 * @param messageIdValue the Message-ID, or null
 * @param fromValue the sender, or null
 * @param subject the subject, never null
 * @param sentDateValue the Date header, or null
 * @param size the size in bytes as the server reports it
 * @param flags the system flags set
 * @param cdaTypeCodes the {@code X-MSS-CODECDA} codes (the CDA metadata to show in the list)
 * @param acknowledgement whether the message is a DSN or MDN ({@code multipart/report})
 * @since 0.1
 */
public record MessageSummary(long uid, String messageIdValue, MssAddress fromValue,
    String subject, Instant sentDateValue, long size, Set<MessageFlag> flags,
    List<String> cdaTypeCodes, boolean acknowledgement) {

  /** Copies the collections. */
  public MessageSummary {
    flags = Set.copyOf(flags);
    cdaTypeCodes = List.copyOf(cdaTypeCodes);
  }

  /**
   * Returns the Message-ID.
   *
   * @return the id, or empty
   */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageIdValue);
  }

  /**
   * Returns the sender.
   *
   * @return the sender, or empty
   */
  public Optional<MssAddress> from() {
    return Optional.ofNullable(fromValue);
  }

  /**
   * Returns the Date header.
   *
   * @return the date, or empty
   */
  public Optional<Instant> sentDate() {
    return Optional.ofNullable(sentDateValue);
  }

  /** Shows no subject nor address. */
  @Override
  public String toString() {
    return "MessageSummary[uid=" + uid + ", " + size + " bytes, flags=" + flags + "]";
  }
}
