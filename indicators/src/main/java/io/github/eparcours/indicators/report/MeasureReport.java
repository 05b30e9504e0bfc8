package io.github.eparcours.indicators.report;

import io.github.eparcours.indicators.definition.ReportingPeriod;
import io.github.eparcours.indicators.definition.Scoring;
import io.github.eparcours.indicators.definition.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one indicator for one tenant and one period, shaped like a FHIR {@code
 * MeasureReport} (summary, with subject lists when explanations are on) so that an adapter maps
 * it one to one: populations, measure score, strata, plus the target, the verdict and the
 * policies applied. Immutable and thread-safe.
 *
 * <p>The score of a proportion is rounded to six decimals, half-even, for display; the verdict is
 * computed from the exact counts.
 *
 * @param indicatorId the definition's id
 * @param indicatorVersion the definition's version
 * @param title the definition's title
 * @param tenant the tenant
 * @param period the period measured
 * @param scoring the scoring
 * @param populations the populations, in {@link PopulationCode} order
 * @param score the score, or null when undefined (empty denominator)
 * @param target the target applying to the period, or null
 * @param verdict the verdict
 * @param strata the strata, by stratifier then value
 * @param policies the policies applied, name to value
 */
public record MeasureReport(String indicatorId, String indicatorVersion, String title,
    String tenant, ReportingPeriod period, Scoring scoring, List<PopulationResult> populations,
    BigDecimal score, Target target, Verdict verdict, List<Stratum> strata,
    Map<String, String> policies) {

  /** Validates and copies the components. */
  public MeasureReport {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(verdict, "verdict");
    populations = List.copyOf(populations);
    strata = List.copyOf(strata);
    policies = Map.copyOf(policies);
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
   * Returns the target, if one applies.
   *
   * @return the target
   */
  public Optional<Target> targetIfAny() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns a population.
   *
   * @param code the population
   * @return the population, or empty when the definition has none
   */
  public Optional<PopulationResult> population(PopulationCode code) {
    return populations.stream().filter(p -> p.code() == code).findFirst();
  }

  /**
   * Returns the count of a population.
   *
   * @param code the population
   * @return the count, 0 when absent
   */
  public long count(PopulationCode code) {
    return population(code).map(PopulationResult::count).orElse(0L);
  }

  /**
   * Returns the subjects of a population (empty when explanations are off).
   *
   * @param code the population
   * @return the sorted subjects, never null
   */
  public List<String> subjects(PopulationCode code) {
    return population(code).map(PopulationResult::subjects).orElse(List.of());
  }

  /** Counts, score and verdict; never subject identifiers. */
  @Override
  public String toString() {
    return "MeasureReport[" + indicatorId + ", tenant=" + tenant + ", " + period.label() + ", "
        + populations + ", score=" + score + ", " + verdict + "]";
  }
}
