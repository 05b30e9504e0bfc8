package io.github.eparcours.indicators.funding;

import io.github.eparcours.indicators.FundingException;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The e-parcours lump sum: an amount per reference population (200,000 EUR per 300,000
 * inhabitants for care collectives, 800,000 EUR for complex-care support services (DAC)),
 * prorated to the population served; paid 60 % at start and 40 % when the usage targets are
 * reached; plus a bonus or penalty of up to 3 % of the usage funding on the regional indicator
 * 4.2. Immutable and thread-safe.
 *
 * @param id the rule's id
 * @param amountPerReference the amount for {@code referencePopulation} inhabitants
 * @param referencePopulation the reference population (300,000)
 * @param advanceShare the share paid at start (0.60)
 * @param balanceRule how the balance depends on the targets
 * @param requiredIndicators the indicators whose targets condition the balance
 * @param bonusMalus the 4.2 bonus/penalty, or null for none
 * @param rounding the rounding of each line
 */
public record EparcoursLumpSum(String id, BigDecimal amountPerReference, long referencePopulation,
    BigDecimal advanceShare, BalanceRule balanceRule, List<String> requiredIndicators,
    BonusMalus bonusMalus, RoundingRule rounding) {

  /** Validates the parameters. */
  public EparcoursLumpSum {
    Objects.requireNonNull(id, "id");
    Verdicts.nonNegative(amountPerReference, "amountPerReference");
    Objects.requireNonNull(balanceRule, "balanceRule");
    Objects.requireNonNull(rounding, "rounding");
    requiredIndicators = List.copyOf(requiredIndicators);
    if (referencePopulation <= 0 || advanceShare.signum() < 0
        || advanceShare.compareTo(BigDecimal.ONE) > 0) {
      throw new FundingException("IND-0202", "lump-sum parameters out of range",
          "the reference population must be positive and the advance share within [0, 1]",
          "use e.g. 300000 and 0.60");
    }
  }

  /**
   * The care-collective rule (CPTS and article-51 groupings): 200,000 EUR per 300,000
   * inhabitants, 60/40, balance when 7.1 and 7.2 are met, 4.2 bonus/penalty of 3 % of the
   * balance.
   *
   * @return the rule with its documented defaults
   */
  public static EparcoursLumpSum careCollective() {
    return new EparcoursLumpSum("eparcours-care-collective", new BigDecimal("200000"), 300_000,
        new BigDecimal("0.60"), BalanceRule.ALL_TARGETS_MET,
        List.of("eparcours-7.1", "eparcours-7.2"), BonusMalus.defaults(), RoundingRule.CENTS_HALF_UP);
  }

  /**
   * The DAC rule: 800,000 EUR per 300,000 inhabitants, 60/40, balance when 6.1 to 6.6 are met,
   * 4.2 bonus/penalty of 3 % of the balance.
   *
   * @return the rule with its documented defaults
   */
  public static EparcoursLumpSum dac() {
    return new EparcoursLumpSum("eparcours-dac", new BigDecimal("800000"), 300_000,
        new BigDecimal("0.60"), BalanceRule.ALL_TARGETS_MET,
        List.of("eparcours-6.1", "eparcours-6.2", "eparcours-6.3", "eparcours-6.4",
            "eparcours-6.5", "eparcours-6.6"), BonusMalus.defaults(), RoundingRule.CENTS_HALF_UP);
  }

  /**
   * Computes the statement.
   *
   * @param inhabitants the population served
   * @param reports the tenant's reports (the latest period of each indicator is used)
   * @return the statement: advance, balance, and the bonus or penalty line
   * @throws FundingException if a required indicator is missing ({@code IND-0201}) or the
   *     population is negative ({@code IND-0200})
   */
  public FundingStatement compute(long inhabitants, List<MeasureReport> reports) {
    Verdicts.nonNegative(BigDecimal.valueOf(inhabitants), "inhabitants");
    BigDecimal exact = amountPerReference.multiply(BigDecimal.valueOf(inhabitants))
        .divide(BigDecimal.valueOf(referencePopulation), MathContext.DECIMAL128);
    BigDecimal total = rounding.apply(exact);
    BigDecimal advance = rounding.apply(total.multiply(advanceShare));
    BigDecimal balanceMax = total.subtract(advance);
    int met = 0;
    for (String id : requiredIndicators) {
      if (Verdicts.latest(reports, id).verdict() == Verdict.MET) {
        met++;
      }
    }
    int required = requiredIndicators.size();
    BigDecimal balance;
    if (balanceRule == BalanceRule.ALL_TARGETS_MET) {
      balance = met == required ? balanceMax : BigDecimal.ZERO.setScale(rounding.scale());
    } else {
      balance = required == 0 ? balanceMax : rounding.apply(balanceMax
          .multiply(BigDecimal.valueOf(met))
          .divide(BigDecimal.valueOf(required), MathContext.DECIMAL128));
    }
    List<PaymentLine> lines = new ArrayList<>();
    lines.add(new PaymentLine("advance", advance, amountPerReference.toPlainString() + " x "
        + inhabitants + " / " + referencePopulation + " = " + total.toPlainString() + "; x "
        + advanceShare.toPlainString()));
    lines.add(new PaymentLine("balance", balance, "total - advance = " + balanceMax.toPlainString()
        + "; targets met " + met + "/" + required + " (" + balanceRule + ")"));
    Map<String, String> policies = new LinkedHashMap<>();
    policies.put("balance-rule", balanceRule.name());
    policies.put("rounding", rounding.toString());
    if (bonusMalus != null) {
      BigDecimal base = bonusMalus.base() == BonusMalus.Base.BALANCE ? balanceMax : total;
      lines.add(bonusMalus.line(base, reports, rounding));
      policies.put("bonus-malus", bonusMalus.mode() + " on " + bonusMalus.base() + ", rate "
          + bonusMalus.rate().toPlainString());
    }
    return new FundingStatement(id, lines, policies);
  }

  /** How the balance depends on the usage targets (the texts say "when targets are reached"). */
  public enum BalanceRule {
    /** The whole balance when every required target is met, nothing otherwise (default). */
    ALL_TARGETS_MET,
    /** The balance times the share of required targets met. */
    PRO_RATA_TARGETS_MET
  }
}
