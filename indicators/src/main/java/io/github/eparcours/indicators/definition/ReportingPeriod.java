package io.github.eparcours.indicators.definition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A period an indicator is measured on: whole calendar days in a time zone, {@code [firstDay
 * 00:00, lastDay + 1 00:00)}. Immutable and thread-safe.
 *
 * @param firstDay the first day
 * @param lastDay the last day (inclusive)
 * @param zone the time zone the days are read in
 */
public record ReportingPeriod(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

  /** Validates the days. */
  public ReportingPeriod {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(zone, "zone");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("lastDay is before firstDay");
    }
  }

  /**
   * Returns the first instant of the period.
   *
   * @return the start
   */
  public Instant start() {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns the first instant after the period.
   *
   * @return the exclusive end
   */
  public Instant end() {
    return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * A short label: {@code 2024-Q1} for a calendar quarter, {@code 2024} for a year, otherwise
   * {@code 2024-01-01/2024-06-30}.
   *
   * @return the label
   */
  public String label() {
    boolean startsQuarter = firstDay.getDayOfMonth() == 1 && (firstDay.getMonthValue() - 1) % 3 == 0;
    if (startsQuarter && lastDay.equals(firstDay.plusMonths(3).minusDays(1))) {
      return firstDay.getYear() + "-Q" + ((firstDay.getMonthValue() - 1) / 3 + 1);
    }
    if (firstDay.getDayOfYear() == 1 && lastDay.equals(firstDay.plusYears(1).minusDays(1))) {
      return Integer.toString(firstDay.getYear());
    }
    return firstDay + "/" + lastDay;
  }
}
