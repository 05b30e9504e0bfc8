package io.github.eparcours.benchmarks.indicators;

import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.ADD;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.APPT;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.CLOSE;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.EVAL;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.LIA;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.MSG;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.OPEN;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.REM;
import static io.github.eparcours.benchmarks.indicators.IndicatorsBenchmark.UPD;

import java.util.Arrays;

/**
 * The hand-written baseline: one pass over primitive arrays (file index, kind, time in seconds,
 * actor index) computing exactly 6.1 to 6.5 under the default policies, then one pass over the
 * files. No hashing (files are dense indexes), no objects; the calendar is consulted only for
 * the gaps a month may or may not cover, as a hand-tuned loop would.
 */
final class Baseline {

  private static final int TEAM = 4;
  private static final long DAY = 86_400;
  /** Every calendar month, shifted by a time-zone transition, lasts more than this. */
  private static final long SHORTEST_MONTH = 27 * DAY;
  /** ... and less than this. */
  private static final long LONGEST_MONTH = 32 * DAY;

  private Baseline() {}

  static long[] run(int[] file, byte[] kind, long[] tick, int[] actor, long s, long e) {
    int n = 0;
    for (int f : file) {
      n = Math.max(n, f + 1);
    }
    long[] openEnd = fill(n, Long.MIN_VALUE);
    long[] closeEnd = fill(n, Long.MIN_VALUE);
    long[] openStart = fill(n, Long.MIN_VALUE);
    long[] closeStart = fill(n, Long.MIN_VALUE);
    long[] firstOpen = fill(n, Long.MAX_VALUE);
    long[] firstEval = fill(n, Long.MAX_VALUE);
    int[] openIn = new int[n];
    byte[] upd = new byte[n];
    byte[] lia = new byte[n];
    byte[] appt = new byte[n];
    int[] msgs = new int[n];
    int[] author1 = new int[n];
    Arrays.fill(author1, -1);
    byte[] twoAuthors = new byte[n];
    int[] member = new int[n * TEAM];
    Arrays.fill(member, -1);
    long[] memberTick = fill(n * TEAM, Long.MIN_VALUE);
    byte[] memberIn = new byte[n * TEAM];
    for (int i = 0; i < file.length; i++) {
      int f = file[i];
      long t = tick[i];
      boolean inQ = t >= s && t < e;
      switch (kind[i]) {
        case OPEN -> {
          if (t < e && t > openEnd[f]) {
            openEnd[f] = t;
          }
          if (t < s && t > openStart[f]) {
            openStart[f] = t;
          }
          if (inQ) {
            openIn[f]++;
          }
          if (t < firstOpen[f]) {
            firstOpen[f] = t;
          }
        }
        case CLOSE -> {
          if (t < e && t > closeEnd[f]) {
            closeEnd[f] = t;
          }
          if (t < s && t > closeStart[f]) {
            closeStart[f] = t;
          }
        }
        case UPD -> upd[f] |= inQ ? 1 : 0;
        case EVAL -> {
          if (t < firstEval[f]) {
            firstEval[f] = t;
          }
        }
        case LIA -> lia[f] |= inQ ? 1 : 0;
        case APPT -> appt[f] |= inQ ? 1 : 0;
        case MSG -> {
          if (inQ) {
            msgs[f]++;
            if (author1[f] < 0) {
              author1[f] = actor[i];
            } else if (author1[f] != actor[i]) {
              twoAuthors[f] = 1;
            }
          }
        }
        case ADD, REM -> {
          if (t < e) {
            boolean add = kind[i] == ADD;
            int base = f * TEAM;
            int slot = base;
            while (slot < base + TEAM && member[slot] >= 0 && member[slot] != actor[i]) {
              slot++;
            }
            member[slot] = actor[i];
            if (t > memberTick[slot] || (t == memberTick[slot] && !add)) {
              memberTick[slot] = t;
              memberIn[slot] = (byte) (add ? 1 : 0);
            }
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    long[] out = new long[10];
    for (int f = 0; f < n; f++) {
      boolean openAtEnd = openEnd[f] != Long.MIN_VALUE && openEnd[f] > closeEnd[f];
      boolean active = openIn[f] > 0
          || (openStart[f] != Long.MIN_VALUE && openStart[f] > closeStart[f]);
      if (openAtEnd) {
        out[0]++;
        out[1] += upd[f];
      }
      if (openIn[f] > 0) {
        out[2]++;
        if (firstEval[f] != Long.MAX_VALUE
            && withinOneMonth(firstOpen[f], firstEval[f])) {
          out[3]++;
        }
      }
      if (active) {
        out[4]++;
        out[5] += lia[f];
        int team = 0;
        for (int m = f * TEAM; m < f * TEAM + TEAM; m++) {
          team += memberIn[m];
        }
        if (team >= 2 && msgs[f] >= 2 && twoAuthors[f] == 1) {
          out[7]++;
        }
        out[6]++;
        out[8]++;
        out[9] += appt[f];
      }
    }
    return out;
  }

  private static boolean withinOneMonth(long opened, long evaluated) {
    long gap = evaluated - opened;
    if (gap <= SHORTEST_MONTH) {
      return true;
    }
    return gap < LONGEST_MONTH && evaluated <= IndicatorsBenchmark.plusOneMonth(opened);
  }

  private static long[] fill(int n, long v) {
    long[] a = new long[n];
    Arrays.fill(a, v);
    return a;
  }
}
