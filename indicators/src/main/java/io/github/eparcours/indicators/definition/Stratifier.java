package io.github.eparcours.indicators.definition;

import java.util.Objects;

/**
 * Splits an indicator's populations by a value read from the subject's facts: the code or
 * qualifier of the latest selected fact up to the period end (ties broken by the greatest value,
 * so the result never depends on the order of the facts). Subjects without such a fact fall in
 * the stratum {@value #NOT_STATED}. Immutable and thread-safe.
 *
 * @param id the stratifier's id, e.g. {@code sector}
 * @param selector the facts carrying the value
 * @param component which attribute holds the value
 */
public record Stratifier(String id, FactSelector selector, Component component) {

  /** The stratum of subjects with no value. */
  public static final String NOT_STATED = "not-stated";

  /** Validates the components. */
  public Stratifier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(component, "component");
  }
}
