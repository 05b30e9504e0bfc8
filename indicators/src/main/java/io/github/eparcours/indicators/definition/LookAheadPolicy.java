package io.github.eparcours.indicators.definition;

/**
 * How a deadline that runs past the end of the period is judged (6.2: first evaluation within a
 * month of opening, for a file opened on the last day of the quarter).
 */
public enum LookAheadPolicy {
  /**
   * Use every streamed fact up to the deadline, even after the period end (default); report
   * after the last deadline (one month after the quarter) for a final figure.
   */
  LOOK_AHEAD,
  /** Ignore facts after the period end: late deadlines are judged on what happened in the period. */
  CUT_AT_PERIOD_END
}
