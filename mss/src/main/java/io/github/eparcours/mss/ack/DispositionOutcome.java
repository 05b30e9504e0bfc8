package io.github.eparcours.mss.ack;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import java.util.Optional;

/**
 * What a receiving system reports in the MDN it owes: the message was processed, or processing
 * failed with a CI-SIS error code and label.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DispositionOutcome {

  private final String errorCode;
  private final String errorLabel;

  private DispositionOutcome(String errorCode, String errorLabel) {
    this.errorCode = errorCode;
    this.errorLabel = errorLabel;
  }

  /**
   * The message and its documents were processed.
   *
   * @return the outcome
   */
  public static DispositionOutcome processed() {
    return new DispositionOutcome(null, null);
  }

  /**
   * Processing failed (CI-SIS form {@code processed/Error: <code>^<label>}).
   *
   * @param code the error code (HL7 messageErrorCondition, e.g. {@code 902}), no {@code ^}
   * @param label the label, no {@code ^} nor line break
   * @return the outcome
   * @throws EparcoursClientException {@code MSS-0402} if code or label is blank or holds
   *     {@code ^} or a line break
   */
  public static DispositionOutcome error(String code, String label) {
    if (code == null || label == null || !code.matches("[A-Za-z0-9._-]+")
        || label.isBlank() || label.matches("(?s).*[\\^\\r\\n].*")) {
      throw new EparcoursClientException(MssErrors.DISPOSITION_NOT_POSSIBLE,
          "an MDN error needs a code of letters/digits and a one-line label without '^'");
    }
    return new DispositionOutcome(code, label);
  }

  /**
   * Returns the error code.
   *
   * @return the code, empty when processed
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the error label.
   *
   * @return the label, empty when processed
   */
  public Optional<String> errorLabel() {
    return Optional.ofNullable(errorLabel);
  }

  /**
   * Returns the Disposition field value.
   *
   * @return e.g. {@code automatic-action/MDN-sent-automatically; processed}
   */
  public String dispositionField() {
    String base = "automatic-action/MDN-sent-automatically; processed";
    return errorCode == null ? base : base + "/Error: " + errorCode + "^" + errorLabel;
  }

  @Override
  public String toString() {
    return "DispositionOutcome[" + dispositionField() + "]";
  }
}
