package io.github.eparcours.dmp.soap;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The WS-Addressing headers of one SOAP message: Action, MessageID, To, and RelatesTo on
 * replies.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WsAddressing {

  private final String action;
  private final String messageId;
  private final String to;
  private final String relatesTo;

  private WsAddressing(String action, String messageId, String to, String relatesTo) {
    this.action = Objects.requireNonNull(action, "action");
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.to = to;
    this.relatesTo = relatesTo;
  }

  /**
   * Returns the headers of a new request, with a fresh {@code urn:uuid:} MessageID.
   *
   * @param action the WS-Addressing Action
   * @param to the endpoint address
   * @return the headers
   */
  public static WsAddressing request(String action, String to) {
    return new WsAddressing(action, newMessageId(), Objects.requireNonNull(to, "to"), null);
  }

  /**
   * Returns the headers of a reply to a request.
   *
   * @param action the reply Action (by convention the request Action + {@code Response})
   * @param requestMessageId the MessageID of the request answered
   * @return the headers
   */
  public static WsAddressing reply(String action, String requestMessageId) {
    return new WsAddressing(action, newMessageId(), null,
        Objects.requireNonNull(requestMessageId, "requestMessageId"));
  }

  /**
   * Returns headers as read from a message.
   *
   * @param action the Action
   * @param messageId the MessageID
   * @param to the To, or null
   * @param relatesTo the RelatesTo, or null
   * @return the headers
   */
  public static WsAddressing of(String action, String messageId, String to, String relatesTo) {
    return new WsAddressing(action, messageId, to, relatesTo);
  }

  /**
   * Returns a new {@code urn:uuid:} message identifier.
   *
   * @return the identifier
   */
  public static String newMessageId() {
    return "urn:uuid:" + UUID.randomUUID();
  }

  /**
   * Returns the Action.
   *
   * @return the action URI
   */
  public String action() {
    return action;
  }

  /**
   * Returns the MessageID.
   *
   * @return the identifier
   */
  public String messageId() {
    return messageId;
  }

  /**
   * Returns the To address.
   *
   * @return the address, empty on replies
   */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Returns the MessageID this message answers.
   *
   * @return the identifier, empty on requests
   */
  public Optional<String> relatesTo() {
    return Optional.ofNullable(relatesTo);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WsAddressing)) {
      return false;
    }
    WsAddressing x = (WsAddressing) o;
    return action.equals(x.action) && messageId.equals(x.messageId) && Objects.equals(to, x.to)
        && Objects.equals(relatesTo, x.relatesTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, messageId, to, relatesTo);
  }

  @Override
  public String toString() {
    return "WsAddressing[" + action + ", " + messageId
        + (relatesTo == null ? "" : ", relatesTo " + relatesTo) + "]";
  }
}
