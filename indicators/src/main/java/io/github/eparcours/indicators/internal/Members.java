package io.github.eparcours.indicators.internal;

import java.util.Map;

/**
 * Team members of a subject, in its row: {@link #INLINE} slots of {@code width} longs each,
 * word 0 = {@code (flags << 32) | (actor + 1)} (0 = free slot), word 1 = the latest event's tick
 * before the period end, word 2 (when the start is tracked) = before the period start (ticks
 * stored with {@link Ticks#store}, so that a free slot is all zeros). Flags: 1 =
 * added at the start, 2 = added at the end, 4 = added inside the period. Members past the inline
 * slots go to a {@link MemberList} per subject. A removal at the same instant as an addition
 * wins, so the order of events never matters.
 */
final class Members {

  /** Members held in the row; care teams rarely have more. */
  static final int INLINE = 4;

  private Members() {}

  /**
   * Tells whether an event replaces the current state.
   *
   * @param tick the event's tick
   * @param added whether the event adds
   * @param cur the current tick
   * @param curAdded whether the current state is "added"
   * @return true when the event is later, or at the same instant and a removal over an addition
   */
  static boolean wins(long tick, boolean added, long cur, boolean curAdded) {
    return tick > cur || (tick == cur && curAdded && !added);
  }

  /**
   * Combines a member's state into a subject's team: the state before the start, before the end,
   * and the "added inside" flag. A fact is the state of its single event; a merge passes the
   * other aggregate's state. Ticks of {@link Long#MIN_VALUE} change nothing.
   *
   * @param rows the rows
   * @param fb the feature's first word in the subject's row
   * @param width words per slot (2, or 3 when the start is tracked)
   * @param overflow the subjects' overflow lists of this feature
   * @param subject the subject id
   * @param actor the member's actor id
   * @param startTick tick of the state before the start
   * @param startAdded whether that state is "added"
   * @param endTick tick of the state before the end
   * @param endAdded whether that state is "added"
   * @param inside 4 when added inside the period, else 0
   */
  static void combine(long[] rows, int fb, int width, Map<Integer, MemberList> overflow,
      int subject, int actor, long startTick, boolean startAdded, long endTick, boolean endAdded,
      int inside) {
    int key = actor + 1;
    for (int k = 0; k < INLINE; k++) {
      int p = fb + k * width;
      int a = (int) rows[p];
      if (a == 0) {
        rows[p] = key;
        a = key;
      }
      if (a == key) {
        int fl = (int) (rows[p] >>> 32);
        if (width == 3 && wins(startTick, startAdded, Ticks.load(rows[p + 2]), (fl & 1) != 0)) {
          rows[p + 2] = Ticks.store(startTick);
          fl = startAdded ? fl | 1 : fl & ~1;
        }
        if (wins(endTick, endAdded, Ticks.load(rows[p + 1]), (fl & 2) != 0)) {
          rows[p + 1] = Ticks.store(endTick);
          fl = endAdded ? fl | 2 : fl & ~2;
        }
        fl |= inside;
        rows[p] = ((long) fl << 32) | key;
        return;
      }
    }
    MemberList list = overflow.computeIfAbsent(subject, x -> new MemberList());
    int i = list.indexOf(actor);
    if (width == 3) {
      list.apply(i, 0, startTick, startAdded);
    }
    list.apply(i, 1, endTick, endAdded);
    list.flags[i] |= (byte) inside;
  }

  /**
   * Counts the members whose flags have any of these bits.
   *
   * @param rows the rows
   * @param fb the feature's first word in the subject's row
   * @param width words per slot
   * @param overflow the subjects' overflow lists of this feature
   * @param subject the subject id
   * @param mask the bits
   * @return the count
   */
  static int count(long[] rows, int fb, int width, Map<Integer, MemberList> overflow,
      int subject, int mask) {
    int n = 0;
    for (int k = 0; k < INLINE; k++) {
      long w = rows[fb + k * width];
      if (((int) (w >>> 32) & mask) != 0) {
        n++;
      }
    }
    if ((int) rows[fb + (INLINE - 1) * width] != 0) {
      MemberList list = overflow.get(subject);
      if (list != null) {
        n += list.count(mask);
      }
    }
    return n;
  }
}
