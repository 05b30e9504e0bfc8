package io.github.eparcours.indicators.internal;

import java.time.Instant;

/** Instants as nanoseconds since the epoch in a long (valid from 1677 to 2262), saturating. */
public final class Ticks {

  /** No time. */
  public static final long NONE_MIN = Long.MAX_VALUE;
  /** No time. */
  public static final long NONE_MAX = Long.MIN_VALUE;

  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

  private Ticks() {}

  /**
   * Converts an instant, saturating outside the representable range.
   *
   * @param at the instant
   * @return the tick
   */
  public static long of(Instant at) {
    long s = at.getEpochSecond();
    if (s >= MAX_SECONDS) {
      return Long.MAX_VALUE - 1;
    }
    if (s <= -MAX_SECONDS) {
      return Long.MIN_VALUE + 1;
    }
    return s * 1_000_000_000L + at.getNano();
  }

  /**
   * Encodes a tick as a time word of a subject's row: its sign bit flipped, so that "no time"
   * ({@link #NONE_MAX}, and {@link #NONE_MIN} complemented) is stored as 0 and a subject without
   * facts is a row of zeros, which a new array already is. The signed order of ticks is the
   * unsigned order of their words.
   *
   * @param tick the tick
   * @return the word
   */
  static long store(long tick) {
    return tick ^ Long.MIN_VALUE;
  }

  /**
   * Decodes a time word of a row ({@link #store}).
   *
   * @param word the word
   * @return the tick
   */
  static long load(long word) {
    return word ^ Long.MIN_VALUE;
  }

  /**
   * Converts back to an instant.
   *
   * @param tick the tick
   * @return the instant
   */
  public static Instant toInstant(long tick) {
    return Instant.ofEpochSecond(Math.floorDiv(tick, 1_000_000_000L),
        Math.floorMod(tick, 1_000_000_000L));
  }
}
