package io.github.eparcours.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import io.github.eparcours.indicators.sample.SyntheticPopulation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On random seeded populations: sequential, parallel and randomly split-then-merged runs give
 * equal results, and the counts equal those the generator computed independently.
 */
class ParallelAndMergePropertyTest {

  private static final LocalDate REPORTING = LocalDate.of(2024, 4, 1);

  private static IndicatorEngine engine() {
    List<IndicatorDefinition> defs = new ArrayList<>(
        BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()));
    defs.addAll(BuiltInIndicators.eparcoursCollective(EparcoursPolicies.defaults()));
    defs.add(BuiltInIndicators.regional42(PeriodRule.previousYear()));
    return IndicatorEngine.builder().definitions(defs).lastQuarters(REPORTING, 3).build();
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 2024L, 99_991L, -5L})
  void evaluate_parallelAndMerged_equalSequential(long seed) throws Exception {
    SyntheticPopulation pop = SyntheticPopulation.generate(seed, 3, 700, REPORTING);
    IndicatorEngine engine = engine();

    IndicatorResults sequential = engine.evaluate(pop.facts().stream());
    IndicatorResults parallel = new ForkJoinPool(4)
        .submit(() -> engine.evaluateParallel(pop.facts().stream())).get();
    IndicatorResults merged = engine.report(splitAndMerge(engine, pop.facts(), new Random(seed)));

    assertThat(parallel).isEqualTo(sequential);
    assertThat(merged).isEqualTo(sequential);
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 11L, 123_456L})
  void evaluate_syntheticPopulation_matchesIndependentlyComputedCounts(long seed) {
    SyntheticPopulation pop = SyntheticPopulation.generate(seed, 2, 1500, REPORTING);
    IndicatorResults results = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .reportingDate(REPORTING).explain(false).build().evaluate(pop.facts());

    for (String tenant : pop.tenants()) {
      for (String id : List.of("eparcours-6.1", "eparcours-6.2", "eparcours-6.3",
          "eparcours-6.4", "eparcours-6.5")) {
        MeasureReport r = results.find(tenant, id).orElseThrow();
        SyntheticPopulation.Expected e = pop.expected(tenant, id);
        assertThat(r.count(PopulationCode.DENOMINATOR)).as(id).isEqualTo(e.denominator());
        assertThat(r.count(PopulationCode.NUMERATOR)).as(id).isEqualTo(e.numerator());
        assertThat(e.numerator()).as(id).isPositive().isLessThan(e.denominator());
      }
    }
  }

  /**
   * One tenant's subjects are reported block after block in id order, their rows read ahead of
   * the tests; with subject lists, in name order instead. A state sized exactly to the encoder
   * makes the last block (40 subjects: whole cache lines of rows) end at the array's end, where
   * a read one line too far fails.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void evaluate_oneTenantColumnsInExactlySizedState_matchesIndependentlyComputedCounts(
      boolean explain) {
    SyntheticPopulation pop = SyntheticPopulation.generate(17, 1, 2 * 1024 + 40, REPORTING,
        false);
    IndicatorEngine engine = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .reportingDate(REPORTING).explain(explain).build();
    FactColumns columns = Columns.of(pop.facts(), new FactEncoder(), ChronoUnit.SECONDS);
    PartialAggregate aggregate = engine.newAggregate(columns.encoder());
    aggregate.accept(columns);
    IndicatorResults results = engine.report(aggregate);

    for (String id : List.of("eparcours-6.1", "eparcours-6.2", "eparcours-6.3", "eparcours-6.4",
        "eparcours-6.5")) {
      MeasureReport r = results.find("tenant-0", id).orElseThrow();
      SyntheticPopulation.Expected e = pop.expected("tenant-0", id);
      assertThat(r.count(PopulationCode.DENOMINATOR)).as(id).isEqualTo(e.denominator());
      assertThat(r.count(PopulationCode.NUMERATOR)).as(id).isEqualTo(e.numerator());
    }
    assertThat(pop.expected("tenant-0", "eparcours-6.3").denominator()).isGreaterThan(1024);
  }

  /** Cuts the facts into random slices, folds each, merges them in a random tree order. */
  private static PartialAggregate splitAndMerge(IndicatorEngine engine, List<Fact> facts,
      Random random) {
    List<PartialAggregate> parts = new ArrayList<>();
    int i = 0;
    while (i < facts.size()) {
      int n = 1 + random.nextInt(facts.size() / 3 + 1);
      PartialAggregate a = engine.newAggregate();
      facts.subList(i, Math.min(facts.size(), i + n)).forEach(a);
      parts.add(a);
      i += n;
    }
    parts.add(engine.newAggregate());
    while (parts.size() > 1) {
      Collections.shuffle(parts, random);
      PartialAggregate x = parts.remove(parts.size() - 1);
      PartialAggregate y = parts.remove(parts.size() - 1);
      parts.add(random.nextBoolean() ? x.merge(y) : y.merge(x));
    }
    assertThat(parts.get(0).factCount()).isEqualTo(facts.size());
    return parts.get(0);
  }
}
