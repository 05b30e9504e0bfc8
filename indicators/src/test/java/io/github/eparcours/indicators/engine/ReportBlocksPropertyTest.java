package io.github.eparcours.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationResult;
import io.github.eparcours.indicators.report.Stratum;
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
 * lists and strata.
 */
class ReportBlocksPropertyTest {

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
