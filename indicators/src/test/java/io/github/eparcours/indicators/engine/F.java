package io.github.eparcours.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Terse fact building for golden tables. Q1 2024 in Paris is [2023-12-31T23:00Z, 2024-03-31T22:00Z). */
final class F {

  static final String TENANT = "dac-1";
  static final LocalDate REPORTING = LocalDate.of(2024, 4, 1);
  static final EparcoursPolicies DEFAULTS = EparcoursPolicies.defaults();
  static final Instant Q_START = Instant.parse("2023-12-31T23:00:00Z");
  static final Instant Q_END = Instant.parse("2024-03-31T22:00:00Z");

  private F() {}

  static Fact f(FactKind kind, String subject, String at) {
    return Fact.of(kind, TENANT, subject, Instant.parse(at));
  }

  static Fact f(FactKind kind, String subject, Instant at) {
    return Fact.of(kind, TENANT, subject, at);
  }

  static Fact by(FactKind kind, String subject, String at, String actor) {
    return f(kind, subject, at).withActor(actor);
  }

  /** Evaluates one definition, after shuffling the facts (order must not matter). */
  static MeasureReport run(IndicatorDefinition def, List<Fact> facts) {
    return run(IndicatorEngine.builder().addDefinition(def).reportingDate(REPORTING), def,
        facts);
  }

  static MeasureReport run(IndicatorEngine.Builder builder, IndicatorDefinition def,
      List<Fact> facts) {
    List<Fact> shuffled = new ArrayList<>(facts);
    Collections.shuffle(shuffled, new Random(42));
    IndicatorEngine engine = builder.build();
    IndicatorResults results = engine.evaluate(shuffled);
    // Every golden case also holds for the columnar input, sequential and in slices.
    FactColumns columns = Columns.of(shuffled, new FactEncoder(), ChronoUnit.NANOS);
    assertThat(engine.evaluate(columns)).isEqualTo(results);
    assertThat(engine.evaluateParallel(columns, 3)).isEqualTo(results);
    return results.find(TENANT, def.id()).orElseThrow();
  }
}
