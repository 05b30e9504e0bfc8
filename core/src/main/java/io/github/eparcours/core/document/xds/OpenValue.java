package io.github.eparcours.core.document.xds;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value of an open XDS vocabulary: the wire value is kept as received, known to the SDK or
 * not, and two values of the same type are equal when their wire values are.
 *
 * <p>Immutable and thread-safe.
 */
abstract class OpenValue {

  private final String value;

  OpenValue(String value) {
    this.value = value;
  }

  /**
   * Returns the known constant for {@code value}, or a new instance that keeps it as received.
   *
   * @param known the constants of the vocabulary
   * @param value the wire value, not null
   * @param create makes an instance for an unknown value
   * @return the value
   */
  static <T extends OpenValue> T lookup(List<T> known, String value, Function<String, T> create) {
    Objects.requireNonNull(value, "value");
    for (T t : known) {
      if (t.value().equals(value)) {
        return t;
      }
    }
    return create.apply(value);
  }

  /**
   * Returns the URN as on the wire.
   *
   * @return the value
   */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((OpenValue) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
