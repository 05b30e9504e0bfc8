package io.github.eparcours.indicators.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Instant plus a calendar period in a zone", as {@code ZonedDateTime.plus(Period)} computes it,
 * without its allocations, calendar arithmetic and zone-rule searches for the common case: two
 * tables, computed once for the days within a few years around the evaluated period, answer with
 * a few array reads. A UTC day without an offset transition of the zone has one offset; a local
 * day whose date plus the months, and whose date plus the whole period, are local days that no
 * transition crosses (under any of the zone's offsets) has one deadline date and one offset
 * there. The answer is then plain arithmetic on the second of the day; on the days a transition
 * crosses, or outside the tables, the caller takes the exact path. Immutable.
 */
final class Deadlines {

  private static final long DAY = 86_400L;
  private static final long NANOS = 1_000_000_000L;
  /** Half-width of the span of days tabulated, around the period. */
  private static final long SPAN = 4 * 366 * DAY;
  /** Marks a day the tables do not answer for. */
  private static final int NO_OFFSET = Integer.MIN_VALUE;
  private static final long NO_DEADLINE = Long.MIN_VALUE;

  private final long lo;
  private final long hi;
  private final long[] transitions;
  private final int[] offsetsAfter;
  private final int firstOffset;
  /** The first UTC day, and per UTC day from it, its one offset or {@link #NO_OFFSET}. */
  private final long firstUtcDay;
  private final int[] utcDayOffset;
  /**
   * The first local day, and per local day from it, the epoch second of the deadline minus the
   * anchor's second of the day, or {@link #NO_DEADLINE}.
   */
  private final long firstLocalDay;
  private final long[] deadlineAtMidnight;

  /**
   * Lists the transitions around an instant and tabulates the days around it.
   *
   * @param zone the zone
   * @param within the period added (not negative)
   * @param centerSecond an epoch second within the evaluated period
   */
  Deadlines(ZoneId zone, Period within, long centerSecond) {
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
    // A local second lies within the zone's offsets of its UTC second.
    long minOffset = firstOffset;
    long maxOffset = firstOffset;
    for (int offset : offsetsAfter) {
      minOffset = Math.min(minOffset, offset);
      maxOffset = Math.max(maxOffset, offset);
    }

    firstUtcDay = Math.floorDiv(lo, DAY);
    utcDayOffset = new int[(int) (Math.floorDiv(hi, DAY) - firstUtcDay + 1)];
    for (int u = 0; u < utcDayOffset.length; u++) {
      long start = (firstUtcDay + u) * DAY;
      utcDayOffset[u] = quiet(start, start + DAY - 1) ? offsetAt(start) : NO_OFFSET;
    }
    firstLocalDay = Math.floorDiv(lo + minOffset, DAY);
    deadlineAtMidnight = new long[(int) (Math.floorDiv(hi + maxOffset, DAY) - firstLocalDay
        + 1)];
    Arrays.fill(deadlineAtMidnight, NO_DEADLINE);
    for (int l = 0; l < deadlineAtMidnight.length; l++) {
      LocalDate date = LocalDate.ofEpochDay(firstLocalDay + l);
      // As ZonedDateTime.plus(Period): the months first (clamped to the month's end), then days.
      LocalDate middleDate = date.plusMonths(within.toTotalMonths());
      long middle = middleDate.toEpochDay() * DAY;
      long end = middleDate.plusDays(within.getDays()).toEpochDay() * DAY;
      // Any second of those local days, under any of the zone's offsets, lies in these ranges.
      if (quiet(middle - maxOffset, middle + DAY - 1 - minOffset)
          && quiet(end - maxOffset, end + DAY - 1 - minOffset)) {
        // The local day's offset: that of any UTC second it may map to (all share one).
        deadlineAtMidnight[l] = end - offsetAt(end - maxOffset);
      }
    }
  }

  /** Offset at an epoch second within [lo, hi]. */
  private int offsetAt(long second) {
    int n = 0;
    while (n < transitions.length && transitions[n] <= second) {
      n++;
    }
    return n == 0 ? firstOffset : offsetsAfter[n - 1];
  }

  /**
   * Tells whether every epoch second from {@code first} to {@code last} is inside [lo, hi] and
   * has the same offset: no transition takes effect after {@code first} up to {@code last}.
   */
  private boolean quiet(long first, long last) {
    if (first < lo || last > hi) {
      return false;
    }
    for (long t : transitions) {
      if (t > first && t <= last) {
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
    long u = Math.floorDiv(second, DAY) - firstUtcDay;
    if (u < 0 || u >= utcDayOffset.length || utcDayOffset[(int) u] == NO_OFFSET) {
      return Long.MIN_VALUE;
    }
    long local = second + utcDayOffset[(int) u];
    long l = Math.floorDiv(local, DAY) - firstLocalDay;
    if (l < 0 || l >= deadlineAtMidnight.length || deadlineAtMidnight[(int) l] == NO_DEADLINE) {
      return Long.MIN_VALUE;
    }
    long result = deadlineAtMidnight[(int) l] + Math.floorMod(local, DAY);
    return result * NANOS + Math.floorMod(anchor, NANOS);
  }
}
