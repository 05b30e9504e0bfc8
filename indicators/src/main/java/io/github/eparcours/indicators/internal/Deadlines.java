package io.github.eparcours.indicators.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * "Instant plus a calendar period in a zone", as {@code ZonedDateTime.plus(Period)} computes it,
 * without its allocations and zone-rule searches for the common case: the zone's offset
 * transitions within a few years around the evaluated period are listed once, and when neither
 * the start, nor the intermediate date (months added), nor the result lies within two days of a
 * transition, the result is plain local-date arithmetic under one known offset. Otherwise the
 * caller takes the exact path. Immutable.
 */
final class Deadlines {

  private static final long DAY = 86_400L;
  private static final long NANOS = 1_000_000_000L;
  /** Half-width of the span of transitions listed, around the period. */
  private static final long SPAN = 4 * 366 * DAY;
  private static final long MARGIN = 2 * DAY;

  private final Period within;
  private final long lo;
  private final long hi;
  private final long[] transitions;
  private final int[] offsetsAfter;
  private final int firstOffset;

  /**
   * Lists the transitions around an instant.
   *
   * @param zone the zone
   * @param within the period added (not negative)
   * @param centerSecond an epoch second within the evaluated period
   */
  Deadlines(ZoneId zone, Period within, long centerSecond) {
    this.within = within;
    ZoneRules rules = zone.getRules();
    lo = centerSecond - SPAN;
    hi = centerSecond + SPAN;
    List<ZoneOffsetTransition> list = new ArrayList<>();
    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(lo));
    while (t != null && t.toEpochSecond() <= hi) {
      list.add(t);
      t = rules.nextTransition(t.getInstant());
    }
    transitions = new long[list.size()];
    offsetsAfter = new int[list.size()];
    for (int i = 0; i < list.size(); i++) {
      transitions[i] = list.get(i).toEpochSecond();
      offsetsAfter[i] = list.get(i).getOffsetAfter().getTotalSeconds();
    }
    firstOffset = rules.getOffset(Instant.ofEpochSecond(lo)).getTotalSeconds();
  }

  /** Offset at an epoch second within [lo, hi]. */
  private int offsetAt(long second) {
    int n = 0;
    while (n < transitions.length && transitions[n] <= second) {
      n++;
    }
    return n == 0 ? firstOffset : offsetsAfter[n - 1];
  }

  /** Tells whether an epoch second is safely inside [lo, hi] and far from every transition. */
  private boolean quiet(long second) {
    if (second < lo + MARGIN || second > hi - MARGIN) {
      return false;
    }
    for (long t : transitions) {
      if (Math.abs(t - second) <= MARGIN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code anchor} plus the period, in ticks, or {@link Long#MIN_VALUE} when the fast
   * path does not apply.
   *
   * @param anchor the tick
   * @return the deadline tick, or {@link Long#MIN_VALUE}
   */
  long plus(long anchor) {
    long second = Math.floorDiv(anchor, NANOS);
    long nano = Math.floorMod(anchor, NANOS);
    if (!quiet(second)) {
      return Long.MIN_VALUE;
    }
    int offset = offsetAt(second);
    long local = second + offset;
    long day = Math.floorDiv(local, DAY);
    long secondOfDay = Math.floorMod(local, DAY);
    LocalDate date = LocalDate.ofEpochDay(day);
    LocalDate middle = date.plusMonths(within.toTotalMonths());
    LocalDate end = middle.plusDays(within.getDays());
    if (!quiet(middle.toEpochDay() * DAY + secondOfDay - offset)) {
      return Long.MIN_VALUE;
    }
    long approx = end.toEpochDay() * DAY + secondOfDay - offset;
    if (!quiet(approx)) {
      return Long.MIN_VALUE;
    }
    long result = end.toEpochDay() * DAY + secondOfDay - offsetAt(approx);
    return result * NANOS + nano;
  }
}
