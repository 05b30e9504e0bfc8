package io.github.eparcours.indicators.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a funding statement: what is paid (or deducted), how much, and how it was computed.
 * Immutable.
 *
 * @param label what the line is, e.g. {@code advance}
 * @param amount the amount in euros, rounded (negative for a penalty)
 * @param basis how the amount was computed, in words and figures
 */
public record PaymentLine(String label, BigDecimal amount, String basis) {
  /** Validates the components. */
  public PaymentLine {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(basis, "basis");
  }
}
