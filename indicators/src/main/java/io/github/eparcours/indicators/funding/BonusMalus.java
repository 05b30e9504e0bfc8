package io.github.eparcours.indicators.funding;

import io.github.eparcours.indicators.FundingException;
import io.github.eparcours.indicators.definition.Target;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * The bonus or penalty "of up to 3 % of the usage funding" tied to indicator 4.2 (DMPs with a
 * VSM). Immutable and thread-safe.
 *
 * @param indicatorId the indicator (regional-4.2)
 * @param rate the maximum rate (0.03)
 * @param base what the rate applies to
 * @param mode how much of the rate is applied
 */
public record BonusMalus(String indicatorId, BigDecimal rate, Base base, Mode mode) {

  /** Validates the parameters. */
  public BonusMalus {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(mode, "mode");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new FundingException("IND-0203", "bonus/penalty rate out of range",
          "the rate is a fraction within [0, 1]", "use e.g. 0.03 for 3 %");
    }
  }

  /**
   * The documented defaults: 3 % of the balance (the part of the funding tied to usage), in full
   * whichever way the target goes.
   *
   * @return the defaults
   */
  public static BonusMalus defaults() {
    return new BonusMalus("regional-4.2", new BigDecimal("0.03"), Base.BALANCE, Mode.FULL);
  }

  PaymentLine line(BigDecimal amount, List<MeasureReport> reports, RoundingRule rounding) {
    MeasureReport r = Verdicts.latest(reports, indicatorId);
    if ((r.verdict() != Verdict.MET && r.verdict() != Verdict.NOT_MET) || r.score() == null) {
      return new PaymentLine("bonus-malus " + indicatorId, BigDecimal.ZERO.setScale(
          rounding.scale()), "no verdict for " + indicatorId + " (" + r.verdict() + ")");
    }
    BigDecimal fraction = BigDecimal.ONE;
    Target target = r.target();
    if (mode == Mode.PROPORTIONAL && target.threshold().signum() > 0) {
      BigDecimal ratio = r.score().divide(target.threshold(), MathContext.DECIMAL128);
      fraction = ratio.subtract(BigDecimal.ONE).abs().min(BigDecimal.ONE);
    }
    BigDecimal signed = amount.multiply(rate).multiply(fraction);
    if (r.verdict() == Verdict.NOT_MET) {
      signed = signed.negate();
    }
    return new PaymentLine("bonus-malus " + indicatorId, rounding.apply(signed),
        (r.verdict() == Verdict.MET ? "bonus" : "penalty") + ": " + amount.toPlainString()
            + " x " + rate.toPlainString() + " x " + fraction.stripTrailingZeros().toPlainString()
            + " (score " + r.score().toPlainString() + ", target "
            + target.threshold().toPlainString() + ")");
  }

  /** What the rate applies to ("usage funding" is not defined further by the texts). */
  public enum Base {
    /** The balance paid on reaching the targets (default). */
    BALANCE,
    /** The whole lump sum. */
    TOTAL
  }

  /** How much of the rate applies ("up to 3 %"). */
  public enum Mode {
    /** The whole rate: +3 % when met, -3 % when missed (default). */
    FULL,
    /**
     * The rate times the relative gap to the target, capped at 1: a score of 1.5 % for a 2 %
     * target gives -0.75 %; 3 % for 2 % gives +1.5 %.
     */
    PROPORTIONAL
  }
}
