package io.github.eparcours.indicators.definition;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How an indicator's period follows from the reporting date. Immutable and thread-safe.
 */
public sealed interface PeriodRule {

  /**
   * Resolves the period for a reporting date.
   *
   * @param reportingDate the date the report is made (the engine never reads the clock)
   * @param zone the time zone
   * @return the period
   */
  ReportingPeriod resolve(LocalDate reportingDate, ZoneId zone);

  /**
   * The last complete calendar quarter before the reporting date: on 1 April 2024 it is Q1 2024;
   * on 31 March 2024 it is Q4 2023.
   *
   * @return the rule
   */
  static PeriodRule previousQuarter() {
    return new PreviousQuarter();
  }

  /**
   * The last complete calendar year before the reporting date.
   *
   * @return the rule
   */
  static PeriodRule previousYear() {
    return new PreviousYear();
  }

  /**
   * A fixed window whatever the reporting date, e.g. a SUN-ES funding window of six months.
   *
   * @param firstDay the first day
   * @param lastDay the last day, inclusive
   * @return the rule
   */
  static PeriodRule fixed(LocalDate firstDay, LocalDate lastDay) {
    return new Fixed(firstDay, lastDay);
  }

  /** See {@link PeriodRule#previousQuarter()}. */
  record PreviousQuarter() implements PeriodRule {
    @Override
    public ReportingPeriod resolve(LocalDate reportingDate, ZoneId zone) {
      LocalDate quarterStart = reportingDate.withDayOfMonth(1)
          .withMonth((reportingDate.getMonthValue() - 1) / 3 * 3 + 1);
      return new ReportingPeriod(quarterStart.minusMonths(3), quarterStart.minusDays(1), zone);
    }
  }

  /** See {@link PeriodRule#previousYear()}. */
  record PreviousYear() implements PeriodRule {
    @Override
    public ReportingPeriod resolve(LocalDate reportingDate, ZoneId zone) {
      int year = reportingDate.getYear() - 1;
      return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), zone);
    }
  }

  /**
   * See {@link PeriodRule#fixed(LocalDate, LocalDate)}.
   *
   * @param firstDay the first day
   * @param lastDay the last day, inclusive
   */
  record Fixed(LocalDate firstDay, LocalDate lastDay) implements PeriodRule {
    /** Validates the days. */
    public Fixed {
      Objects.requireNonNull(firstDay, "firstDay");
      Objects.requireNonNull(lastDay, "lastDay");
    }

    @Override
    public ReportingPeriod resolve(LocalDate reportingDate, ZoneId zone) {
      return new ReportingPeriod(firstDay, lastDay, zone);
    }
  }
}
