package io.github.eparcours.indicators.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.EparcoursPolicies;
import io.github.eparcours.indicators.engine.IndicatorEngine;
import io.github.eparcours.indicators.report.IndicatorResults;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.sample.SyntheticPopulation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class QuarterlyDashboardTest {

  private static final LocalDate REPORTING = LocalDate.of(2024, 4, 1);

  private static List<MeasureReport> reports() {
    SyntheticPopulation pop = SyntheticPopulation.generate(5, 1, 400, REPORTING);
    IndicatorResults results = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .addDefinition(BuiltInIndicators.mssanteUse())
        .lastQuarters(REPORTING, 4).explain(false).build().evaluate(pop.facts());
    return results.forTenant("tenant-0");
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(
        html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void render_sevenIndicatorsOverFourQuarters_oneChartPerIndicatorAndWellFormed()
      throws Exception {
    List<MeasureReport> reports = reports();

    String html = QuarterlyDashboard.render("DAC <Sud> & co", reports);
    Document doc = parse(html);

    assertThat(reports).hasSize(7 * 4);
    assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(7);
    assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo(7);
    assertThat(doc.getElementsByTagName("rect").getLength())
        .isEqualTo(reports.stream().filter(r -> r.score() != null).count());
    assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(5);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("DAC &lt;Sud&gt; &amp; co")
        .contains("2023-Q2").contains("2024-Q1");
  }

  @Test
  void render_anyReports_noExternalResourceNorScript() {
    String html = QuarterlyDashboard.render("DAC", reports()).toLowerCase(java.util.Locale.ROOT);

    assertThat(html).doesNotContain("http:").doesNotContain("https:").doesNotContain("//")
        .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
        .doesNotContain("url(").doesNotContain("@import");
  }

  @Test
  void render_neverListsSubjects() {
    SyntheticPopulation pop = SyntheticPopulation.generate(5, 1, 50, REPORTING);
    List<MeasureReport> reports = IndicatorEngine.builder()
        .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
        .reportingDate(REPORTING).build().evaluate(pop.facts()).forTenant("tenant-0");

    assertThat(QuarterlyDashboard.render("DAC", reports)).doesNotContain("file-0-");
  }
}
