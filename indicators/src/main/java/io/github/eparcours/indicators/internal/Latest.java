package io.github.eparcours.indicators.internal;

/**
 * The latest value seen; the order (tick, then value, null first) is total, so folding and merging
 * give the same result in any order.
 *
 * @param tick when
 * @param value the value, or null
 */
public record Latest(long tick, String value) {

  /**
   * Returns whichever of the two comes last.
   *
   * @param a one, or null
   * @param b the other, or null
   * @return the latest
   */
  public static Latest max(Latest a, Latest b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.tick != b.tick) {
      return a.tick > b.tick ? a : b;
    }
    if (a.value == null) {
      return b;
    }
    if (b.value == null) {
      return a;
    }
    return a.value.compareTo(b.value) >= 0 ? a : b;
  }
}
