package io.github.eparcours.indicators.report;

import java.util.List;
import java.util.Objects;

/**
 * One population of a report: its count and, when explanations were asked for, which subjects
 * fell in it (sorted). Immutable and thread-safe.
 *
 * @param code the population
 * @param count how many subjects
 * @param subjects the subjects, sorted; empty when explanations are off
 */
public record PopulationResult(PopulationCode code, long count, List<String> subjects) {

  /** Validates and copies the components. */
  public PopulationResult {
    Objects.requireNonNull(code, "code");
    subjects = List.copyOf(subjects);
  }

  /** Leaves the subject identifiers out. */
  @Override
  public String toString() {
    return code.code() + "=" + count;
  }
}
