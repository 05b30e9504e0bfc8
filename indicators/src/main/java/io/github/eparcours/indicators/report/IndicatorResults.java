package io.github.eparcours.indicators.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every report of one evaluation, sorted by tenant, indicator and period. Immutable and
 * thread-safe; two results are equal when all their reports are.
 *
 * @param reports the reports
 */
public record IndicatorResults(List<MeasureReport> reports) {

  /** Copies and sorts the reports. */
  public IndicatorResults {
    reports = reports.stream().sorted(Comparator.comparing(MeasureReport::tenant)
        .thenComparing(MeasureReport::indicatorId)
        .thenComparing(r -> r.period().firstDay())).toList();
  }

  /**
   * Returns the reports of one tenant.
   *
   * @param tenant the tenant
   * @return the reports, never null
   */
  public List<MeasureReport> forTenant(String tenant) {
    return reports.stream().filter(r -> r.tenant().equals(tenant)).toList();
  }

  /**
   * Returns one report (the earliest period when several were evaluated).
   *
   * @param tenant the tenant
   * @param indicatorId the indicator
   * @return the report, or empty
   */
  public Optional<MeasureReport> find(String tenant, String indicatorId) {
    return reports.stream()
        .filter(r -> r.tenant().equals(tenant) && r.indicatorId().equals(indicatorId))
        .findFirst();
  }
}
