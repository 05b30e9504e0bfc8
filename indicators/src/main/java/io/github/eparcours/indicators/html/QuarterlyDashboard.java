package io.github.eparcours.indicators.html;

import io.github.eparcours.indicators.definition.Scoring;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.PopulationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Renders the quarterly dashboard that indicator 6.6 asks for: one self-contained HTML page (no
 * script, no external resource: styles inline, charts as inline SVG) with, per indicator, a bar
 * chart of its score over the quarters given, the target as a dashed line, and a table of the
 * populations and verdicts. The page never lists subjects. Publishing it is what a {@link
 * io.github.eparcours.indicators.fact.FactKind#DASHBOARD_PRODUCED} fact records.
 *
 * <p>The output is well-formed XML as well as HTML5, so it can be checked with any XML parser.
 * Stateless and thread-safe.
 */
public final class QuarterlyDashboard {

  private static final int WIDTH = 560;
  private static final int HEIGHT = 220;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 36;

  private QuarterlyDashboard() {}

  /**
   * Renders the page.
   *
   * @param title the page title, e.g. the structure's name
   * @param reports the reports of one tenant, over one or more quarters, for any indicators
   * @return the HTML page
   */
  public static String render(String title, List<MeasureReport> reports) {
    Objects.requireNonNull(title, "title");
    Map<String, List<MeasureReport>> byIndicator = new TreeMap<>();
    for (MeasureReport r : reports) {
      byIndicator.computeIfAbsent(r.indicatorId(), k -> new ArrayList<>()).add(r);
    }
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
        .append("section{margin-bottom:2.5em}table{border-collapse:collapse;margin-top:.5em}")
        .append("td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}")
        .append(".MET{color:#1a7f37}.NOT_MET{color:#b42318}")
        .append(".bar{fill:#4a78b5}.target{stroke:#b42318;stroke-width:2;stroke-dasharray:6 4;")
        .append("fill:none}.axis{stroke:#888}text{font-size:11px;fill:#444}\n")
        .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
    for (Map.Entry<String, List<MeasureReport>> e : byIndicator.entrySet()) {
      List<MeasureReport> series = new ArrayList<>(e.getValue());
      series.sort(Comparator.comparing(r -> r.period().firstDay()));
      section(h, e.getKey(), series);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, String id, List<MeasureReport> series) {
    MeasureReport last = series.get(series.size() - 1);
    boolean proportion = last.scoring() != Scoring.COUNT;
    h.append("<section id=\"").append(esc(id)).append("\">\n<h2>").append(esc(id))
        .append(" — ").append(esc(last.title())).append("</h2>\n");
    chart(h, id, series, proportion);
    h.append("<table>\n<tr><th>Period</th><th>Denominator</th><th>Numerator</th>")
        .append("<th>Score</th><th>Target</th><th>Verdict</th></tr>\n");
    for (MeasureReport r : series) {
      h.append("<tr><td>").append(esc(r.period().label())).append("</td><td>")
          .append(r.count(PopulationCode.DENOMINATOR)).append("</td><td>")
          .append(r.count(PopulationCode.NUMERATOR)).append("</td><td>")
          .append(r.score() == null ? "—" : format(r.score(), proportion)).append("</td><td>")
          .append(r.target() == null ? "—" : esc(r.target().comparator().symbol()) + " "
              + format(r.target().threshold(), proportion))
          .append("</td><td class=\"").append(r.verdict().name()).append("\">")
          .append(r.verdict().name()).append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void chart(StringBuilder h, String id, List<MeasureReport> series,
      boolean proportion) {
    double max = proportion ? 1.0 : 1.0;
    for (MeasureReport r : series) {
      if (r.score() != null) {
        max = Math.max(max, r.score().doubleValue());
      }
      if (r.target() != null) {
        max = Math.max(max, r.target().threshold().doubleValue());
      }
    }
    if (!proportion) {
      max *= 1.1;
    }
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    double slot = (double) plotW / series.size();
    h.append("<svg width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(esc(id))
        .append(" score and target by quarter\">\n");
    h.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotH)
        .append("\" x2=\"").append(LEFT + plotW).append("\" y2=\"").append(TOP + plotH)
        .append("\"/>\n<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP)
        .append("\" x2=\"").append(LEFT).append("\" y2=\"").append(TOP + plotH).append("\"/>\n");
    for (int tick = 0; tick <= 4; tick++) {
      double v = max * tick / 4;
      double y = TOP + plotH - plotH * tick / 4.0;
      h.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(num(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(format(BigDecimal.valueOf(v), proportion)).append("</text>\n");
    }
    StringBuilder target = new StringBuilder();
    for (int i = 0; i < series.size(); i++) {
      MeasureReport r = series.get(i);
      double x0 = LEFT + slot * i;
      if (r.score() != null) {
        double bh = plotH * r.score().doubleValue() / max;
        h.append("<rect class=\"bar\" x=\"").append(num(x0 + slot * 0.2)).append("\" y=\"")
            .append(num(TOP + plotH - bh)).append("\" width=\"").append(num(slot * 0.6))
            .append("\" height=\"").append(num(bh)).append("\"><title>")
            .append(esc(r.period().label())).append(": ").append(format(r.score(), proportion))
            .append("</title></rect>\n");
      }
      h.append("<text x=\"").append(num(x0 + slot / 2)).append("\" y=\"")
          .append(TOP + plotH + 16).append("\" text-anchor=\"middle\">")
          .append(esc(r.period().label())).append("</text>\n");
      if (r.target() != null) {
        double y = TOP + plotH - plotH * r.target().threshold().doubleValue() / max;
        target.append(num(x0 + slot * 0.05)).append(',').append(num(y)).append(' ')
            .append(num(x0 + slot * 0.95)).append(',').append(num(y)).append(' ');
      }
    }
    if (target.length() > 0) {
      h.append("<polyline class=\"target\" points=\"").append(target.toString().trim())
          .append("\"><title>target</title></polyline>\n");
    }
    h.append("</svg>\n");
  }

  private static String format(BigDecimal v, boolean proportion) {
    if (proportion) {
      return v.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
    return v.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
