package io.github.eparcours.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.engine.IndicatorEngine;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import io.github.eparcours.indicators.funding.EparcoursLumpSum;
import io.github.eparcours.indicators.funding.FundingStatement;
import io.github.eparcours.indicators.html.QuarterlyDashboard;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import io.github.eparcours.indicators.report.Verdict;
import io.github.eparcours.indicators.sample.SyntheticPopulation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README quick start, end to end: facts in, reports, funding and dashboard out. */
class QuickStartTest {

  @Test
  void quickStart_dacQuarter_reportsFundingAndDashboard() {
    LocalDate reportingDate = LocalDate.of(2024, 4, 1);
    SyntheticPopulation population = SyntheticPopulation.generate(42, 1, 3_000, reportingDate);
    List<Fact> facts = new ArrayList<>(population.facts());
    facts.add(Fact.of(FactKind.DASHBOARD_PRODUCED, "tenant-0", "structure",
        Instant.parse("2024-03-29T09:00:00Z")));
    for (int i = 0; i < 100; i++) {
      facts.add(Fact.of(FactKind.DMP_OPENED, "tenant-0", "dmp-" + i,
          Instant.parse("2023-06-01T09:00:00Z")));
    }
    facts.add(Fact.of(FactKind.VSM_SENT, "tenant-0", "dmp-7", Instant.parse("2023-09-01T09:00:00Z")));

    List<IndicatorDefinition> definitions = new ArrayList<>(
        BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()));
    definitions.add(BuiltInIndicators.regional42(PeriodRule.previousYear()));
    IndicatorEngine engine = IndicatorEngine.builder()
        .definitions(definitions)
        .lastQuarters(reportingDate, 4)
        .build();
    IndicatorResults results = engine.evaluate(facts.stream());
    List<MeasureReport> reports = results.forTenant("tenant-0");
    FundingStatement funding = EparcoursLumpSum.dac().compute(450_000, reports);
    String html = QuarterlyDashboard.render("DAC tenant-0", reports);

    MeasureReport e61 = reports.stream().filter(r -> r.indicatorId().equals("eparcours-6.1")
        && r.period().label().equals("2024-Q1")).findFirst().orElseThrow();
    SyntheticPopulation.Expected expected = population.expected("tenant-0", "eparcours-6.1");
    assertThat(e61.count(PopulationCode.DENOMINATOR)).isEqualTo(expected.denominator());
    assertThat(e61.subjects(PopulationCode.NUMERATOR)).hasSize((int) expected.numerator());
    assertThat(results.find("tenant-0", "eparcours-6.6").orElseThrow().period().label())
        .isEqualTo("2023-Q2");
    assertThat(reports.stream().filter(r -> r.indicatorId().equals("eparcours-6.6"))
        .map(MeasureReport::verdict)).containsExactly(Verdict.NOT_MET, Verdict.NOT_MET,
            Verdict.NOT_MET, Verdict.MET);
    // 800000 x 450000 / 300000 = 1200000; 60 % advance
    assertThat(funding.line("advance").orElseThrow().amount()).isEqualByComparingTo("720000.00");
    // 4.2 for 2023: 1 % of open DMPs hold a VSM, under the 4 % target: 3 % penalty on the balance
    assertThat(funding.line("bonus-malus regional-4.2").orElseThrow().amount())
        .isNegative();
    assertThat(html).contains("<svg").contains("eparcours-6.4");
  }
}
