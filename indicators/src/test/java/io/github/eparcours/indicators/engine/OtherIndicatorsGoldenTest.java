package io.github.eparcours.indicators.engine;

import static io.github.eparcours.indicators.engine.F.f;
import static io.github.eparcours.indicators.engine.F.run;
import static io.github.eparcours.indicators.report.PopulationCode.DENOMINATOR;
import static io.github.eparcours.indicators.report.PopulationCode.DENOMINATOR_EXCEPTION;
import static io.github.eparcours.indicators.report.PopulationCode.DENOMINATOR_EXCLUSION;
import static io.github.eparcours.indicators.report.PopulationCode.INITIAL_POPULATION;
import static io.github.eparcours.indicators.report.PopulationCode.NUMERATOR;
import static io.github.eparcours.indicators.report.PopulationCode.NUMERATOR_EXCLUSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.definition.Basis;
import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.Criterion;
import io.github.eparcours.indicators.definition.FactSelector;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.definition.Target;
import io.github.eparcours.indicators.definition.Window;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.Stratum;
import io.github.eparcours.indicators.report.Verdict;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HL7 proportion example, regional inputs, SUN-ES and MSSanté golden tables. */
class OtherIndicatorsGoldenTest {

  private static FactSelector sel(String kind) {
    return FactSelector.of(FactKind.of(kind));
  }

  private static Criterion has(String kind) {
    return Criterion.exists(sel(kind), Window.PERIOD);
  }

  /**
   * CQM IG IGProportion-summary: IP 7, D 6, DX 1, N 3, NX 1, DEXC 1 gives (3-1)/(6-1-1) = 0.5.
   */
  @Test
  void proportion_hl7Example_scoreIsOneHalf() {
    IndicatorDefinition def = IndicatorDefinition.builder().id("hl7-proportion").title("HL7")
        .basis(Basis.PATIENT).initialPopulation(has("t.ip")).denominator(has("t.d"))
        .denominatorExclusion(has("t.dx")).numerator(has("t.n")).numeratorExclusion(has("t.nx"))
        .denominatorException(has("t.dexc")).targets(
            io.github.eparcours.indicators.definition.TargetSchedule.constant(
                Target.atLeast("0.5"))).build();
    String day = "2024-02-01T10:00:00Z";
    List<Fact> facts = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      facts.add(f(FactKind.of("t.ip"), "s" + i, day));
    }
    for (int i = 1; i <= 6; i++) {
      facts.add(f(FactKind.of("t.d"), "s" + i, day));
    }
    facts.add(f(FactKind.of("t.dx"), "s6", day));
    for (int i = 1; i <= 3; i++) {
      facts.add(f(FactKind.of("t.n"), "s" + i, day));
    }
    facts.add(f(FactKind.of("t.nx"), "s3", day));
    facts.add(f(FactKind.of("t.dexc"), "s5", day));
    facts.add(f(FactKind.of("t.dexc"), "s1", day)); // in the numerator: no exception

    MeasureReport r = run(def, facts);

    assertThat(r.count(INITIAL_POPULATION)).isEqualTo(7);
    assertThat(r.count(DENOMINATOR)).isEqualTo(6);
    assertThat(r.count(DENOMINATOR_EXCLUSION)).isEqualTo(1);
    assertThat(r.count(NUMERATOR)).isEqualTo(3);
    assertThat(r.count(NUMERATOR_EXCLUSION)).isEqualTo(1);
    assertThat(r.subjects(DENOMINATOR_EXCEPTION)).containsExactly("s5");
    assertThat(r.score()).isEqualByComparingTo("0.5");
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void regional32_completenessBySector_stratified() {
    FactKind k = FactKind.ROR_DESCRIBED;
    MeasureReport r = run(BuiltInIndicators.regional32(), List.of(
        f(k, "S1", "2023-03-01T10:00:00Z").withCode("psy").withQualifier("partial"),
        f(k, "S1", "2023-09-01T10:00:00Z").withCode("psy").withQualifier("complete"),
        f(k, "S2", "2023-03-01T10:00:00Z").withCode("psy").withQualifier("complete"),
        f(k, "S2", "2023-10-01T10:00:00Z").withCode("psy").withQualifier("partial"),
        f(k, "S3", "2023-05-01T10:00:00Z").withCode("mco").withQualifier("complete"),
        f(k, "S4", "2024-01-05T10:00:00Z").withCode("mco").withQualifier("complete")));

    assertThat(r.period().label()).isEqualTo("2023");
    assertThat(r.subjects(NUMERATOR)).containsExactly("S1", "S3");
    assertThat(r.count(DENOMINATOR)).isEqualTo(3);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.strata()).extracting(Stratum::value).containsExactly("mco", "psy");
    assertThat(r.strata().get(0).score()).isEqualByComparingTo("1");
    assertThat(r.strata().get(1).score()).isEqualByComparingTo("0.5");
  }

  private static List<Fact> dmps(int open, int withVsm) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < open; i++) {
      facts.add(f(FactKind.DMP_OPENED, "dmp" + i, "2021-03-01T10:00:00Z"));
      if (i < withVsm) {
        facts.add(f(FactKind.VSM_SENT, "dmp" + i, "2021-06-01T10:00:00Z"));
      }
    }
    facts.add(f(FactKind.DMP_OPENED, "closed", "2021-03-01T10:00:00Z"));
    facts.add(f(FactKind.DMP_CLOSED, "closed", "2021-04-01T10:00:00Z"));
    return facts;
  }

  @Test
  void regional42_targetDependsOnYear_twoPercentAtEnd2021() {
    var def = BuiltInIndicators.regional42(PeriodRule.previousYear());
    MeasureReport r = run(IndicatorEngine.builder().addDefinition(def)
        .reportingDate(LocalDate.of(2022, 1, 15)), def, dmps(200, 4));
    MeasureReport missed = run(IndicatorEngine.builder().addDefinition(def)
        .reportingDate(LocalDate.of(2022, 1, 15)), def, dmps(200, 3));

    assertThat(r.count(DENOMINATOR)).isEqualTo(200);
    assertThat(r.target().threshold()).isEqualByComparingTo("0.02");
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(missed.verdict()).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void regional42_beforeFirstMilestone_noTarget() {
    var def = BuiltInIndicators.regional42(PeriodRule.previousQuarter());
    MeasureReport r = run(IndicatorEngine.builder().addDefinition(def)
        .reportingDate(LocalDate.of(2020, 10, 1)), def,
        List.of(f(FactKind.DMP_OPENED, "d", "2020-03-01T10:00:00Z")));

    assertThat(r.targetIfAny()).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void sunEs_feedRate_countsQualifiedInsOfTheDomainOnly() {
    PeriodRule window = PeriodRule.fixed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    var def = BuiltInIndicators.sunEsFeedRate(BuiltInIndicators.SUN_ES_DISCHARGE, window,
        Target.atLeast("0.50"), Period.ofDays(7));
    FactKind el = FactKind.FEED_ELIGIBLE;
    FactKind sent = FactKind.DOCUMENT_SENT_TO_DMP;
    MeasureReport r = run(def, List.of(
        f(el, "stay1", "2024-02-01T10:00:00Z").withCode("discharge"),
        f(sent, "stay1", "2024-02-02T10:00:00Z").withCode("discharge").withQualifier("QUAL"),
        f(el, "stay2", "2024-02-01T10:00:00Z").withCode("discharge"),
        f(sent, "stay2", "2024-02-02T10:00:00Z").withCode("discharge").withQualifier("PROV"),
        f(el, "stay3", "2024-03-30T10:00:00Z").withCode("discharge"),
        f(sent, "stay3", "2024-04-05T10:00:00Z").withCode("discharge").withQualifier("QUAL"),
        f(el, "stay4", "2024-03-30T10:00:00Z").withCode("discharge"),
        f(sent, "stay4", "2024-04-09T10:00:00Z").withCode("discharge").withQualifier("QUAL"),
        f(el, "lab1", "2024-02-01T10:00:00Z").withCode("biology"),
        f(sent, "lab1", "2024-02-01T10:00:00Z").withCode("biology").withQualifier("QUAL")));

    assertThat(r.subjects(DENOMINATOR)).containsExactly("stay1", "stay2", "stay3", "stay4");
    assertThat(r.subjects(NUMERATOR)).containsExactly("stay1", "stay3");
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.policies()).containsEntry("sending-grace", "P7D");
  }

  @Test
  void mssanteUse_countsMessagesInQuarter() {
    FactKind k = FactKind.MSS_MESSAGE_SENT;
    MeasureReport r = run(BuiltInIndicators.mssanteUse(), List.of(
        f(k, "pro1", "2024-01-02T10:00:00Z"), f(k, "pro1", "2024-01-03T10:00:00Z"),
        f(k, "pro2", "2024-03-02T10:00:00Z"), f(k, "pro3", "2023-12-02T10:00:00Z")));

    assertThat(r.count(INITIAL_POPULATION)).isEqualTo(2);
    assertThat(r.score()).isEqualByComparingTo("3");
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }
}
