package io.github.eparcours.indicators.definition;

/** When the size of a care team is measured for 6.4. */
public enum CareTeamPolicy {
  /** The team as it stands at the end of the period (default). */
  AT_PERIOD_END,
  /** Every professional who was a member at some moment of the period. */
  PRESENT_DURING_PERIOD
}
