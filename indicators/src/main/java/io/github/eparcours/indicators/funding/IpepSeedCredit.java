package io.github.eparcours.indicators.funding;

import io.github.eparcours.indicators.FundingException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * IPEP (article 51) seed credits: a base amount between 30,000 and 130,000 EUR, modulated from 50
 * to 100 % by the patient base (ceiling 50,000 patients), adjusted by up to ±20 % for the
 * group's pluriprofessional character, paid in two halves. Immutable and thread-safe.
 *
 * @param minimum the smallest base amount (30,000)
 * @param maximum the largest base amount (130,000)
 * @param floor the smallest modulation (0.50)
 * @param patientCeiling the patient base giving a modulation of 100 % (50,000)
 * @param maxAdjustment the largest pluriprofessional adjustment, either way (0.20)
 * @param modulation how the patient base gives the modulation
 * @param firstShare the share paid first (0.50)
 * @param rounding the rounding of each line
 */
public record IpepSeedCredit(BigDecimal minimum, BigDecimal maximum, BigDecimal floor,
    long patientCeiling, BigDecimal maxAdjustment, Modulation modulation, BigDecimal firstShare,
    RoundingRule rounding) {

  /** Validates the parameters. */
  public IpepSeedCredit {
    Objects.requireNonNull(modulation, "modulation");
    Objects.requireNonNull(rounding, "rounding");
    Verdicts.nonNegative(minimum, "minimum");
    if (maximum.compareTo(minimum) < 0 || patientCeiling <= 0) {
      throw new FundingException("IND-0212", "IPEP parameters out of range",
          "the maximum must not be below the minimum and the ceiling must be positive",
          "use the defaults of IpepSeedCredit.defaults()");
    }
  }

  /**
   * The documented defaults: 30,000–130,000 EUR, 50–100 % proportional to the patient base with a
   * floor, ceiling 50,000 patients, ±20 %, 50/50, cents half up.
   *
   * @return the rule
   */
  public static IpepSeedCredit defaults() {
    return new IpepSeedCredit(new BigDecimal("30000"), new BigDecimal("130000"),
        new BigDecimal("0.50"), 50_000, new BigDecimal("0.20"),
        Modulation.PROPORTIONAL_WITH_FLOOR, new BigDecimal("0.50"), RoundingRule.CENTS_HALF_UP);
  }

  /**
   * Computes the statement.
   *
   * @param baseAmount the base amount granted, within [minimum, maximum]
   * @param patientBase the combined patient base of the group's médecins traitants
   * @param pluriprofessionalAdjustment the adjustment within [-maxAdjustment, +maxAdjustment],
   *     e.g. 0.10 for +10 %
   * @return the two payment lines
   * @throws FundingException if the base is out of range ({@code IND-0210}), the adjustment is
   *     out of range ({@code IND-0211}) or the patient base is negative ({@code IND-0200})
   */
  public FundingStatement compute(BigDecimal baseAmount, long patientBase,
      BigDecimal pluriprofessionalAdjustment) {
    if (baseAmount.compareTo(minimum) < 0 || baseAmount.compareTo(maximum) > 0) {
      throw new FundingException("IND-0210", "IPEP base amount out of range",
          "the seed credit base lies between " + minimum.toPlainString() + " and "
              + maximum.toPlainString() + " EUR", "pass the amount granted by the ARS");
    }
    if (pluriprofessionalAdjustment.abs().compareTo(maxAdjustment) > 0) {
      throw new FundingException("IND-0211", "IPEP pluriprofessional adjustment out of range",
          "it lies within plus or minus " + maxAdjustment.toPlainString(),
          "pass e.g. 0.10 for +10 %");
    }
    Verdicts.nonNegative(BigDecimal.valueOf(patientBase), "patientBase");
    BigDecimal share = BigDecimal.valueOf(Math.min(patientBase, patientCeiling))
        .divide(BigDecimal.valueOf(patientCeiling), MathContext.DECIMAL128);
    BigDecimal coefficient = modulation == Modulation.PROPORTIONAL_WITH_FLOOR
        ? share.max(floor)
        : floor.add(BigDecimal.ONE.subtract(floor).multiply(share));
    BigDecimal total = rounding.apply(baseAmount.multiply(coefficient)
        .multiply(BigDecimal.ONE.add(pluriprofessionalAdjustment)));
    BigDecimal first = rounding.apply(total.multiply(firstShare));
    String basis = baseAmount.toPlainString() + " x " + coefficient.stripTrailingZeros()
        .toPlainString() + " x (1 + " + pluriprofessionalAdjustment.toPlainString() + ") = "
        + total.toPlainString();
    return new FundingStatement("ipep-seed-credit", List.of(
        new PaymentLine("first instalment", first, basis + "; x " + firstShare.toPlainString()),
        new PaymentLine("second instalment", total.subtract(first), "total - first instalment")),
        Map.of("modulation", modulation.name(), "rounding", rounding.toString()));
  }

  /** How the patient base gives the 50–100 % modulation (the texts give only the range). */
  public enum Modulation {
    /** {@code max(floor, min(patients, ceiling) / ceiling)} (default). */
    PROPORTIONAL_WITH_FLOOR,
    /** {@code floor + (1 - floor) x min(patients, ceiling) / ceiling}. */
    LINEAR_FROM_FLOOR
  }
}
