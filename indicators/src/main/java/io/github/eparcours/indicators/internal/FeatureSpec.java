package io.github.eparcours.indicators.internal;

import io.github.eparcours.indicators.definition.Component;
import io.github.eparcours.indicators.definition.FactSelector;

/**
 * One per-subject aggregate the plan folds: equal specs share one slot.
 *
 * @param type the aggregate
 * @param selector the facts (for MEMBERS: the adding facts)
 * @param removes for MEMBERS: the removing facts; otherwise null
 * @param component for LATEST: the attribute kept; otherwise null
 * @param from the lower tick bound, inclusive (for MEMBERS: the period start)
 * @param to the upper tick bound, exclusive (for MEMBERS: the period end)
 * @param cap for DISTINCT: how many actors are kept
 */
public record FeatureSpec(FeatureType type, FactSelector selector, FactSelector removes,
    Component component, long from, long to, int cap) {

  /** The kinds of aggregate. */
  public enum FeatureType {
    /** Number of facts; long slot; sum. */
    COUNT,
    /** Earliest tick; long slot; min. */
    MIN_TIME,
    /** Latest tick; long slot; max. */
    MAX_TIME,
    /** The smallest {@code cap} distinct actors; object slot; union. */
    DISTINCT,
    /** The latest value of a component; object slot; latest wins, ties by greatest value. */
    LATEST,
    /** Team members and their last event before the period start and end; object slot. */
    MEMBERS;

    /**
     * Tells whether the aggregate lives in a long slot.
     *
     * @return true for long slots
     */
    public boolean isLong() {
      return this == COUNT || this == MIN_TIME || this == MAX_TIME;
    }
  }
}
