package io.github.eparcours.indicators.funding;

import io.github.eparcours.indicators.FundingException;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * SUN-ES funding for one window: for each domain, the amount notified by the ARS is paid as an
 * advance (a share, 30 % by default) and a balance paid when the domain's feed-rate target
 * ({@code sun-es-<domain>}) is met. The advance is not recovered by this rule when the target is
 * missed. Immutable and thread-safe.
 *
 * @param advanceShare the advance share, within [0, 1] (default 0.30, not verified against the
 *     guide of 20 May 2022: pass the notified figure)
 * @param rounding the rounding of each line
 */
public record SunEsFunding(BigDecimal advanceShare, RoundingRule rounding) {

  /** Validates the parameters. */
  public SunEsFunding {
    Objects.requireNonNull(rounding, "rounding");
    if (advanceShare.signum() < 0 || advanceShare.compareTo(BigDecimal.ONE) > 0) {
      throw new FundingException("IND-0204", "SUN-ES advance share out of range",
          "the share is a fraction within [0, 1]", "use e.g. 0.30");
    }
  }

  /**
   * The documented defaults: 30 % advance, cents half up.
   *
   * @return the rule
   */
  public static SunEsFunding defaults() {
    return new SunEsFunding(new BigDecimal("0.30"), RoundingRule.CENTS_HALF_UP);
  }

  /**
   * Computes the statement.
   *
   * @param amountsByDomain the notified amount per domain (e.g. {@code discharge})
   * @param reports the establishment's reports, with {@code sun-es-<domain>} for each domain
   * @return an advance and a balance line per domain, by domain name
   * @throws FundingException if a domain's indicator is missing ({@code IND-0201}) or an amount
   *     is negative ({@code IND-0200})
   */
  public FundingStatement compute(Map<String, BigDecimal> amountsByDomain,
      List<MeasureReport> reports) {
    List<PaymentLine> lines = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : new TreeMap<>(amountsByDomain).entrySet()) {
      String domain = e.getKey();
      BigDecimal amount = rounding.apply(e.getValue());
      Verdicts.nonNegative(amount, "amount of " + domain);
      BigDecimal advance = rounding.apply(amount.multiply(advanceShare));
      MeasureReport r = Verdicts.latest(reports, "sun-es-" + domain);
      boolean met = r.verdict() == Verdict.MET;
      BigDecimal balance = met ? amount.subtract(advance) : BigDecimal.ZERO.setScale(
          rounding.scale());
      lines.add(new PaymentLine("advance " + domain, advance, amount.toPlainString() + " x "
          + advanceShare.toPlainString()));
      lines.add(new PaymentLine("balance " + domain, balance, "amount - advance = "
          + amount.subtract(advance).toPlainString() + "; feed-rate target " + r.verdict()));
    }
    return new FundingStatement("sun-es", lines, Map.of("advance-share",
        advanceShare.toPlainString(), "rounding", rounding.toString(),
        "advance-on-missed-target", "kept"));
  }
}
