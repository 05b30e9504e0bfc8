package io.github.eparcours.mss.ack;

import java.util.List;
import java.util.Optional;

/**
 * A delivery status notification (DSN, RFC 3464): the "accusé de réception" of MSSanté.
 *
 * @param originalMessageIdValue the Message-ID of the reported message, or null
 * @param reportingMta the reporting MTA, or null
 * @param recipients one entry per reported recipient, never null
 * @since 0.1
 */
public record DeliveryStatusNotification(String originalMessageIdValue, String reportingMta,
    List<RecipientStatus> recipients) implements Acknowledgement {

  /** Copies the recipients. */
  public DeliveryStatusNotification {
    recipients = List.copyOf(recipients);
  }

  @Override
  public Optional<String> originalMessageId() {
    return Optional.ofNullable(originalMessageIdValue);
  }

  /**
   * Tells whether every reported recipient received the message.
   *
   * @return true when all were delivered
   */
  public boolean allDelivered() {
    return !recipients.isEmpty() && recipients.stream().allMatch(RecipientStatus::delivered);
  }

  /**
   * Tells whether delivery failed for at least one recipient.
   *
   * @return true when one failed
   */
  public boolean anyFailed() {
    return recipients.stream().anyMatch(RecipientStatus::failed);
  }
}
