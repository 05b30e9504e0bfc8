package io.github.eparcours.mss.ack;

import java.util.Locale;
import java.util.Optional;

/**
 * A message disposition notification (MDN, RFC 8098): the "accusé de lecture" of MSSanté, also
 * used by receiving systems to report whether the documents were integrated, in the CI-SIS form
 * {@code automatic-action/MDN-sent-automatically; processed/Error: <code>^<label>}.
 *
 * @param originalMessageIdValue the Original-Message-ID field, or null
 * @param finalRecipient the Final-Recipient address (without {@code rfc822;}), or null
 * @param originalRecipient the Original-Recipient address, or null
 * @param disposition the raw Disposition field
 * @param actionMode e.g. {@code automatic-action} or {@code manual-action}
 * @param sendingMode e.g. {@code MDN-sent-automatically}
 * @param dispositionType e.g. {@code processed}, {@code displayed}, {@code deleted}
 * @param errorValue the CI-SIS error, or null
 * @since 0.1
 */
public record DispositionNotification(String originalMessageIdValue, String finalRecipient,
    String originalRecipient, String disposition, String actionMode, String sendingMode,
    String dispositionType, DispositionError errorValue) implements Acknowledgement {

  @Override
  public Optional<String> originalMessageId() {
    return Optional.ofNullable(originalMessageIdValue);
  }

  /**
   * Returns the CI-SIS error.
   *
   * @return the error, or empty on success
   */
  public Optional<DispositionError> error() {
    return Optional.ofNullable(errorValue);
  }

  /**
   * Tells whether the receiver processed the message without error.
   *
   * @return true for {@code processed} or {@code displayed} with no error
   */
  public boolean successful() {
    String t = dispositionType.toLowerCase(Locale.ROOT);
    return errorValue == null && (t.equals("processed") || t.equals("displayed"));
  }

  /** Redacts the recipients, which may be patient addresses. */
  @Override
  public String toString() {
    return "DispositionNotification[" + disposition + "]";
  }
}
