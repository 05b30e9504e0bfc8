package io.github.eparcours.mss.ack;

import java.util.Optional;

/**
 * A delivery ({@link DeliveryStatusNotification}, "accusé de réception") or disposition
 * ({@link DispositionNotification}, "accusé de lecture") notification about a sent message.
 *
 * @since 0.1
 */
public sealed interface Acknowledgement permits DeliveryStatusNotification,
    DispositionNotification {

  /**
   * Returns the Message-ID of the message this notification is about, which links it to the
   * {@code SendResult} of that message.
   *
   * @return the id with angle brackets, or empty when the report does not say
   */
  Optional<String> originalMessageId();
}
