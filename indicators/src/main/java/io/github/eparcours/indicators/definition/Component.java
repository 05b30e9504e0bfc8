package io.github.eparcours.indicators.definition;

/** Which attribute of a fact a criterion or stratifier reads. */
public enum Component {
  /** {@link io.github.eparcours.indicators.fact.Fact#code()}. */
  CODE,
  /** {@link io.github.eparcours.indicators.fact.Fact#qualifier()}. */
  QUALIFIER
}
