package io.github.eparcours.indicators.internal;

import java.util.Arrays;

/**
 * Team members with, for each, the latest adding or removing event before the period start and
 * before the period end, and whether they were added inside the period. A removal at the same
 * instant as an addition wins, so the order of the facts never matters. Teams are small: a linear
 * scan beats a hash map in time and memory, and the first two members live in fields of this
 * object (one allocation, one cache line for most teams); further members spill to arrays.
 */
public final class MemberSet {

  private static final int INLINE = 2;
  /** Per spilled member in {@link #moreData}: before start, before end, flags. */
  private static final int STRIDE = 3;
  /** Bits of the flags: 1 = added at beforeStart, 2 = added at beforeEnd, 4 = added inside. */
  private static final int FLAGS = 2;

  private String actor0;
  private String actor1;
  private long start0 = Long.MIN_VALUE;
  private long end0 = Long.MIN_VALUE;
  private long start1 = Long.MIN_VALUE;
  private long end1 = Long.MIN_VALUE;
  private byte flags0;
  private byte flags1;
  private int size;
  private String[] moreActors;
  private long[] moreData;

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
      setFlags(i, flags(i) | 4);
    }
  }

  private void apply(int i, int which, long tick, boolean added) {
    int bit = which == 0 ? 1 : 2;
    long cur = time(i, which);
    int fl = flags(i);
    boolean curAdded = (fl & bit) != 0;
    if (tick > cur || (tick == cur && curAdded && !added)) {
      setTime(i, which, tick);
      setFlags(i, added ? fl | bit : fl & ~bit);
    }
  }

  private long time(int i, int which) {
    switch (i) {
      case 0:
        return which == 0 ? start0 : end0;
      case 1:
        return which == 0 ? start1 : end1;
      default:
        return moreData[(i - INLINE) * STRIDE + which];
    }
  }

  private void setTime(int i, int which, long tick) {
    switch (i) {
      case 0:
        if (which == 0) {
          start0 = tick;
        } else {
          end0 = tick;
        }
        break;
      case 1:
        if (which == 0) {
          start1 = tick;
        } else {
          end1 = tick;
        }
        break;
      default:
        moreData[(i - INLINE) * STRIDE + which] = tick;
        break;
    }
  }

  private int flags(int i) {
    switch (i) {
      case 0:
        return flags0;
      case 1:
        return flags1;
      default:
        return (int) moreData[(i - INLINE) * STRIDE + FLAGS];
    }
  }

  private void setFlags(int i, int value) {
    switch (i) {
      case 0:
        flags0 = (byte) value;
        break;
      case 1:
        flags1 = (byte) value;
        break;
      default:
        moreData[(i - INLINE) * STRIDE + FLAGS] = value;
        break;
    }
  }

  private String actor(int i) {
    switch (i) {
      case 0:
        return actor0;
      case 1:
        return actor1;
      default:
        return moreActors[i - INLINE];
    }
  }

  private int indexOf(String actor) {
    for (int i = 0; i < size; i++) {
      String a = actor(i);
      if (a == actor || a.equals(actor)) {
        return i;
      }
    }
    int i = size;
    if (i == 0) {
      actor0 = actor;
    } else if (i == 1) {
      actor1 = actor;
    } else {
      int j = i - INLINE;
      if (moreActors == null) {
        moreActors = new String[2];
        moreData = new long[2 * STRIDE];
      } else if (j == moreActors.length) {
        moreActors = Arrays.copyOf(moreActors, j * 2);
        moreData = Arrays.copyOf(moreData, j * 2 * STRIDE);
      }
      moreActors[j] = actor;
      moreData[j * STRIDE] = Long.MIN_VALUE;
      moreData[j * STRIDE + 1] = Long.MIN_VALUE;
      moreData[j * STRIDE + FLAGS] = 0;
    }
    size++;
    return i;
  }

  /**
   * Merges another set into this one.
   *
   * @param other the other set
   */
  public void mergeFrom(MemberSet other) {
    for (int j = 0; j < other.size; j++) {
      int i = indexOf(other.actor(j));
      long beforeStart = other.time(j, 0);
      long beforeEnd = other.time(j, 1);
      int otherFlags = other.flags(j);
      if (beforeStart != Long.MIN_VALUE) {
        apply(i, 0, beforeStart, (otherFlags & 1) != 0);
      }
      if (beforeEnd != Long.MIN_VALUE) {
        apply(i, 1, beforeEnd, (otherFlags & 2) != 0);
      }
      setFlags(i, flags(i) | (otherFlags & 4));
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
      if ((flags(i) & 2) != 0) {
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
      if ((flags(i) & 5) != 0) {
        n++;
      }
    }
    return n;
  }
}
