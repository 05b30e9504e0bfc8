package io.github.eparcours.indicators.report;

/** Whether an indicator met its target over a period. */
public enum Verdict {
  /** The score meets the target. */
  MET,
  /** The score misses the target. */
  NOT_MET,
  /** No target applies to this period. */
  NOT_APPLICABLE,
  /** The denominator is below the definition's minimum: no verdict can be given. */
  INSUFFICIENT_DATA
}
