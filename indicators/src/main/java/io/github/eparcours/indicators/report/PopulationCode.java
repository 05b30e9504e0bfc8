package io.github.eparcours.indicators.report;

/** The FHIR {@code measure-population} codes the engine produces. */
public enum PopulationCode {
  /** initial-population. */
  INITIAL_POPULATION("initial-population"),
  /** denominator. */
  DENOMINATOR("denominator"),
  /** denominator-exclusion. */
  DENOMINATOR_EXCLUSION("denominator-exclusion"),
  /** denominator-exception. */
  DENOMINATOR_EXCEPTION("denominator-exception"),
  /** numerator. */
  NUMERATOR("numerator"),
  /** numerator-exclusion. */
  NUMERATOR_EXCLUSION("numerator-exclusion");

  private final String code;

  PopulationCode(String code) {
    this.code = code;
  }

  /**
   * Returns the FHIR code.
   *
   * @return the code, e.g. {@code initial-population}
   */
  public String code() {
    return code;
  }
}
