package io.github.eparcours.examples.tasks;

import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.engine.IndicatorEngine;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Task example: compute the e-parcours indicators of a DAC from a CSV export of its activity.
 *
 * <p>The CSV has one fact per line: {@code tenant,subject,kind,at,actor,code,qualifier} (the
 * last three may be empty; no quoting, {@code #} starts a comment). The facts are streamed into
 * the engine: the file is never held in memory.
 */
public final class ComputeIndicatorsFromCsv {

  private ComputeIndicatorsFromCsv() {}

  /**
   * Runs the example on the bundled CSV.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   * @return the results
   */
  public static IndicatorResults run(PrintStream out) {
    // START SNIPPET: indicators-from-csv
    IndicatorEngine engine = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .reportingDate(LocalDate.of(2026, 10, 1))       // the quarter before: 2026-Q3
        .build();
    IndicatorResults results;
    try (InputStream csv = Objects.requireNonNull(
            ComputeIndicatorsFromCsv.class.getResourceAsStream("dac-facts.csv"), "dac-facts.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        Stream<Fact> facts = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(ComputeIndicatorsFromCsv::parseLine)) {
      results = engine.evaluate(facts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (MeasureReport r : results.forTenant("dac-rennes")) {
      out.printf("%-14s %s: %d/%d -> %s (%s)%n", r.indicatorId(), r.period().label(),
          r.count(PopulationCode.NUMERATOR), r.count(PopulationCode.DENOMINATOR),
          r.scoreIfDefined().map(s -> s.stripTrailingZeros().toPlainString()).orElse("-"),
          r.verdict());
      // The explanation: which files are in the numerator (funding is disputed: show why).
      out.println("               numerator: " + r.subjects(PopulationCode.NUMERATOR));
    }
    // END SNIPPET: indicators-from-csv
    return results;
  }

  /**
   * Parses one CSV line into a fact.
   *
   * @param line {@code tenant,subject,kind,at,actor,code,qualifier}
   * @return the fact
   * @throws IllegalArgumentException naming the column when the line is malformed
   */
  static Fact parseLine(String line) {
    String[] c = line.split(",", -1);
    if (c.length != 7) {
      throw new IllegalArgumentException("a fact line has 7 comma-separated columns "
          + "(tenant,subject,kind,at,actor,code,qualifier), this one has " + c.length);
    }
    Instant at;
    try {
      at = Instant.parse(c[3].trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("column 'at' must be an ISO-8601 instant such as "
          + "2026-07-02T10:00:00Z", e);
    }
    Fact fact = Fact.of(FactKind.of(c[2].trim()), c[0].trim(), c[1].trim(), at);
    if (!c[4].isBlank()) {
      fact = fact.withActor(c[4].trim());
    }
    if (!c[5].isBlank()) {
      fact = fact.withCode(c[5].trim());
    }
    if (!c[6].isBlank()) {
      fact = fact.withQualifier(c[6].trim());
    }
    return fact;
  }
}
