package io.github.eparcours.indicators.internal;

import java.util.Arrays;

/**
 * The team members of one subject beyond those held inline in its row (rare: teams are small).
 * Per member: its latest adding or removing event before the period start and before the period
 * end, with flags (1 = added at the start, 2 = added at the end, 4 = added inside the period).
 * Not thread-safe.
 */
final class MemberList {

  int size;
  int[] actors = new int[2];
  long[] starts = new long[2];
  long[] ends = new long[2];
  byte[] flags = new byte[2];

  /**
   * Returns a member's index, adding the member when absent.
   *
   * @param actor the actor id
   * @return the index
   */
  int indexOf(int actor) {
    for (int i = 0; i < size; i++) {
      if (actors[i] == actor) {
        return i;
      }
    }
    if (size == actors.length) {
      int n = size * 2;
      actors = Arrays.copyOf(actors, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      flags = Arrays.copyOf(flags, n);
    }
    int i = size++;
    actors[i] = actor;
    starts[i] = Long.MIN_VALUE;
    ends[i] = Long.MIN_VALUE;
    flags[i] = 0;
    return i;
  }

  /**
   * Applies an event to the state before the start ({@code which = 0}) or the end (1).
   *
   * @param i the member
   * @param which 0 or 1
   * @param tick when
   * @param added whether it adds the member
   */
  void apply(int i, int which, long tick, boolean added) {
    int bit = 1 << which;
    long cur = which == 0 ? starts[i] : ends[i];
    if (Members.wins(tick, added, cur, (flags[i] & bit) != 0)) {
      if (which == 0) {
        starts[i] = tick;
      } else {
        ends[i] = tick;
      }
      flags[i] = (byte) (added ? flags[i] | bit : flags[i] & ~bit);
    }
  }

  /**
   * Counts members whose flags have any of these bits.
   *
   * @param mask the bits
   * @return the count
   */
  int count(int mask) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if ((flags[i] & mask) != 0) {
        n++;
      }
    }
    return n;
  }
}
