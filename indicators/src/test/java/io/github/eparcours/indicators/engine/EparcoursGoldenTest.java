package io.github.eparcours.indicators.engine;

import static io.github.eparcours.indicators.engine.F.DEFAULTS;
import static io.github.eparcours.indicators.engine.F.Q_END;
import static io.github.eparcours.indicators.engine.F.Q_START;
import static io.github.eparcours.indicators.engine.F.by;
import static io.github.eparcours.indicators.engine.F.f;
import static io.github.eparcours.indicators.engine.F.run;
import static io.github.eparcours.indicators.fact.FactKind.APPOINTMENT_SCHEDULED;
import static io.github.eparcours.indicators.fact.FactKind.CARE_TEAM_ADDED;
import static io.github.eparcours.indicators.fact.FactKind.CARE_TEAM_REMOVED;
import static io.github.eparcours.indicators.fact.FactKind.DASHBOARD_PRODUCED;
import static io.github.eparcours.indicators.fact.FactKind.FILE_CLOSED;
import static io.github.eparcours.indicators.fact.FactKind.FILE_OPENED;
import static io.github.eparcours.indicators.fact.FactKind.FILE_UPDATED;
import static io.github.eparcours.indicators.fact.FactKind.FIRST_EVALUATION;
import static io.github.eparcours.indicators.fact.FactKind.LIAISON_ENTRY;
import static io.github.eparcours.indicators.fact.FactKind.MEMBERSHIP_ENDED;
import static io.github.eparcours.indicators.fact.FactKind.MEMBERSHIP_STARTED;
import static io.github.eparcours.indicators.fact.FactKind.MESSAGE_SENT;
import static io.github.eparcours.indicators.fact.FactKind.NETWORK_USE;
import static io.github.eparcours.indicators.report.PopulationCode.DENOMINATOR;
import static io.github.eparcours.indicators.report.PopulationCode.INITIAL_POPULATION;
import static io.github.eparcours.indicators.report.PopulationCode.NUMERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.indicators.definition.BoundaryPolicy;
import io.github.eparcours.indicators.definition.BuiltInIndicators;
import io.github.eparcours.indicators.definition.CareTeamPolicy;
import io.github.eparcours.indicators.definition.LookAheadPolicy;
import io.github.eparcours.indicators.definition.OpenFilePolicy;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed tables for the e-parcours indicators, Q1 2024 (reporting date 1 April 2024). */
class EparcoursGoldenTest {

  /*
   * 6.1 files (Q1 2024 in Paris = [2023-12-31T23:00Z, 2024-03-31T22:00Z)):
   *  A opened before Q, updated in Q                       -> D, N
   *  B opened before Q, never updated                      -> D
   *  C opened and closed inside Q, updated in Q            -> not open at the end
   *  E opened exactly at the quarter end (next quarter)    -> out (end exclusive)
   *  S updated exactly at the quarter start                -> D, N (start inclusive)
   *  G closed before Q                                     -> out
   *  => 2 / 3
   */
  private static List<Fact> files61() {
    return List.of(
        f(FILE_OPENED, "A", "2023-11-01T10:00:00Z"), f(FILE_UPDATED, "A", "2024-02-10T10:00:00Z"),
        f(FILE_OPENED, "B", "2023-12-01T10:00:00Z"),
        f(FILE_OPENED, "C", "2024-01-15T10:00:00Z"), f(FILE_CLOSED, "C", "2024-02-01T10:00:00Z"),
        f(FILE_UPDATED, "C", "2024-01-20T10:00:00Z"),
        f(FILE_OPENED, "E", Q_END),
        f(FILE_OPENED, "S", "2023-10-01T10:00:00Z"), f(FILE_UPDATED, "S", Q_START),
        f(FILE_OPENED, "G", "2023-06-01T10:00:00Z"), f(FILE_CLOSED, "G", "2023-12-01T10:00:00Z"));
  }

  @Test
  void e61_goldenTable_twoOfThreeOpenFilesUpdated() {
    MeasureReport r = run(BuiltInIndicators.e61(DEFAULTS), files61());

    assertThat(r.period().label()).isEqualTo("2024-Q1");
    assertThat(r.subjects(DENOMINATOR)).containsExactly("A", "B", "S");
    assertThat(r.subjects(NUMERATOR)).containsExactly("A", "S");
    assertThat(r.score()).isEqualByComparingTo("0.666667");
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.policies()).containsEntry("open-files", "AT_PERIOD_END")
        .containsEntry("time-zone", "Europe/Paris");
  }

  @Test
  void e61_openAtAnyTimePolicy_countsFileOpenedAndClosedInsideQuarter() {
    MeasureReport r = run(BuiltInIndicators.e61(
        DEFAULTS.withOpenFiles(OpenFilePolicy.AT_ANY_TIME_DURING_PERIOD)), files61());

    assertThat(r.subjects(DENOMINATOR)).containsExactly("A", "B", "C", "S");
    assertThat(r.subjects(NUMERATOR)).containsExactly("A", "C", "S");
    assertThat(r.score()).isEqualByComparingTo("0.75");
  }

  @Test
  void e61_endInclusivePolicy_countsFactExactlyOnQuarterEnd() {
    var def = BuiltInIndicators.e61(DEFAULTS);
    MeasureReport r = run(io.github.eparcours.indicators.engine.IndicatorEngine.builder()
        .addDefinition(def).reportingDate(F.REPORTING)
        .boundaryPolicy(BoundaryPolicy.END_INCLUSIVE), def, files61());

    assertThat(r.subjects(DENOMINATOR)).containsExactly("A", "B", "E", "S");
    assertThat(r.policies()).containsEntry("period-boundary", "END_INCLUSIVE");
  }

  @Test
  void e61_closeAtSameInstantAsOpen_closingWins() {
    MeasureReport r = run(BuiltInIndicators.e61(DEFAULTS), List.of(
        f(FILE_OPENED, "X", "2024-01-10T10:00:00Z"), f(FILE_CLOSED, "X", "2024-01-10T10:00:00Z")));

    assertThat(r.count(DENOMINATOR)).isZero();
    assertThat(r.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(r.scoreIfDefined()).isEmpty();
  }

  /*
   * 6.2 files opened in Q1:
   *  H opened 20 March, first evaluation 15 April (look-ahead past the quarter end) -> N
   *  I evaluated exactly one calendar month after opening (inclusive)           -> N
   *  J evaluated one nanosecond too late                                        -> not N
   *  K never evaluated                                                          -> not N
   *  L opened before Q                                                          -> out
   *  => 2 / 4 = 0.5 < 0.8
   */
  private static List<Fact> files62() {
    return List.of(
        f(FILE_OPENED, "H", "2024-03-20T10:00:00Z"), f(FIRST_EVALUATION, "H", "2024-04-15T10:00:00Z"),
        f(FILE_OPENED, "I", "2024-01-31T09:00:00Z"), f(FIRST_EVALUATION, "I", "2024-02-29T09:00:00Z"),
        f(FILE_OPENED, "J", "2024-01-10T09:00:00Z"),
        f(FIRST_EVALUATION, "J", "2024-02-10T09:00:00.000000001Z"),
        f(FILE_OPENED, "K", "2024-02-01T09:00:00Z"),
        f(FILE_OPENED, "L", "2023-12-30T09:00:00Z"), f(FIRST_EVALUATION, "L", "2024-01-02T09:00:00Z"));
  }

  @Test
  void e62_goldenTable_lookAheadCrossesQuarterEnd() {
    MeasureReport r = run(BuiltInIndicators.e62(DEFAULTS), files62());

    assertThat(r.subjects(DENOMINATOR)).containsExactly("H", "I", "J", "K");
    assertThat(r.subjects(NUMERATOR)).containsExactly("H", "I");
    assertThat(r.score()).isEqualByComparingTo("0.5");
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(r.target().threshold()).isEqualByComparingTo("0.80");
  }

  @Test
  void e62_cutAtPeriodEnd_ignoresEvaluationAfterQuarter() {
    MeasureReport r = run(BuiltInIndicators.e62(
        DEFAULTS.withLookAhead(LookAheadPolicy.CUT_AT_PERIOD_END)), files62());

    assertThat(r.subjects(NUMERATOR)).containsExactly("I");
    assertThat(r.score()).isEqualByComparingTo("0.25");
  }

  /*
   * 6.3: P1 liaison entry in Q, P2 entry only before Q, P3 closed before Q (out),
   * P4 opened and closed inside Q with an entry (active during Q) => 2 / 3.
   */
  @Test
  void e63_goldenTable_entriesInsideQuarterOnly() {
    MeasureReport r = run(BuiltInIndicators.e63(DEFAULTS), List.of(
        f(FILE_OPENED, "P1", "2023-10-01T10:00:00Z"), by(LIAISON_ENTRY, "P1", "2024-03-01T10:00:00Z", "d1"),
        f(FILE_OPENED, "P2", "2023-10-01T10:00:00Z"), by(LIAISON_ENTRY, "P2", "2023-12-01T10:00:00Z", "d1"),
        f(FILE_OPENED, "P3", "2023-10-01T10:00:00Z"), f(FILE_CLOSED, "P3", "2023-11-01T10:00:00Z"),
        f(FILE_OPENED, "P4", "2024-01-05T10:00:00Z"), f(FILE_CLOSED, "P4", "2024-01-25T10:00:00Z"),
        by(LIAISON_ENTRY, "P4", "2024-01-06T10:00:00Z", "n1")));

    assertThat(r.subjects(DENOMINATOR)).containsExactly("P1", "P2", "P4");
    assertThat(r.subjects(NUMERATOR)).containsExactly("P1", "P4");
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  /*
   * 6.4, every patient with an active file:
   *  T1 team {d1, n1}, messages from d1 and n1                     -> N
   *  T2 team {d1, n1}, two messages both from d1 (one professional) -> not N
   *  T3 n1 removed during Q, messages from d1 and n1               -> not N at period end
   *  T4 team {d1, n1}, one message                                 -> not N
   *  => 1 / 4
   */
  private static List<Fact> files64() {
    String open = "2023-10-01T10:00:00Z";
    return List.of(
        f(FILE_OPENED, "T1", open), by(CARE_TEAM_ADDED, "T1", open, "d1"), by(CARE_TEAM_ADDED, "T1", open, "n1"),
        by(MESSAGE_SENT, "T1", "2024-01-10T10:00:00Z", "d1"), by(MESSAGE_SENT, "T1", "2024-01-11T10:00:00Z", "n1"),
        f(FILE_OPENED, "T2", open), by(CARE_TEAM_ADDED, "T2", open, "d1"), by(CARE_TEAM_ADDED, "T2", open, "n1"),
        by(MESSAGE_SENT, "T2", "2024-01-10T10:00:00Z", "d1"), by(MESSAGE_SENT, "T2", "2024-01-12T10:00:00Z", "d1"),
        f(FILE_OPENED, "T3", open), by(CARE_TEAM_ADDED, "T3", open, "d1"), by(CARE_TEAM_ADDED, "T3", open, "n1"),
        by(CARE_TEAM_REMOVED, "T3", "2024-02-01T10:00:00Z", "n1"),
        by(MESSAGE_SENT, "T3", "2024-01-10T10:00:00Z", "d1"), by(MESSAGE_SENT, "T3", "2024-01-11T10:00:00Z", "n1"),
        f(FILE_OPENED, "T4", open), by(CARE_TEAM_ADDED, "T4", open, "d1"), by(CARE_TEAM_ADDED, "T4", open, "n1"),
        by(MESSAGE_SENT, "T4", "2024-01-10T10:00:00Z", "d1"));
  }

  @Test
  void e64_goldenTable_twoMessagesFromTwoProfessionalsAndTeamOfTwo() {
    MeasureReport r = run(BuiltInIndicators.e64(DEFAULTS), files64());

    assertThat(r.count(DENOMINATOR)).isEqualTo(4);
    assertThat(r.subjects(NUMERATOR)).containsExactly("T1");
    assertThat(r.score()).isEqualByComparingTo("0.25");
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void e64_presentDuringPeriod_countsMemberRemovedInsideQuarter() {
    MeasureReport r = run(BuiltInIndicators.e64(
        DEFAULTS.withCareTeam(CareTeamPolicy.PRESENT_DURING_PERIOD)), files64());

    assertThat(r.subjects(NUMERATOR)).containsExactly("T1", "T3");
  }

  /*
   * Care teams larger than the members a subject's row holds inline (four):
   *  L1 six members, the first five removed before the quarter, one left      -> team of 1
   *  L2 six members, the first four removed before the quarter, two left     -> team of 2, N
   *  L3 seven members, all but the sixth removed inside the quarter          -> team of 1 at
   *     the end; seven present during the quarter
   * Every file gets two messages from two professionals.
   */
  private static List<Fact> largeTeams() {
    String open = "2023-10-01T10:00:00Z";
    List<Fact> out = new ArrayList<>();
    String[][] teams = {{"L1", "6", "5", "2023-11-01T10:00:00Z"},
        {"L2", "6", "4", "2023-11-01T10:00:00Z"}, {"L3", "7", "6", "2024-02-01T10:00:00Z"}};
    for (String[] t : teams) {
      out.add(f(FILE_OPENED, t[0], open));
      int size = Integer.parseInt(t[1]);
      int removed = Integer.parseInt(t[2]);
      for (int m = 0; m < size; m++) {
        out.add(by(CARE_TEAM_ADDED, t[0], open, "p" + m));
        boolean keep = t[0].equals("L3") ? m == 5 : m >= removed;
        if (!keep) {
          out.add(by(CARE_TEAM_REMOVED, t[0], t[3], "p" + m));
        }
      }
      out.add(by(MESSAGE_SENT, t[0], "2024-01-10T10:00:00Z", "p0"));
      out.add(by(MESSAGE_SENT, t[0], "2024-01-11T10:00:00Z", "p5"));
    }
    return out;
  }

  @Test
  void e64_teamsLargerThanInlineSlots_countEveryMember() {
    MeasureReport atEnd = run(BuiltInIndicators.e64(DEFAULTS), largeTeams());
    MeasureReport during = run(BuiltInIndicators.e64(
        DEFAULTS.withCareTeam(CareTeamPolicy.PRESENT_DURING_PERIOD)), largeTeams());

    assertThat(atEnd.subjects(NUMERATOR)).containsExactly("L2");
    assertThat(during.subjects(NUMERATOR)).containsExactly("L2", "L3");
  }

  @Test
  void e65_goldenTable_appointmentInQuarter() {
    MeasureReport r = run(BuiltInIndicators.e65(DEFAULTS), List.of(
        f(FILE_OPENED, "R1", "2023-10-01T10:00:00Z"), f(APPOINTMENT_SCHEDULED, "R1", "2024-02-01T10:00:00Z"),
        f(FILE_OPENED, "R2", "2023-10-01T10:00:00Z"), f(APPOINTMENT_SCHEDULED, "R2", Q_END)));

    assertThat(r.subjects(NUMERATOR)).containsExactly("R1");
    assertThat(r.score()).isEqualByComparingTo("0.5");
  }

  @Test
  void e66_dashboardProducedInQuarter_met() {
    MeasureReport met = run(BuiltInIndicators.e66(),
        List.of(f(DASHBOARD_PRODUCED, "structure", "2024-03-30T10:00:00Z")));
    MeasureReport missed = run(BuiltInIndicators.e66(),
        List.of(f(DASHBOARD_PRODUCED, "structure", "2023-12-30T10:00:00Z")));

    assertThat(met.verdict()).isEqualTo(Verdict.MET);
    assertThat(met.score()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(missed.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(missed.score()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void e71_goldenTable_membersAtQuarterEndUsingNetwork() {
    MeasureReport r = run(BuiltInIndicators.e71(DEFAULTS), List.of(
        f(MEMBERSHIP_STARTED, "M1", "2023-01-01T10:00:00Z"), f(NETWORK_USE, "M1", "2024-01-03T10:00:00Z"),
        f(NETWORK_USE, "M1", "2024-01-04T10:00:00Z"),
        f(MEMBERSHIP_STARTED, "M2", "2023-01-01T10:00:00Z"),
        f(MEMBERSHIP_STARTED, "M3", "2023-01-01T10:00:00Z"), f(MEMBERSHIP_ENDED, "M3", "2024-02-01T10:00:00Z"),
        f(NETWORK_USE, "M3", "2024-01-05T10:00:00Z")));

    assertThat(r.subjects(DENOMINATOR)).containsExactly("M1", "M2");
    assertThat(r.subjects(NUMERATOR)).containsExactly("M1");
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void e72_sameRuleAs61_withFortyPercentTarget() {
    MeasureReport r = run(BuiltInIndicators.e72(DEFAULTS), files61());

    assertThat(r.count(INITIAL_POPULATION)).isEqualTo(3);
    assertThat(r.target().threshold()).isEqualByComparingTo("0.40");
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void engine_severalReportingDates_oneReportPerQuarter() {
    var def = BuiltInIndicators.e61(DEFAULTS);
    var results = IndicatorEngine.builder().addDefinition(def)
        .lastQuarters(LocalDate.of(2024, 4, 1), 2).build().evaluate(files61());

    assertThat(results.forTenant(F.TENANT)).extracting(r -> r.period().label())
        .containsExactly("2023-Q4", "2024-Q1");
    assertThat(results.forTenant(F.TENANT).get(0).subjects(DENOMINATOR))
        .containsExactly("A", "B", "S");
    assertThat(results.forTenant(F.TENANT).get(0).subjects(NUMERATOR)).isEmpty();
  }

  @Test
  void engine_explainOff_countsWithoutSubjectLists() {
    var def = BuiltInIndicators.e61(DEFAULTS);
    MeasureReport r = run(IndicatorEngine.builder().addDefinition(def).reportingDate(F.REPORTING)
        .explain(false), def, files61());

    assertThat(r.count(DENOMINATOR)).isEqualTo(3);
    assertThat(r.subjects(DENOMINATOR)).isEmpty();
    assertThat(r.toString()).doesNotContain("\"A\"").contains("denominator=3");
  }
}
