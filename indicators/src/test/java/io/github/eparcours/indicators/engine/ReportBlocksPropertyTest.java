package io.github.eparcours.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.Criterion;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.FactSelector;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.OpenFilePolicy;
import io.github.eparcours.indicators.definition.Window;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationResult;
import io.github.eparcours.indicators.report.Stratum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports are computed a block of subjects at a time, 64 subjects per word: over populations of
 * several blocks, with partial last words, they equal the sum of the reports of small groups of
 * subjects (each within one word), for every built-in kind of criterion, populations, subject
 * lists and strata; a test shared by indicators with different initial populations gives each
 * the result it gives alone.
 */
class ReportBlocksPropertyTest {

  private static final LocalDate REPORTING = LocalDate.of(2024, 4, 1);

  @ParameterizedTest
  @ValueSource(longs = {5L, 77L, 31_337L})
  void report_manyBlocks_equalsSumOfSmallGroups(long seed) {
    List<Fact> facts = ColumnarInputPropertyTest.facts(seed, 2_300);
    IndicatorEngine engine = ColumnarInputPropertyTest.engine();
    Tally whole = new Tally();
    whole.add(engine.evaluate(facts));
    Map<Integer, List<Fact>> groups = facts.stream().collect(Collectors.groupingBy(
        f -> Math.floorMod(Objects.hash(seed, f.tenant(), f.subject()), 150)));
    Tally summed = new Tally();
    groups.values().forEach(g -> summed.add(engine.evaluate(g)));

    assertThat(whole.lists.values()).allSatisfy(l -> assertThat(l).isSorted());
    summed.lists.values().forEach(l -> l.sort(Comparator.naturalOrder()));
    assertThat(whole.counts).isEqualTo(summed.counts);
    assertThat(whole.lists).isEqualTo(summed.lists);
    assertThat(whole.counts.keySet()).anyMatch(k -> k.contains("author=code-"));
    assertThat(whole.counts.get("tenant-0|eparcours-6.3|2024-01-01|denominator"))
        .isGreaterThan(1024);
  }

  @ParameterizedTest
  @ValueSource(longs = {8L, 1_234L})
  void report_perSubjectTestsSharedUnderOtherInitialPopulations_equalEachAlone(long seed) {
    List<Fact> facts = ColumnarInputPropertyTest.facts(seed, 1_500);
    EparcoursPolicies p = EparcoursPolicies.defaults();
    IndicatorDefinition e62 = BuiltInIndicators.e62(p);
    Criterion firstWithin = e62.numerator().orElseThrow();
    Criterion team = BuiltInIndicators.e64(p).numerator().orElseThrow();
    List<IndicatorDefinition> defs = List.of(e62,
        e62.toBuilder().id("open-at-end").initialPopulation(new Criterion.Open(
            FactSelector.of(FactKind.FILE_OPENED), FactSelector.of(FactKind.FILE_CLOSED),
            OpenFilePolicy.AT_PERIOD_END)).numerator(new Criterion.Not(firstWithin)).build(),
        e62.toBuilder().id("liaison").initialPopulation(Criterion.exists(
            FactSelector.of(FactKind.LIAISON_ENTRY), Window.PERIOD)).numerator(team)
            .denominatorExclusion(firstWithin).build(),
        BuiltInIndicators.e64(p));
    IndicatorResults together = IndicatorEngine.builder().definitions(defs)
        .reportingDate(REPORTING).build().evaluate(facts);

    for (IndicatorDefinition d : defs) {
      IndicatorResults alone = IndicatorEngine.builder().definitions(List.of(d))
          .reportingDate(REPORTING).build().evaluate(facts);
      for (MeasureReport r : alone.reports()) {
        assertThat(together.find(r.tenant(), d.id())).contains(r);
      }
    }
  }

  /** Counts and subject lists per tenant, indicator, period (first day), stratum, population. */
  private static final class Tally {
    final Map<String, Long> counts = new TreeMap<>();
    final Map<String, List<String>> lists = new TreeMap<>();

    void add(IndicatorResults results) {
      for (MeasureReport r : results.reports()) {
        String key = r.tenant() + "|" + r.indicatorId() + "|" + r.period().firstDay();
        for (PopulationResult p : r.populations()) {
          count(key + "|" + p.code().code(), p.count());
          lists.computeIfAbsent(key + "|" + p.code().code(), k -> new ArrayList<>())
              .addAll(p.subjects());
        }
        for (Stratum s : r.strata()) {
          for (PopulationResult p : s.populations()) {
            count(key + "|" + s.stratifier() + "=" + s.value() + "|" + p.code().code(),
                p.count());
          }
        }
      }
    }

    private void count(String key, long n) {
      if (n != 0) {
        counts.merge(key, n, Long::sum);
      }
    }
  }
}
