package io.github.eparcours.indicators.definition;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A threshold a score is compared with, e.g. {@code >= 0.60}. The comparison is exact: for a
 * proportion it compares {@code numerator} with {@code threshold x denominator}, never a rounded
 * score. Immutable and thread-safe.
 *
 * @param comparator how the score is compared
 * @param threshold the threshold, as a fraction for proportions (0.60 for 60 %)
 */
public record Target(Comparator comparator, BigDecimal threshold) {

  /** Validates the components. */
  public Target {
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(threshold, "threshold");
  }

  /**
   * A target "at least".
   *
   * @param threshold the threshold as a decimal string, e.g. {@code "0.60"}
   * @return the target
   */
  public static Target atLeast(String threshold) {
    return new Target(Comparator.AT_LEAST, new BigDecimal(threshold));
  }

  /**
   * Tells whether {@code numerator / denominator} meets the target, exactly.
   *
   * @param numerator the numerator
   * @param denominator the denominator, positive
   * @return true if met
   */
  public boolean isMet(long numerator, long denominator) {
    int c = BigDecimal.valueOf(numerator)
        .compareTo(threshold.multiply(BigDecimal.valueOf(denominator)));
    return comparator.accepts(c);
  }

  /** How a score is compared with the threshold. */
  public enum Comparator {
    /** score >= threshold. */
    AT_LEAST(">="),
    /** score > threshold. */
    GREATER_THAN(">"),
    /** score <= threshold. */
    AT_MOST("<="),
    /** score < threshold. */
    LESS_THAN("<");

    private final String symbol;

    Comparator(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Returns the symbol, e.g. {@code >=}.
     *
     * @return the symbol
     */
    public String symbol() {
      return symbol;
    }

    boolean accepts(int comparison) {
      switch (this) {
        case AT_LEAST:
          return comparison >= 0;
        case GREATER_THAN:
          return comparison > 0;
        case AT_MOST:
          return comparison <= 0;
        default:
          return comparison < 0;
      }
    }
  }
}
