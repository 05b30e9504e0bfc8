package io.github.eparcours.mss.ack;

import java.util.Locale;
import java.util.Optional;

/**
 * The per-recipient part of a delivery status notification (RFC 3464 section 2.3).
 *
 * @param finalRecipient the recipient address (without its {@code rfc822;} type)
 * @param action the raw action ({@code failed}, {@code delayed}, {@code delivered},
 *     {@code relayed}, {@code expanded}, or an extension)
 * @param status the enhanced status code, e.g. {@code 5.1.1}
 * @param diagnosticCode the remote server's diagnostic, or null
 * @since 0.1
 */
public record RecipientStatus(String finalRecipient, String action, String status,
    String diagnosticCode) {

  /**
   * Tells whether the message reached the recipient's mailbox (or was relayed onwards).
   *
   * @return true for {@code delivered} and {@code relayed}
   */
  public boolean delivered() {
    String a = action.toLowerCase(Locale.ROOT);
    return a.equals("delivered") || a.equals("relayed") || a.equals("expanded");
  }

  /**
   * Tells whether delivery failed for good.
   *
   * @return true for {@code failed}
   */
  public boolean failed() {
    return action.equalsIgnoreCase("failed");
  }

  /**
   * Returns the diagnostic code.
   *
   * @return the diagnostic, or empty
   */
  public Optional<String> diagnostic() {
    return Optional.ofNullable(diagnosticCode);
  }

  /** Redacts the recipient, which may be a patient address. */
  @Override
  public String toString() {
    return "RecipientStatus[" + action + ", " + status + "]";
  }
}
