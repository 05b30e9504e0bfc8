package io.github.eparcours.indicators;

/**
 * An indicator definition, period rule, target or engine configuration is inconsistent (codes
 * {@code IND-0001} to {@code IND-0099}). Thrown when the definition or engine is built, never
 * half-way through an evaluation. Immutable and thread-safe.
 */
public class InvalidDefinitionException extends IndicatorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code the stable code
   * @param what what failed
   * @param why why
   * @param fix how to fix it
   */
  public InvalidDefinitionException(String code, String what, String why, String fix) {
    super(code, what, why, fix);
  }
}
