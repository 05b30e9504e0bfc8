package io.github.eparcours.indicators.definition;

/**
 * Whether a fact dated exactly at the end of a period belongs to it. The texts do not say; the
 * default, {@link #END_EXCLUSIVE}, puts a fact at midnight on the first day of the next quarter in
 * the next quarter, so consecutive quarters never count the same fact twice.
 */
public enum BoundaryPolicy {
  /** Periods are {@code [start, end)} (default). */
  END_EXCLUSIVE,
  /** Periods are {@code [start, end]}: a fact exactly at the end counts in both quarters. */
  END_INCLUSIVE
}
