package io.github.eparcours.core.error;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable, documented identifier of one kind of failure, such as {@code CORE-0101}.
 *
 * <p>Codes never change meaning between releases: vendors may switch on them, log them and quote
 * them to support. The prefix names the module ({@code CORE}, {@code DMP}, {@code MSS},
 * {@code ROR}, {@code IND}) and the four digits the failure within it.
 *
 * <p>Immutable and thread-safe. Never null in any SDK API.
 *
 * @param value the code, {@code PREFIX-NNNN}
 * @since 0.1
 */
public record ErrorCode(String value) implements java.io.Serializable {

  private static final Pattern FORM = Pattern.compile("[A-Z]{2,8}-\\d{4}");

  /**
   * Checks the code's form.
   *
   * @throws IllegalArgumentException if {@code value} is not of the form {@code PREFIX-NNNN}
   */
  public ErrorCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "error code '" + value + "' is not of the form PREFIX-NNNN (e.g. CORE-0001)");
    }
  }

  /**
   * Returns the code for {@code value}.
   *
   * @param value the code, {@code PREFIX-NNNN}
   * @return the code
   */
  public static ErrorCode of(String value) {
    return new ErrorCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
