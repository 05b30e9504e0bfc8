package io.github.eparcours.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.indicators.definition.Basis;
import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.Component;
import io.github.eparcours.indicators.definition.Criterion;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.FactSelector;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.definition.Stratifier;
import io.github.eparcours.indicators.definition.Window;
import io.github.eparcours.indicators.definition.CareTeamPolicy;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.sample.SyntheticPopulation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On random seeded populations, the columnar input gives the results of the record input: in
 * any time unit, in one batch or many, on aggregates sharing one encoder or each with its own,
 * merged in any tree order, mixed with records.
 */
class ColumnarInputPropertyTest {

  private static final LocalDate REPORTING = LocalDate.of(2024, 4, 1);

  /**
   * Every built-in kind of criterion, care teams measured both ways, a stratifier on codes, and
   * populations made of negations.
   */
  static IndicatorEngine engine() {
    List<IndicatorDefinition> defs = new ArrayList<>(
        BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()));
    defs.addAll(BuiltInIndicators.eparcoursCollective(EparcoursPolicies.defaults()));
    defs.add(BuiltInIndicators.regional42(PeriodRule.previousYear()));
    defs.add(BuiltInIndicators.e64(EparcoursPolicies.defaults()
        .withCareTeam(CareTeamPolicy.PRESENT_DURING_PERIOD)).toBuilder().id("e64-during")
        .addStratifier(new Stratifier("author", FactSelector.of(FactKind.LIAISON_ENTRY),
            Component.CODE)).build());
    // Every population from negations, so that no positive test bounds them.
    defs.add(IndicatorDefinition.builder().id("not-updated").title("Files not updated")
        .basis(Basis.COORDINATION_FILE)
        .initialPopulation(new Criterion.Not(exists(FactKind.FILE_UPDATED, Window.PERIOD)))
        .denominatorExclusion(new Criterion.Not(exists(FactKind.FILE_OPENED, Window.ALL)))
        .denominatorException(exists(FactKind.APPOINTMENT_SCHEDULED, Window.PERIOD))
        .numerator(new Criterion.Not(exists(FactKind.LIAISON_ENTRY, Window.PERIOD))
            .or(exists(FactKind.FIRST_EVALUATION, Window.ALL)))
        .numeratorExclusion(new Criterion.Not(exists(FactKind.MESSAGE_SENT, Window.PERIOD)))
        .build());
    return IndicatorEngine.builder().definitions(defs).lastQuarters(REPORTING, 3).build();
  }

  /**
   * Gives some facts a code, so that code-reading definitions have something to read, and some
   * files care teams larger than the members held inline.
   */
  private static Criterion exists(FactKind kind, Window window) {
    return Criterion.exists(FactSelector.of(kind), window);
  }

  private static List<Fact> facts(long seed) {
    return facts(seed, 600);
  }

  static List<Fact> facts(long seed, int filesPerTenant) {
    SyntheticPopulation pop = SyntheticPopulation.generate(seed, 3, filesPerTenant, REPORTING);
    Random random = new Random(seed);
    List<Fact> out = new ArrayList<>();
    for (Fact f : pop.facts()) {
      out.add(f.kind().equals(FactKind.LIAISON_ENTRY) && random.nextInt(3) > 0
          ? f.withCode("code-" + random.nextInt(4)) : f);
      if (f.kind().equals(FactKind.FILE_OPENED) && random.nextInt(5) == 0) {
        for (int m = 3 + random.nextInt(5); m > 0; m--) {
          String actor = "extra-" + random.nextInt(8);
          Instant added = f.at().plusSeconds(random.nextInt(200 * 86_400));
          out.add(Fact.of(FactKind.CARE_TEAM_ADDED, f.tenant(), f.subject(), added)
              .withActor(actor));
          if (random.nextBoolean()) {
            out.add(Fact.of(FactKind.CARE_TEAM_REMOVED, f.tenant(), f.subject(),
                added.plusSeconds(random.nextInt(100 * 86_400))).withActor(actor));
          }
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 2024L, -7L})
  void evaluate_columnsInAnyUnitOrSplit_equalRecords(long seed) {
    List<Fact> facts = facts(seed);
    IndicatorEngine engine = engine();
    IndicatorResults records = engine.evaluate(facts);

    assertThat(engine.evaluate(Columns.of(facts, new FactEncoder(), ChronoUnit.SECONDS)))
        .isEqualTo(records);
    assertThat(engine.evaluate(Columns.of(facts, new FactEncoder(), ChronoUnit.MILLIS)))
        .isEqualTo(records);
    FactColumns nanos = Columns.of(facts, new FactEncoder(), ChronoUnit.NANOS);
    assertThat(engine.evaluate(nanos)).isEqualTo(records);
    assertThat(engine.evaluateParallel(nanos, 5)).isEqualTo(records);
  }

  @ParameterizedTest
  @ValueSource(longs = {3L, 17L, 99_991L})
  void merge_slicesOfSharedAndOwnEncoders_equalRecords(long seed) {
    List<Fact> facts = facts(seed);
    IndicatorEngine engine = engine();
    IndicatorResults records = engine.evaluate(facts);
    Random random = new Random(seed);
    List<Fact> shuffled = new ArrayList<>(facts);
    Collections.shuffle(shuffled, random);

    FactEncoder shared = new FactEncoder();
    FactColumns all = Columns.of(shuffled, shared, ChronoUnit.SECONDS);
    List<PartialAggregate> parts = new ArrayList<>();
    int i = 0;
    while (i < shuffled.size()) {
      int n = 1 + random.nextInt(shuffled.size() / 4 + 1);
      int end = Math.min(shuffled.size(), i + n);
      PartialAggregate a;
      switch (random.nextInt(3)) {
        case 0:
          a = engine.newAggregate(shared);
          a.accept(all.slice(i, end));
          break;
        case 1:
          a = engine.newAggregate(new FactEncoder());
          a.accept(Columns.of(shuffled.subList(i, end), a.encoder(), ChronoUnit.NANOS));
          break;
        default:
          a = engine.newAggregate();
          shuffled.subList(i, end).forEach(a);
          break;
      }
      parts.add(a);
      i = end;
    }
    parts.add(engine.newAggregate(shared));
    while (parts.size() > 1) {
      Collections.shuffle(parts, random);
      PartialAggregate x = parts.remove(parts.size() - 1);
      PartialAggregate y = parts.remove(parts.size() - 1);
      parts.add(random.nextBoolean() ? x.merge(y) : y.merge(x));
    }

    assertThat(parts.get(0).factCount()).isEqualTo(facts.size());
    assertThat(engine.report(parts.get(0))).isEqualTo(records);
  }

  @ParameterizedTest
  @ValueSource(longs = {5L, 8L})
  void accept_batchesOneByOneAndMixedWithRecords_equalRecords(long seed) {
    List<Fact> facts = facts(seed);
    IndicatorEngine engine = engine();
    IndicatorResults records = engine.evaluate(facts);
    PartialAggregate a = engine.newAggregate();
    Random random = new Random(seed);
    int i = 0;
    while (i < facts.size()) {
      int end = Math.min(facts.size(), i + 1 + random.nextInt(300));
      if (random.nextBoolean()) {
        a.accept(Columns.of(facts.subList(i, end), a.encoder(), ChronoUnit.NANOS));
      } else {
        facts.subList(i, end).forEach(a);
      }
      i = end;
    }
    assertThat(engine.report(a)).isEqualTo(records);
  }

  /**
   * A shuffled batch whose state outgrows a core's cache and whose facts outnumber the fold
   * buffer: it is partitioned into windows of subjects and folded in several chunks, and still
   * gives the results of the records (folded in small batches, in their order).
   */
  @ParameterizedTest
  @ValueSource(longs = {11L, 2025L})
  void evaluate_batchPartitionedIntoWindowsAndChunks_equalsRecords(long seed) {
    List<Fact> facts = new ArrayList<>(facts(seed, 4000));
    Collections.shuffle(facts, new Random(seed));
    assertThat(facts.size()).isGreaterThan(2 * 65_536);
    IndicatorEngine engine = engine();

    IndicatorResults records = engine.evaluate(facts);

    assertThat(engine.evaluate(Columns.of(facts, new FactEncoder(), ChronoUnit.NANOS)))
        .isEqualTo(records);
  }

  /**
   * A large batch already grouped by subject (a query ordered by file) is folded in its own
   * order, through the small buffer, and gives the results of the records.
   */
  @ParameterizedTest
  @ValueSource(longs = {13L, 4048L})
  void evaluate_largeBatchGroupedBySubject_equalsRecords(long seed) {
    List<Fact> facts = new ArrayList<>(facts(seed, 4000));
    Collections.shuffle(facts, new Random(seed));
    facts.sort(Comparator.comparing(Fact::tenant).thenComparing(Fact::subject));
    IndicatorEngine engine = engine();

    IndicatorResults records = engine.evaluate(facts);

    assertThat(engine.evaluate(Columns.of(facts, new FactEncoder(), ChronoUnit.SECONDS)))
        .isEqualTo(records);
  }

  /**
   * Folded by several tasks into one aggregate, and reported by several tasks, a large batch
   * gives the results of the records: shuffled (partitioned by all the tasks, chunk after
   * chunk, each task folding its windows), ordered by subject id (each task folding its own
   * slice of the batch) or grouped by subject in another order, where each window of subject
   * ids comes back in both halves of the batch (each task folding its windows in the batch's
   * order). The reports list subjects and strata, so that ranges of subjects tallied apart must
   * come back in order.
   */
  @ParameterizedTest
  @CsvSource({"21, 2, shuffled", "21, 3, bySubjectId", "77, 4, shuffled", "77, 2, bySubjectId",
      "5, 7, shuffled", "9, 2, evenIdsThenOdd", "9, 3, evenIdsThenOdd"})
  void evaluateParallel_largeBatch_equalsRecords(long seed, int parts, String order) {
    List<Fact> facts = new ArrayList<>(facts(seed, 4000));
    Collections.shuffle(facts, new Random(seed));
    FactEncoder encoder = new FactEncoder();
    if (!order.equals("shuffled")) {
      facts.sort(Comparator.comparing(Fact::tenant).thenComparing(Fact::subject));
    }
    if (order.equals("evenIdsThenOdd")) {
      facts.forEach(f -> encoder.subject(f.tenant(), f.subject()));
      facts.sort(Comparator.comparingInt(f -> encoder.subject(f.tenant(), f.subject()) & 1));
    }
    IndicatorEngine engine = engine();

    IndicatorResults records = engine.evaluate(facts);

    FactColumns columns = Columns.of(facts, encoder, ChronoUnit.SECONDS);
    assertThat(engine.evaluateParallel(columns, parts)).isEqualTo(records);
    PartialAggregate a = engine.newAggregate(columns.encoder());
    a.accept(columns.slice(0, columns.size() / 3), parts);
    a.accept(columns.slice(columns.size() / 3, columns.size()), parts);
    assertThat(a.factCount()).isEqualTo(facts.size());
    assertThat(engine.report(a, parts)).isEqualTo(records);
  }

  /**
   * A batch without an actor column, after one with, reads no actor: the fold buffer kept
   * between the batches must not hand the earlier batch's actors to the later one's facts.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void accept_batchWithoutActorsAfterOneWith_readsNoActor(boolean grouped) {
    List<Fact> facts = new ArrayList<>(facts(31L));
    if (grouped) {
      facts.sort(Comparator.comparing(Fact::tenant).thenComparing(Fact::subject));
    }
    List<Fact> first = facts.subList(0, facts.size() / 2);
    List<Fact> second = facts.subList(facts.size() / 2, facts.size()).stream()
        .map(f -> f.withActor(null)).toList();
    IndicatorEngine engine = engine();
    List<Fact> all = new ArrayList<>(first);
    all.addAll(second);
    IndicatorResults records = engine.evaluate(all);

    PartialAggregate a = engine.newAggregate();
    a.accept(Columns.of(first, a.encoder(), ChronoUnit.SECONDS));
    FactColumns withActors = Columns.of(second, a.encoder(), ChronoUnit.SECONDS);
    a.accept(FactColumns.builder(a.encoder()).kinds(withActors.kinds())
        .subjects(withActors.subjects()).epochSeconds(withActors.times())
        .codes(withActors.codes()).qualifiers(withActors.qualifiers()).build());

    assertThat(engine.report(a)).isEqualTo(records);
  }

  @Test
  void parallel_partsBelowOne_rejected() {
    IndicatorEngine engine = engine();
    FactColumns columns = Columns.of(facts(1L), new FactEncoder(), ChronoUnit.SECONDS);
    PartialAggregate a = engine.newAggregate(columns.encoder());

    assertThatThrownBy(() -> engine.evaluateParallel(columns, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parts");
    assertThatThrownBy(() -> a.accept(columns, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parts");
    assertThatThrownBy(() -> engine.report(a, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parts");
    assertThat(a.factCount()).isZero();
  }
}
