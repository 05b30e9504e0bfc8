package io.github.eparcours.indicators.definition;

/** How an indicator's score is computed (the FHIR measure-scoring values used here). */
public enum Scoring {
  /**
   * {@code (numerator - numerator exclusion) / (denominator - denominator exclusion - denominator
   * exception)}.
   */
  PROPORTION,
  /** The size of the initial population, or the sum of the observation over it. */
  COUNT,
  /** 1 when the numerator is not empty, 0 otherwise. */
  BOOLEAN
}
