package io.github.eparcours.indicators.funding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How amounts are rounded. Funding arithmetic is exact ({@link BigDecimal}); divisions that do not
 * terminate (a proration by 300,000 inhabitants) keep 34 significant digits ({@link
 * MathContext#DECIMAL128}); each payable line is rounded once by this rule, and a balance is
 * computed as "total minus advance" so the lines always add up to the total. Immutable.
 *
 * @param scale the number of decimals kept (2 for euro cents)
 * @param mode the rounding mode
 */
public record RoundingRule(int scale, RoundingMode mode) {

  /** Euro cents, half up (the usual rule of French public accounting): the default. */
  public static final RoundingRule CENTS_HALF_UP = new RoundingRule(2, RoundingMode.HALF_UP);

  /** Validates the components. */
  public RoundingRule {
    Objects.requireNonNull(mode, "mode");
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("UNNECESSARY cannot round a prorated amount");
    }
  }

  /**
   * Rounds an amount.
   *
   * @param amount the exact amount
   * @return the rounded amount
   */
  public BigDecimal apply(BigDecimal amount) {
    return amount.setScale(scale, mode);
  }

  @Override
  public String toString() {
    return scale + " decimals, " + mode;
  }
}
