package io.github.eparcours.indicators;

/**
 * A funding rule or its input is invalid (codes {@code IND-0200} to {@code IND-0299}): a negative
 * amount, a modulation out of its published range, an indicator the rule needs missing from the
 * results. Immutable and thread-safe.
 */
public class FundingException extends IndicatorException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code the stable code
   * @param what what failed
   * @param why why
   * @param fix how to fix it
   */
  public FundingException(String code, String what, String why, String fix) {
    super(code, what, why, fix);
  }
}
