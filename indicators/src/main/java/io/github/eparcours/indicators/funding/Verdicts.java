package io.github.eparcours.indicators.funding;

import io.github.eparcours.indicators.FundingException;
import io.github.eparcours.indicators.report.MeasureReport;
import java.util.Comparator;
import java.util.List;

/** Finds the report a funding rule depends on (the latest period of an indicator). */
final class Verdicts {

  private Verdicts() {}

  static MeasureReport latest(List<MeasureReport> reports, String indicatorId) {
    return reports.stream().filter(r -> r.indicatorId().equals(indicatorId))
        .max(Comparator.comparing(r -> r.period().lastDay()))
        .orElseThrow(() -> new FundingException("IND-0201", "indicator " + indicatorId
            + " is missing from the results", "the funding rule depends on its verdict",
            "evaluate " + indicatorId + " for the tenant before applying the rule"));
  }

  static void nonNegative(java.math.BigDecimal amount, String name) {
    if (amount.signum() < 0) {
      throw new FundingException("IND-0200", name + " is negative",
          "funding amounts and populations are never negative", "pass a positive " + name);
    }
  }
}
