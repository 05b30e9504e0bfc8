package io.github.eparcours.examples.scenario;

import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.definition.PeriodRule;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.definition.Scoring;
import io.github.eparcours.indicators.engine.IndicatorEngine;
import io.github.eparcours.indicators.funding.EparcoursLumpSum;
import io.github.eparcours.indicators.funding.FundingStatement;
import io.github.eparcours.indicators.funding.PaymentLine;
import io.github.eparcours.indicators.html.QuarterlyDashboard;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import io.github.eparcours.indicators.sample.SyntheticPopulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Step 5: the coordination platform (a DAC) records a quarter of activity for a seeded synthetic
 * population, computes the e-parcours indicators over the last four quarters, the funding they
 * trigger, and writes the quarterly dashboard.
 */
public final class IndicatorsStep implements ScenarioStep {

  /** The reporting date: fixed, so the run is the same every day. */
  static final LocalDate REPORTING_DATE = LocalDate.of(2026, 10, 1);
  static final long SEED = 2026L;
  static final int FILES = 3_000;
  static final long INHABITANTS = 450_000L;
  static final String TENANT = "tenant-0";

  /** What the step produced, for the summary and the tests. */
  public record Outcome(SyntheticPopulation population, List<MeasureReport> latest,
      FundingStatement funding, Path dashboard) {}

  @Override
  public String title() {
    return "The coordination platform computes its e-parcours indicators and funding";
  }

  @Override
  public void run(ScenarioContext context) throws Exception {
    Narrator narrator = context.narrator();
    SyntheticPopulation population =
        SyntheticPopulation.generate(SEED, 1, FILES, REPORTING_DATE);
    List<Fact> facts = new ArrayList<>(population.facts());
    facts.addAll(PlatformActivity.generate(SEED, TENANT, REPORTING_DATE, 4, 2_000, 0.05));
    narrator.sayf("%,d facts recorded: %,d coordination files, dashboards, DMPs, MSSanté messages "
        + "(seed %d)", facts.size(), population.fileCount(), SEED);

    IndicatorEngine engine = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .addDefinition(BuiltInIndicators.regional42(PeriodRule.previousYear()))
        .addDefinition(BuiltInIndicators.mssanteUse())
        .lastQuarters(REPORTING_DATE, 4)
        .build();
    IndicatorResults results = engine.evaluateParallel(facts.parallelStream());
    List<MeasureReport> tenantReports = results.forTenant(TENANT);
    List<MeasureReport> latest = latestPerIndicator(tenantReports);

    narrator.say(String.format("%-16s %-8s %9s %9s %8s %8s  %s", "indicator", "period",
        "denom.", "numer.", "score", "target", "verdict"));
    for (MeasureReport r : latest) {
      narrator.say(String.format("%-16s %-8s %9d %9d %8s %8s  %s", r.indicatorId(),
          r.period().label(), r.count(PopulationCode.DENOMINATOR),
          r.count(PopulationCode.NUMERATOR), format(r, r.scoreIfDefined().orElse(null)),
          r.targetIfAny().map(t -> format(r, t.threshold())).orElse("-"), r.verdict()));
    }
    checkAgainstGenerator(population, latest);
    narrator.say("6.1-6.5 match the generator's independent file-by-file count");

    FundingStatement funding = EparcoursLumpSum.dac().compute(INHABITANTS, tenantReports);
    for (PaymentLine line : funding.lines()) {
      narrator.sayf("funding %-8s %,14.2f EUR  (%s)", line.label(), line.amount(), line.basis());
    }
    narrator.sayf("funding total    %,14.2f EUR for %,d inhabitants", funding.total(),
        INHABITANTS);

    Path dashboard = context.outputDirectory().resolve("dashboard.html").toAbsolutePath();
    Files.writeString(dashboard,
        QuarterlyDashboard.render("DAC — e-parcours indicators", tenantReports),
        StandardCharsets.UTF_8);
    narrator.say("dashboard written to " + dashboard);

    Outcome outcome = new Outcome(population, latest, funding, dashboard);
    context.put(Outcome.class, outcome);
    long met = latest.stream().filter(r -> r.verdict().name().equals("MET")).count();
    context.summarise("indicators: " + latest.size() + " computed, " + met
        + " targets met; funding " + String.format("%,.2f", funding.total()) + " EUR; dashboard "
        + dashboard);
  }

  private static List<MeasureReport> latestPerIndicator(List<MeasureReport> reports) {
    Map<String, MeasureReport> latest = reports.stream().collect(Collectors.toMap(
        MeasureReport::indicatorId, r -> r,
        (a, b) -> a.period().firstDay().isAfter(b.period().firstDay()) ? a : b));
    return latest.values().stream().sorted(Comparator.comparing(MeasureReport::indicatorId))
        .toList();
  }

  private static void checkAgainstGenerator(SyntheticPopulation population,
      List<MeasureReport> latest) {
    for (MeasureReport r : latest) {
      if (!r.indicatorId().matches("eparcours-6\\.[1-5]")) {
        continue;
      }
      SyntheticPopulation.Expected expected = population.expected(TENANT, r.indicatorId());
      if (expected.denominator() != r.count(PopulationCode.DENOMINATOR)
          || expected.numerator() != r.count(PopulationCode.NUMERATOR)) {
        throw new IllegalStateException(r.indicatorId() + " differs from the generator's count: "
            + "expected " + expected + ", computed " + r.count(PopulationCode.DENOMINATOR) + "/"
            + r.count(PopulationCode.NUMERATOR));
      }
    }
  }

  private static String format(MeasureReport report, BigDecimal value) {
    if (value == null) {
      return "-";
    }
    return report.scoring() == Scoring.PROPORTION
        ? value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%"
        : value.stripTrailingZeros().toPlainString();
  }
}
