package io.github.eparcours.indicators.internal;

/**
 * Team members with, for each, the latest adding or removing event before the period start and
 * before the period end, and whether they were added inside the period. A removal at the same
 * instant as an addition wins, so the order of the facts never matters. Teams are small: a linear
 * scan beats a hash map in time and memory. Each member's two ticks and its flags sit side by
 * side in one {@code long[]}: a fold touches three objects (this, the names, the data), not five.
 */
public final class MemberSet {

  /** Per member: the latest event before the period start, before the period end, flags. */
  private static final int STRIDE = 3;
  private static final int FLAGS = 2;

  private String[] actors = new String[2];
  /** Bits of the flags: 1 = added at beforeStart, 2 = added at beforeEnd, 4 = added inside. */
  private long[] data = new long[2 * STRIDE];
  private int size;

  /**
   * Records an event.
   *
   * @param actor the member
   * @param tick when
   * @param added true for an addition, false for a removal
   * @param start the period start tick
   * @param end the period end tick (exclusive)
   */
  public void record(String actor, long tick, boolean added, long start, long end) {
    int i = indexOf(actor);
    if (tick < start) {
      apply(i, 0, tick, added);
    }
    if (tick < end) {
      apply(i, 1, tick, added);
    }
    if (added && tick >= start && tick < end) {
      data[i * STRIDE + FLAGS] |= 4;
    }
  }

  private void apply(int i, int which, long tick, boolean added) {
    int at = i * STRIDE + which;
    int fl = i * STRIDE + FLAGS;
    long bit = which == 0 ? 1 : 2;
    long cur = data[at];
    boolean curAdded = (data[fl] & bit) != 0;
    if (tick > cur || (tick == cur && curAdded && !added)) {
      data[at] = tick;
      data[fl] = added ? data[fl] | bit : data[fl] & ~bit;
    }
  }

  private int indexOf(String actor) {
    for (int i = 0; i < size; i++) {
      String a = actors[i];
      if (a == actor || a.equals(actor)) {
        return i;
      }
    }
    if (size == actors.length) {
      int n = size * 2;
      actors = java.util.Arrays.copyOf(actors, n);
      data = java.util.Arrays.copyOf(data, n * STRIDE);
    }
    actors[size] = actor;
    data[size * STRIDE] = Long.MIN_VALUE;
    data[size * STRIDE + 1] = Long.MIN_VALUE;
    data[size * STRIDE + FLAGS] = 0;
    return size++;
  }

  /**
   * Merges another set into this one.
   *
   * @param other the other set
   */
  public void mergeFrom(MemberSet other) {
    long[] od = other.data;
    for (int j = 0; j < other.size; j++) {
      int i = indexOf(other.actors[j]);
      long beforeStart = od[j * STRIDE];
      long beforeEnd = od[j * STRIDE + 1];
      long otherFlags = od[j * STRIDE + FLAGS];
      if (beforeStart != Long.MIN_VALUE) {
        apply(i, 0, beforeStart, (otherFlags & 1) != 0);
      }
      if (beforeEnd != Long.MIN_VALUE) {
        apply(i, 1, beforeEnd, (otherFlags & 2) != 0);
      }
      data[i * STRIDE + FLAGS] |= otherFlags & 4;
    }
  }

  /**
   * Counts the members at the period end.
   *
   * @return the count
   */
  public int atEnd() {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if ((data[i * STRIDE + FLAGS] & 2) != 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Counts the members present at some moment of the period.
   *
   * @return the count
   */
  public int duringPeriod() {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if ((data[i * STRIDE + FLAGS] & 5) != 0) {
        n++;
      }
    }
    return n;
  }
}
