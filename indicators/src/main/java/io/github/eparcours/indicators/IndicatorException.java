package io.github.eparcours.indicators;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Base of every exception the indicators module throws. It mirrors the SDK's error model without
 * depending on it (the module depends on the JDK only): a stable code {@code IND-NNNN} and a
 * message saying what failed, why, and how to fix it. Messages never contain subject identifiers
 * nor any patient data.
 *
 * <p>Immutable and thread-safe.
 */
public class IndicatorException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final Pattern CODE = Pattern.compile("IND-\\d{4}");

  private final String code;

  /**
   * Creates an exception.
   *
   * @param code the stable code, {@code IND-} followed by four digits
   * @param what what failed
   * @param why why it failed
   * @param fix how to fix it
   * @throws IllegalArgumentException if the code is malformed
   */
  public IndicatorException(String code, String what, String why, String fix) {
    super(check(code) + ": " + Objects.requireNonNull(what, "what") + ": "
        + Objects.requireNonNull(why, "why") + ". Fix: " + Objects.requireNonNull(fix, "fix"));
    this.code = code;
  }

  private static String check(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("error code must look like IND-0001");
    }
    return code;
  }

  /**
   * Returns the stable code of this failure, e.g. {@code IND-0001}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }
}
