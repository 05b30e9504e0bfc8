package io.github.eparcours.indicators.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The populations and score of the subjects sharing one stratifier value. Immutable.
 *
 * @param stratifier the stratifier's id
 * @param value the value
 * @param populations the populations (without subject lists)
 * @param score the score, or null when undefined
 */
public record Stratum(String stratifier, String value, List<PopulationResult> populations,
    BigDecimal score) {

  /** Validates and copies the components. */
  public Stratum {
    Objects.requireNonNull(stratifier, "stratifier");
    Objects.requireNonNull(value, "value");
    populations = List.copyOf(populations);
  }

  /**
   * Returns the score, if defined.
   *
   * @return the score
   */
  public Optional<BigDecimal> scoreIfDefined() {
    return Optional.ofNullable(score);
  }

  /**
   * Returns the count of a population.
   *
   * @param code the population
   * @return the count, 0 when absent
   */
  public long count(PopulationCode code) {
    return populations.stream().filter(p -> p.code() == code).mapToLong(PopulationResult::count)
        .sum();
  }
}
