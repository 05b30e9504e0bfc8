package io.github.eparcours.indicators.internal;

/**
 * Team members with, for each, the latest adding or removing event before the period start and
 * before the period end, and whether they were added inside the period. A removal at the same
 * instant as an addition wins, so the order of the facts never matters. Teams are small: a linear
 * scan over parallel arrays beats a hash map in time and memory.
 */
public final class MemberSet {

  private String[] actors = new String[2];
  private long[] beforeStart = new long[2];
  private long[] beforeEnd = new long[2];
  /** Bits: 1 = added at beforeStart, 2 = added at beforeEnd, 4 = added inside the period. */
  private byte[] flags = new byte[2];
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
      flags[i] |= 4;
    }
  }

  private void apply(int i, int which, long tick, boolean added) {
    long[] times = which == 0 ? beforeStart : beforeEnd;
    int bit = which == 0 ? 1 : 2;
    long cur = times[i];
    boolean curAdded = (flags[i] & bit) != 0;
    if (tick > cur || (tick == cur && curAdded && !added)) {
      times[i] = tick;
      flags[i] = (byte) (added ? flags[i] | bit : flags[i] & ~bit);
    }
  }

  private int indexOf(String actor) {
    for (int i = 0; i < size; i++) {
      if (actors[i].equals(actor)) {
        return i;
      }
    }
    if (size == actors.length) {
      int n = size * 2;
      actors = java.util.Arrays.copyOf(actors, n);
      beforeStart = java.util.Arrays.copyOf(beforeStart, n);
      beforeEnd = java.util.Arrays.copyOf(beforeEnd, n);
      flags = java.util.Arrays.copyOf(flags, n);
    }
    actors[size] = actor;
    beforeStart[size] = Long.MIN_VALUE;
    beforeEnd[size] = Long.MIN_VALUE;
    flags[size] = 0;
    return size++;
  }

  /**
   * Merges another set into this one.
   *
   * @param other the other set
   */
  public void mergeFrom(MemberSet other) {
    for (int j = 0; j < other.size; j++) {
      int i = indexOf(other.actors[j]);
      if (other.beforeStart[j] != Long.MIN_VALUE) {
        apply(i, 0, other.beforeStart[j], (other.flags[j] & 1) != 0);
      }
      if (other.beforeEnd[j] != Long.MIN_VALUE) {
        apply(i, 1, other.beforeEnd[j], (other.flags[j] & 2) != 0);
      }
      flags[i] |= (byte) (other.flags[j] & 4);
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
      if ((flags[i] & 2) != 0) {
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
      if ((flags[i] & 5) != 0) {
        n++;
      }
    }
    return n;
  }
}
