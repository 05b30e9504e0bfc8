package io.github.eparcours.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.indicators.definition.Basis;
import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.Criterion;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.FactSelector;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.definition.Scoring;
import io.github.eparcours.indicators.definition.Window;
import io.github.eparcours.indicators.engine.IndicatorEngine;
import io.github.eparcours.indicators.engine.PartialAggregate;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.funding.BonusMalus;
import io.github.eparcours.indicators.funding.EparcoursLumpSum;
import io.github.eparcours.indicators.funding.IpepSeedCredit;
import io.github.eparcours.indicators.funding.RoundingRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every stable error code, each broken by exactly one rule. */
class ErrorCodesTest {

  private static final Criterion ANY = Criterion.exists(FactSelector.of(FactKind.FILE_OPENED),
      Window.PERIOD);

  private static void assertCode(ThrowingCallable call, String code) {
    assertThatThrownBy(call).isInstanceOf(IndicatorException.class)
        .hasMessageStartingWith(code + ": ").hasMessageContaining("Fix: ")
        .extracting(e -> ((IndicatorException) e).code()).isEqualTo(code);
  }

  private static IndicatorDefinition.Builder minimal() {
    return IndicatorDefinition.builder().id("x").title("x").basis(Basis.PATIENT)
        .initialPopulation(ANY).numerator(ANY);
  }

  @Test
  void selector_noKind_IND0001() {
    assertCode(() -> new FactSelector(Set.of(), Set.of(), Set.of()), "IND-0001");
  }

  @Test
  void criterion_thresholdBelowOne_IND0002() {
    assertCode(() -> new Criterion.Count(FactSelector.of(FactKind.FILE_OPENED), Window.PERIOD,
        0), "IND-0002");
  }

  @Test
  void criterion_distinctActorsAbove16_IND0003() {
    assertCode(() -> new Criterion.DistinctActors(FactSelector.of(FactKind.MESSAGE_SENT),
        Window.PERIOD, 17), "IND-0003");
  }

  @Test
  void sunEs_negativeGrace_IND0005() {
    assertCode(() -> BuiltInIndicators.sunEsFeedRate("biology", PeriodRule.previousQuarter(),
        null, Period.ofDays(-1)), "IND-0005");
  }

  @Test
  void definition_noInitialPopulation_IND0010() {
    assertCode(() -> minimal().initialPopulation(null).build(), "IND-0010");
  }

  @Test
  void definition_proportionWithoutNumerator_IND0011() {
    assertCode(() -> minimal().numerator(null).build(), "IND-0011");
    assertThat(minimal().numerator(null).scoring(Scoring.COUNT).build().numerator()).isEmpty();
  }

  @Test
  void definition_minimumDenominatorZero_IND0012() {
    assertCode(() -> minimal().minimumDenominator(0).build(), "IND-0012");
  }

  @Test
  void definition_blankTitle_IND0013() {
    assertCode(() -> minimal().title(" ").build(), "IND-0013");
  }

  @Test
  void engine_mergeAggregatesOfDifferentEngines_IND0020() {
    IndicatorEngine a = IndicatorEngine.builder().addDefinition(minimal().build())
        .reportingDate(LocalDate.of(2024, 4, 1)).build();
    IndicatorEngine b = a.toBuilder().build();
    PartialAggregate fromB = b.newAggregate();

    assertCode(() -> a.newAggregate().merge(fromB), "IND-0020");
    assertCode(() -> a.report(fromB), "IND-0020");
  }

  @Test
  void engine_noReportingDate_IND0021() {
    assertCode(() -> IndicatorEngine.builder().addDefinition(minimal().build()).build(),
        "IND-0021");
  }

  @Test
  void engine_duplicateIds_IND0022() {
    assertCode(() -> IndicatorEngine.builder()
        .definitions(List.of(minimal().build(), minimal().build()))
        .reportingDate(LocalDate.of(2024, 4, 1)).build(), "IND-0022");
  }

  @Test
  void fact_missingSubject_IND0100_withoutValues() {
    assertCode(() -> Fact.of(FactKind.FILE_OPENED, "tenant", " ", Instant.EPOCH), "IND-0100");
    assertCode(() -> Fact.of(FactKind.FILE_OPENED, "tenant", "file", null), "IND-0100");
  }

  @Test
  void factKind_invalidName_IND0101() {
    assertCode(() -> FactKind.of("Upper Case"), "IND-0101");
  }

  @Test
  void fact_toString_leavesSubjectAndActorOut() {
    Fact f = Fact.of(FactKind.MESSAGE_SENT, "t", "patient-file-42", Instant.EPOCH)
        .withActor("dr-who");

    assertThat(f.toString()).doesNotContain("patient-file-42").doesNotContain("dr-who");
  }

  /** An encoder knowing one kind, two subjects, one actor and one value. */
  private static FactEncoder encoder() {
    FactEncoder e = new FactEncoder();
    e.kind(FactKind.FILE_OPENED);
    e.subject("t", "file-1");
    e.subject("t", "file-2");
    e.actor("pro-1");
    e.value("QUAL");
    return e;
  }

  private static FactColumns.Builder columns(FactEncoder e) {
    return FactColumns.builder(e).kinds(new int[] {0, 0}).subjects(new int[] {1, 0})
        .epochSeconds(new long[] {1, 2});
  }

  @Test
  void factColumns_missingColumn_IND0100_namesColumn() {
    assertCode(() -> FactColumns.builder(encoder()).kinds(new int[1]).subjects(new int[1])
        .build(), "IND-0100");
    assertThatThrownBy(() -> FactColumns.builder(encoder()).kinds(new int[1])
        .epochSeconds(new long[1]).build()).hasMessageContaining("subjects");
  }

  @Test
  void encoder_blankSubject_IND0100_andNothingEncoded() {
    FactEncoder e = encoder();
    assertCode(() -> e.subject("t", " "), "IND-0100");
    assertCode(() -> e.subject(null, "file-3"), "IND-0100");
    assertThat(e.subjectCount()).isEqualTo(2);
    assertThat(e.subject("t", "file-3")).isEqualTo(2);
  }

  @Test
  void factColumns_differentLengths_IND0102_namesColumn() {
    assertCode(() -> columns(encoder()).actors(new int[] {0}).build(), "IND-0102");
    assertThatThrownBy(() -> columns(encoder()).epochSeconds(new long[3]).build())
        .hasMessageContaining("times column");
    assertThatThrownBy(() -> columns(encoder()).size(3).build())
        .hasMessageContaining("kinds column");
    assertThat(columns(encoder()).epochSeconds(new long[5]).size(2).build().size()).isEqualTo(2);
  }

  @Test
  void factColumns_unknownIds_IND0103_namesColumnAndRow() {
    assertCode(() -> columns(encoder()).kinds(new int[] {0, 1}).build(), "IND-0103");
    assertThatThrownBy(() -> columns(encoder()).kinds(new int[] {0, 1}).build())
        .hasMessageContaining("kinds column").hasMessageContaining("row 1");
    assertThatThrownBy(() -> columns(encoder()).subjects(new int[] {-1, 0}).build())
        .hasMessageContaining("subjects column").hasMessageContaining("row 0");
    assertThatThrownBy(() -> columns(encoder()).subjects(new int[] {0, 2}).build())
        .hasMessageContaining("subjects column").hasMessageContaining("row 1");
    assertThatThrownBy(() -> columns(encoder()).actors(new int[] {-2, 0}).build())
        .hasMessageContaining("actors column");
    assertThatThrownBy(() -> columns(encoder()).codes(new int[] {1, 0}).build())
        .hasMessageContaining("codes column");
    assertThatThrownBy(() -> columns(encoder()).qualifiers(new int[] {0, 7}).build())
        .hasMessageContaining("qualifiers column");
    assertThat(columns(encoder()).actors(new int[] {-1, 0}).codes(new int[] {0, -1}).build()
        .size()).isEqualTo(2);
  }

  @Test
  void factColumns_unknownIdsAtIntExtremes_IND0103_atAnyRowOfALongColumn() {
    FactEncoder e = encoder();
    assertThatThrownBy(() -> columns(e).subjects(new int[] {0, Integer.MAX_VALUE}).build())
        .hasMessageContaining("subjects column").hasMessageContaining("row 1");
    assertThatThrownBy(() -> columns(e).subjects(new int[] {Integer.MIN_VALUE, 0}).build())
        .hasMessageContaining("subjects column").hasMessageContaining("row 0");
    assertThatThrownBy(() -> columns(e).actors(new int[] {0, Integer.MIN_VALUE}).build())
        .hasMessageContaining("actors column").hasMessageContaining("row 1");
    assertThatThrownBy(() -> columns(e).actors(new int[] {Integer.MAX_VALUE, 0}).build())
        .hasMessageContaining("actors column").hasMessageContaining("row 0");
    // Rows checked in wide steps and then one by one: a bad id is found at any row.
    int n = 1003;
    for (int bad : new int[] {0, 500, 992, n - 1}) {
      int[] subjects = new int[n];
      subjects[bad] = 2;
      assertThatThrownBy(() -> FactColumns.builder(e).kinds(new int[n]).subjects(subjects)
          .epochSeconds(new long[n]).build()).hasMessageContaining("row " + bad);
    }
    assertThat(FactColumns.builder(e).kinds(new int[n]).subjects(new int[n])
        .epochSeconds(new long[n]).build().size()).isEqualTo(n);
  }

  @Test
  void factColumns_unsupportedTimeUnit_IND0104() {
    assertCode(() -> columns(encoder()).times(new long[2], ChronoUnit.DAYS), "IND-0104");
  }

  @Test
  void aggregate_tooManySubjects_IND0105() {
    IndicatorEngine engine = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .reportingDate(LocalDate.of(2024, 4, 1)).build();
    assertCode(() -> engine.newAggregate(Integer.MAX_VALUE / 2), "IND-0105");
  }

  @Test
  void aggregate_columnsOfAnotherEncoder_IND0106() {
    IndicatorEngine engine = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .reportingDate(LocalDate.of(2024, 4, 1)).build();
    PartialAggregate a = engine.newAggregate(encoder());
    assertCode(() -> a.accept(columns(encoder()).build()), "IND-0106");
    assertThat(a.factCount()).isZero();
  }

  @Test
  void encoder_toString_leavesSubjectsAndActorsOut() {
    assertThat(encoder().toString()).doesNotContain("file-1").doesNotContain("pro-1")
        .contains("subjects=2");
  }

  @Test
  void lumpSum_zeroReferencePopulation_IND0202() {
    EparcoursLumpSum d = EparcoursLumpSum.dac();
    assertCode(() -> new EparcoursLumpSum(d.id(), d.amountPerReference(), 0, d.advanceShare(),
        d.balanceRule(), d.requiredIndicators(), null, d.rounding()), "IND-0202");
  }

  @Test
  void bonusMalus_rateAboveOne_IND0203() {
    assertCode(() -> new BonusMalus("regional-4.2", new BigDecimal("1.5"),
        BonusMalus.Base.BALANCE, BonusMalus.Mode.FULL), "IND-0203");
  }

  @Test
  void ipep_maximumBelowMinimum_IND0212() {
    IpepSeedCredit d = IpepSeedCredit.defaults();
    assertCode(() -> new IpepSeedCredit(d.maximum(), d.minimum(), d.floor(), d.patientCeiling(),
        d.maxAdjustment(), d.modulation(), d.firstShare(), RoundingRule.CENTS_HALF_UP),
        "IND-0212");
  }

  @Test
  void exception_malformedCode_rejected() {
    assertThatThrownBy(() -> new IndicatorException("X-1", "a", "b", "c"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builtIns_allBuildAndCarryTheirPolicies() {
    List<IndicatorDefinition> all = new java.util.ArrayList<>(
        BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()));
    all.addAll(BuiltInIndicators.eparcoursCollective(EparcoursPolicies.defaults()));
    all.add(BuiltInIndicators.regional32());
    all.add(BuiltInIndicators.regional42(PeriodRule.previousYear()));
    all.add(BuiltInIndicators.mssanteUse());
    for (String domain : List.of("discharge", "biology", "imaging")) {
      all.add(BuiltInIndicators.sunEsFeedRate(domain, PeriodRule.previousQuarter(), null,
          Period.ZERO));
    }

    assertThat(all).extracting(IndicatorDefinition::id).doesNotHaveDuplicates().hasSize(14);
    assertThat(all.get(0).policies()).containsEntry("open-files", "AT_PERIOD_END");
    assertThat(all.get(0).toBuilder().build().id()).isEqualTo("eparcours-6.1");
  }
}
