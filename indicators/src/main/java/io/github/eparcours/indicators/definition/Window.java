package io.github.eparcours.indicators.definition;

import java.time.Period;
import java.util.Objects;

/**
 * A time window relative to the evaluated period, half-open {@code [from, to)}. Each bound is an
 * edge of the period (or unbounded) shifted by a calendar amount evaluated in the engine's time
 * zone. Whether a fact exactly at the period end belongs to the period is the engine's {@link
 * BoundaryPolicy}. Immutable and thread-safe.
 *
 * @param from the lower bound (inclusive)
 * @param to the upper bound (exclusive, or inclusive under {@link BoundaryPolicy#END_INCLUSIVE}
 *     when it is the period end)
 */
public record Window(Bound from, Bound to) {

  /** The evaluated period itself. */
  public static final Window PERIOD = new Window(Bound.PERIOD_START, Bound.PERIOD_END);
  /** From the beginning of time to the end of the period. */
  public static final Window UNTIL_PERIOD_END = new Window(Bound.UNBOUNDED, Bound.PERIOD_END);
  /** Every fact streamed, whatever its time (used for look-ahead). */
  public static final Window ALL = new Window(Bound.UNBOUNDED, Bound.UNBOUNDED);

  /** Validates the bounds. */
  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /**
   * The period extended past its end by a calendar amount (a look-ahead window).
   *
   * @param lookAhead the extension, e.g. one month
   * @return the window
   */
  public static Window periodExtendedBy(Period lookAhead) {
    return new Window(Bound.PERIOD_START, new Bound(Edge.PERIOD_END, lookAhead));
  }

  /** An edge of the evaluated period. */
  public enum Edge {
    /** No bound. */
    UNBOUNDED,
    /** The first instant of the period. */
    PERIOD_START,
    /** The end of the period. */
    PERIOD_END
  }

  /**
   * An edge shifted by a calendar amount.
   *
   * @param edge the edge
   * @param shift the shift (zero for none)
   */
  public record Bound(Edge edge, Period shift) {
    /** No bound. */
    public static final Bound UNBOUNDED = new Bound(Edge.UNBOUNDED, Period.ZERO);
    /** The period start. */
    public static final Bound PERIOD_START = new Bound(Edge.PERIOD_START, Period.ZERO);
    /** The period end. */
    public static final Bound PERIOD_END = new Bound(Edge.PERIOD_END, Period.ZERO);

    /** Validates the components. */
    public Bound {
      Objects.requireNonNull(edge, "edge");
      Objects.requireNonNull(shift, "shift");
    }
  }
}
