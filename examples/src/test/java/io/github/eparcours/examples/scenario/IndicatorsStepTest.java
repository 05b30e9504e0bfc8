package io.github.eparcours.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import io.github.eparcours.indicators.report.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorsStepTest {

  @TempDir Path out;

  private IndicatorsStep.Outcome run() throws Exception {
    var narrator = new Narrator(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), false);
    try (var context = new ScenarioContext(ScenarioConfig.fakes(), narrator, out)) {
      new IndicatorsStep().run(context);
      return context.get(IndicatorsStep.Outcome.class);
    }
  }

  private static MeasureReport report(IndicatorsStep.Outcome outcome, String id) {
    return outcome.latest().stream().filter(r -> r.indicatorId().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void run_seededPopulation_givesTheGeneratorsCountsForEachIndicator() throws Exception {
    IndicatorsStep.Outcome outcome = run();
    for (String id : new String[] {"eparcours-6.1", "eparcours-6.2", "eparcours-6.3",
        "eparcours-6.4", "eparcours-6.5"}) {
      var expected = outcome.population().expected(IndicatorsStep.TENANT, id);
      MeasureReport r = report(outcome, id);
      assertThat(r.count(PopulationCode.DENOMINATOR)).as(id).isEqualTo(expected.denominator());
      assertThat(r.count(PopulationCode.NUMERATOR)).as(id).isEqualTo(expected.numerator());
    }
    assertThat(outcome.population().fileCount()).isEqualTo(3_000);
  }

  @Test
  void run_seededPopulation_fundingFollowsTheVerdicts() throws Exception {
    IndicatorsStep.Outcome outcome = run();
    assertThat(report(outcome, "eparcours-6.6").verdict()).isEqualTo(Verdict.MET);
    assertThat(report(outcome, "regional-4.2").verdict()).isEqualTo(Verdict.MET);
    // 800,000 EUR x 450,000 / 300,000 = 1,200,000 EUR: 60 % advance; the balance needs 6.1-6.6
    // all met (they are not); 4.2 met gives a 3 % bonus on the 480,000 EUR balance.
    assertThat(outcome.funding().line("advance").orElseThrow().amount())
        .isEqualByComparingTo(new BigDecimal("720000.00"));
    assertThat(outcome.funding().line("balance").orElseThrow().amount())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(outcome.funding().total()).isEqualByComparingTo(new BigDecimal("734400.00"));
  }

  @Test
  void run_writesASelfContainedDashboardWithOneChartPerIndicator() throws Exception {
    IndicatorsStep.Outcome outcome = run();
    String html = Files.readString(outcome.dashboard());
    long sections = html.split("<section", -1).length - 1L;
    long charts = html.split("<svg", -1).length - 1L;
    assertThat(sections).isEqualTo(outcome.latest().size());
    assertThat(charts).isEqualTo(sections);
    assertThat(html).doesNotContain("http://", "https://", "<script");
  }
}
