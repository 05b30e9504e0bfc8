package io.github.eparcours.indicators.definition;

import static io.github.eparcours.indicators.fact.FactKind.APPOINTMENT_SCHEDULED;
import static io.github.eparcours.indicators.fact.FactKind.CARE_TEAM_ADDED;
import static io.github.eparcours.indicators.fact.FactKind.CARE_TEAM_REMOVED;
import static io.github.eparcours.indicators.fact.FactKind.DASHBOARD_PRODUCED;
import static io.github.eparcours.indicators.fact.FactKind.DMP_CLOSED;
import static io.github.eparcours.indicators.fact.FactKind.DMP_OPENED;
import static io.github.eparcours.indicators.fact.FactKind.DOCUMENT_SENT_TO_DMP;
import static io.github.eparcours.indicators.fact.FactKind.FEED_ELIGIBLE;
import static io.github.eparcours.indicators.fact.FactKind.FILE_CLOSED;
import static io.github.eparcours.indicators.fact.FactKind.FILE_OPENED;
import static io.github.eparcours.indicators.fact.FactKind.FILE_UPDATED;
import static io.github.eparcours.indicators.fact.FactKind.FIRST_EVALUATION;
import static io.github.eparcours.indicators.fact.FactKind.LIAISON_ENTRY;
import static io.github.eparcours.indicators.fact.FactKind.MEMBERSHIP_ENDED;
import static io.github.eparcours.indicators.fact.FactKind.MEMBERSHIP_STARTED;
import static io.github.eparcours.indicators.fact.FactKind.MESSAGE_SENT;
import static io.github.eparcours.indicators.fact.FactKind.MSS_MESSAGE_SENT;
import static io.github.eparcours.indicators.fact.FactKind.NETWORK_USE;
import static io.github.eparcours.indicators.fact.FactKind.ROR_DESCRIBED;
import static io.github.eparcours.indicators.fact.FactKind.VSM_SENT;

import io.github.eparcours.indicators.InvalidDefinitionException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in indicators: e-parcours 6.1–6.6 (DAC) and 7.1–7.2 (care collectives) from annex 2
 * of the instruction of 24 May 2019, the regional inputs 3.2 (ROR completeness) and 4.2 (DMPs
 * with a VSM), the SUN-ES DMP feed rates per domain and MSSanté use. Each is ordinary data: copy
 * it with {@link IndicatorDefinition#toBuilder()} to adapt it. Thread-safe (stateless).
 *
 * <p>Fact conventions: coordination-file facts use the file as subject (one file per patient and
 * structure, so "patients with an active file" count files); care-team and message facts carry
 * the professional as actor; SUN-ES facts use the stay or report as subject and the domain as
 * code; a document's qualifier is the INS status at sending time.
 */
public final class BuiltInIndicators {

  /** Version of the e-parcours definitions: the instruction's date. */
  public static final String EPARCOURS_VERSION = "2019-05-24";
  /** SUN-ES domain code: discharge documents (lettre de liaison, ordonnance de sortie, CRO). */
  public static final String SUN_ES_DISCHARGE = "discharge";
  /** SUN-ES domain code: biology reports. */
  public static final String SUN_ES_BIOLOGY = "biology";
  /** SUN-ES domain code: imaging reports. */
  public static final String SUN_ES_IMAGING = "imaging";
  /** The RNIV status of a qualified INS. */
  public static final String INS_QUALIFIED = "QUAL";

  private static final FactSelector OPENED = FactSelector.of(FILE_OPENED);
  private static final FactSelector CLOSED = FactSelector.of(FILE_CLOSED);

  private BuiltInIndicators() {}

  /**
   * Every DAC indicator: 6.1 to 6.6.
   *
   * @param p the policies
   * @return the definitions
   */
  public static List<IndicatorDefinition> eparcoursDac(EparcoursPolicies p) {
    return List.of(e61(p), e62(p), e63(p), e64(p), e65(p), e66());
  }

  /**
   * Every care-collective indicator: 7.1 and 7.2.
   *
   * @param p the policies
   * @return the definitions
   */
  public static List<IndicatorDefinition> eparcoursCollective(EparcoursPolicies p) {
    return List.of(e71(p), e72(p));
  }

  private static IndicatorDefinition.Builder eparcours(String id, String title, Basis basis,
      String target, EparcoursPolicies p) {
    return IndicatorDefinition.builder().id("eparcours-" + id).version(EPARCOURS_VERSION)
        .title(title).basis(basis).periodRule(PeriodRule.previousQuarter())
        .targets(TargetSchedule.constant(Target.atLeast(target)))
        .minimumDenominator(p.minimumDenominator());
  }

  /**
   * 6.1: share of the coordination files open in the quarter that were updated in it (>= 60 %).
   *
   * @param p the policies ({@code openFiles})
   * @return the definition
   */
  public static IndicatorDefinition e61(EparcoursPolicies p) {
    return updatedFiles("6.1", "Coordination files updated in the quarter", "0.60", p);
  }

  /**
   * 7.2: share of the collective's coordination files open in the quarter that were updated in
   * it (>= 40 %).
   *
   * @param p the policies ({@code openFiles})
   * @return the definition
   */
  public static IndicatorDefinition e72(EparcoursPolicies p) {
    return updatedFiles("7.2", "Care collective files updated in the quarter", "0.40", p);
  }

  private static IndicatorDefinition updatedFiles(String id, String title, String target,
      EparcoursPolicies p) {
    return eparcours(id, title, Basis.COORDINATION_FILE, target, p)
        .initialPopulation(new Criterion.Open(OPENED, CLOSED, p.openFiles()))
        .numerator(Criterion.exists(FactSelector.of(FILE_UPDATED), Window.PERIOD))
        .policy("open-files", p.openFiles().name()).build();
  }

  /**
   * 6.2: share of the files opened in the quarter whose first evaluation is dated no later than
   * one month after the opening (>= 80 %).
   *
   * @param p the policies ({@code firstEvaluationDelay}, {@code lookAhead})
   * @return the definition
   */
  public static IndicatorDefinition e62(EparcoursPolicies p) {
    return eparcours("6.2", "First evaluation within a month of opening",
        Basis.COORDINATION_FILE, "0.80", p)
        .initialPopulation(Criterion.exists(OPENED, Window.PERIOD))
        .numerator(new Criterion.FirstWithin(OPENED, FactSelector.of(FIRST_EVALUATION),
            p.firstEvaluationDelay(), p.lookAhead()))
        .policy("first-evaluation-delay", p.firstEvaluationDelay().toString())
        .policy("look-ahead", p.lookAhead().name()).build();
  }

  private static IndicatorDefinition.Builder activePatients(String id, String title,
      EparcoursPolicies p) {
    return eparcours(id, title, Basis.PATIENT, "0.60", p)
        .initialPopulation(new Criterion.Open(OPENED, CLOSED, p.activeFiles()))
        .policy("active-files", p.activeFiles().name())
        .policy("patient-basis", "one coordination file per patient and structure");
  }

  /**
   * 6.3: share of the patients with an active file who have a liaison-notebook entry or alert in
   * the quarter (>= 60 %).
   *
   * @param p the policies ({@code activeFiles})
   * @return the definition
   */
  public static IndicatorDefinition e63(EparcoursPolicies p) {
    return activePatients("6.3", "Patients with a liaison-notebook entry", p)
        .numerator(Criterion.exists(FactSelector.of(LIAISON_ENTRY), Window.PERIOD)).build();
  }

  /**
   * 6.4: share of the patients with an active file whose care team counts at least two
   * professionals and who got at least two messages in the quarter from at least two different
   * professionals (>= 60 %).
   *
   * @param p the policies ({@code activeFiles}, {@code careTeam})
   * @return the definition
   */
  public static IndicatorDefinition e64(EparcoursPolicies p) {
    FactSelector messages = FactSelector.of(MESSAGE_SENT);
    return activePatients("6.4", "Patients with a care team exchanging messages", p)
        .numerator(new Criterion.TeamSize(FactSelector.of(CARE_TEAM_ADDED),
            FactSelector.of(CARE_TEAM_REMOVED), p.careTeam(), 2)
            .and(new Criterion.Count(messages, Window.PERIOD, 2),
                new Criterion.DistinctActors(messages, Window.PERIOD, 2)))
        .policy("care-team", p.careTeam().name()).build();
  }

  /**
   * 6.5: share of the patients with an active file who have an appointment scheduled in the
   * shared agenda in the quarter (>= 60 %).
   *
   * @param p the policies ({@code activeFiles})
   * @return the definition
   */
  public static IndicatorDefinition e65(EparcoursPolicies p) {
    return activePatients("6.5", "Patients with an appointment scheduled", p)
        .numerator(Criterion.exists(FactSelector.of(APPOINTMENT_SCHEDULED), Window.PERIOD))
        .build();
  }

  /**
   * 6.6: the quarterly dashboard was produced (boolean, per structure). Record a {@link
   * io.github.eparcours.indicators.fact.FactKind#DASHBOARD_PRODUCED} fact when the page of
   * {@code io.github.eparcours.indicators.html.QuarterlyDashboard} is published.
   *
   * @return the definition
   */
  public static IndicatorDefinition e66() {
    Criterion produced = Criterion.exists(FactSelector.of(DASHBOARD_PRODUCED), Window.PERIOD);
    return IndicatorDefinition.builder().id("eparcours-6.6").version(EPARCOURS_VERSION)
        .title("Quarterly dashboard produced").basis(Basis.STRUCTURE).scoring(Scoring.BOOLEAN)
        .initialPopulation(produced).numerator(produced).build();
  }

  /**
   * 7.1: share of the members of the collective who used the professional social network in the
   * quarter (>= 40 %).
   *
   * @param p the policies ({@code members})
   * @return the definition
   */
  public static IndicatorDefinition e71(EparcoursPolicies p) {
    return eparcours("7.1", "Members using the professional social network", Basis.MEMBER,
        "0.40", p)
        .initialPopulation(new Criterion.Open(FactSelector.of(MEMBERSHIP_STARTED),
            FactSelector.of(MEMBERSHIP_ENDED), p.members()))
        .numerator(Criterion.exists(FactSelector.of(NETWORK_USE), Window.PERIOD))
        .policy("members", p.members().name()).build();
  }

  /**
   * Regional input 3.2: share of the structures described in the ROR whose latest description
   * up to the end of the year is complete, by sector (stratifier {@code sector}). No target at a
   * vendor's level.
   *
   * @return the definition
   */
  public static IndicatorDefinition regional32() {
    FactSelector described = FactSelector.of(ROR_DESCRIBED);
    return IndicatorDefinition.builder().id("regional-3.2").version(EPARCOURS_VERSION)
        .title("ROR descriptions complete, by sector").basis(Basis.STRUCTURE)
        .periodRule(PeriodRule.previousYear())
        .initialPopulation(Criterion.exists(described, Window.UNTIL_PERIOD_END))
        .numerator(new Criterion.LatestValue(described, Window.UNTIL_PERIOD_END,
            Component.QUALIFIER, Set.of("complete")))
        .addStratifier(new Stratifier("sector", described, Component.CODE))
        .policy("completeness", "latest ROR description up to the year end").build();
  }

  /**
   * Regional input 4.2: share of the DMPs open at the end of the year that hold a VSM; targets
   * 1 % at end 2020, 2 % at end 2021, 4 % at end 2022 (the 2022 target applies afterwards).
   *
   * @param periodRule the period (usually {@link PeriodRule#previousYear()})
   * @return the definition
   */
  public static IndicatorDefinition regional42(PeriodRule periodRule) {
    return IndicatorDefinition.builder().id("regional-4.2").version(EPARCOURS_VERSION)
        .title("Open DMPs with a VSM").basis(Basis.DMP).periodRule(periodRule)
        .initialPopulation(new Criterion.Open(FactSelector.of(DMP_OPENED),
            FactSelector.of(DMP_CLOSED), OpenFilePolicy.AT_PERIOD_END))
        .numerator(Criterion.exists(FactSelector.of(VSM_SENT), Window.UNTIL_PERIOD_END))
        .targets(new TargetSchedule(List.of(
            new TargetSchedule.Milestone(LocalDate.of(2020, 12, 31), Target.atLeast("0.01")),
            new TargetSchedule.Milestone(LocalDate.of(2021, 12, 31), Target.atLeast("0.02")),
            new TargetSchedule.Milestone(LocalDate.of(2022, 12, 31), Target.atLeast("0.04")))))
        .policy("target-schedule", "latest milestone due on or before the period end").build();
  }

  /**
   * A SUN-ES DMP feed rate for one domain: eligible stays or reports of the funding window for
   * which a document of the domain was sent to the DMP with a qualified INS (INS status at
   * sending time), up to the window end plus {@code sendingGrace}.
   *
   * @param domain {@link #SUN_ES_DISCHARGE}, {@link #SUN_ES_BIOLOGY}, {@link #SUN_ES_IMAGING} or
   *     another domain code
   * @param window the funding window (six months)
   * @param target the target notified by the ARS, or null when none is known
   * @param sendingGrace how long after the window end a document still counts (zero by default)
   * @return the definition
   */
  public static IndicatorDefinition sunEsFeedRate(String domain, PeriodRule window,
      Target target, Period sendingGrace) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(sendingGrace, "sendingGrace");
    if (sendingGrace.isNegative()) {
      throw new InvalidDefinitionException("IND-0005", "SUN-ES sending grace is negative",
          "documents cannot be required before the window ends", "use Period.ZERO or more");
    }
    Window sent = new Window(Window.Bound.UNBOUNDED,
        new Window.Bound(Window.Edge.PERIOD_END, sendingGrace));
    return IndicatorDefinition.builder().id("sun-es-" + domain).version("2022-05-20")
        .title("SUN-ES DMP feed rate: " + domain).basis(Basis.STAY_OR_REPORT).periodRule(window)
        .initialPopulation(Criterion.exists(FactSelector.of(FEED_ELIGIBLE).withCodes(domain),
            Window.PERIOD))
        .numerator(Criterion.exists(FactSelector.of(DOCUMENT_SENT_TO_DMP).withCodes(domain)
            .withQualifiers(INS_QUALIFIED), sent))
        .targets(target == null ? TargetSchedule.NONE : TargetSchedule.constant(target))
        .policy("ins-status", "at sending time, " + INS_QUALIFIED + " only")
        .policy("sending-grace", sendingGrace.toString()).build();
  }

  /**
   * MSSanté use: number of MSSanté messages sent in the quarter (observation), over the senders
   * who sent at least one (initial population). No target at a vendor's level.
   *
   * @return the definition
   */
  public static IndicatorDefinition mssanteUse() {
    FactSelector sent = FactSelector.of(MSS_MESSAGE_SENT);
    return IndicatorDefinition.builder().id("mssante-use").version("1").title("MSSanté messages sent")
        .basis(Basis.SENDER).scoring(Scoring.COUNT)
        .initialPopulation(Criterion.exists(sent, Window.PERIOD)).observation(sent).build();
  }
}
