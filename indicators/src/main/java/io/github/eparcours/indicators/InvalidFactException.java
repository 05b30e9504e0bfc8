package io.github.eparcours.indicators;

/**
 * A fact handed to the engine is unusable (codes {@code IND-0100} to {@code IND-0199}). The
 * message names the offending field, never its value. Immutable and thread-safe.
 */
public class InvalidFactException extends IndicatorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code the stable code
   * @param what what failed
   * @param why why
   * @param fix how to fix it
   */
  public InvalidFactException(String code, String what, String why, String fix) {
    super(code, what, why, fix);
  }
}
