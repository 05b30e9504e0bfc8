package io.github.eparcours.mss;

/**
 * What the server accepted when a message was sent.
 *
 * @param messageId the Message-ID of the sent message: acknowledgements refer to it
 * @param acceptedRecipients how many recipients the server accepted
 * @param deliveryStatusRequested whether DSN was requested on the envelope (the server
 *     advertised {@code DSN} and the message asked for it)
 * @param size the size of the message on the wire, in bytes
 * @param serverReply the server's last reply line (e.g. {@code 250 2.0.0 Ok: queued as ...})
 * @since 0.1
 */
public record SendResult(String messageId, int acceptedRecipients,
    boolean deliveryStatusRequested, long size, String serverReply) {}
