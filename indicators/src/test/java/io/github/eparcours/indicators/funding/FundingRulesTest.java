package io.github.eparcours.indicators.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.indicators.FundingException;
import io.github.eparcours.indicators.definition.ReportingPeriod;
import io.github.eparcours.indicators.definition.Scoring;
import io.github.eparcours.indicators.definition.Target;
import io.github.eparcours.indicators.report.MeasureReport;
import io.github.eparcours.indicators.report.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked amounts for every funding rule. */
class FundingRulesTest {

  private static final ReportingPeriod Q = new ReportingPeriod(LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 3, 31), ZoneId.of("Europe/Paris"));

  private static MeasureReport report(String id, Verdict verdict, String score, String target) {
    return new MeasureReport(id, "1", id, "t", Q, Scoring.PROPORTION, List.of(),
        score == null ? null : new BigDecimal(score),
        target == null ? null : Target.atLeast(target), verdict, List.of(), Map.of());
  }

  private static List<MeasureReport> dacReports(int notMet, Verdict v42, String score42) {
    List<MeasureReport> out = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      out.add(report("eparcours-6." + i, i <= notMet ? Verdict.NOT_MET : Verdict.MET, "0.7",
          "0.6"));
    }
    out.add(report("regional-4.2", v42, score42, "0.02"));
    return out;
  }

  private static BigDecimal amount(FundingStatement s, String label) {
    return s.line(label).orElseThrow().amount();
  }

  @Test
  void careCollective_450kInhabitantsTargetsMet_sixtyFortyPlusThreePercentBonus() {
    List<MeasureReport> reports = List.of(report("eparcours-7.1", Verdict.MET, "0.5", "0.4"),
        report("eparcours-7.2", Verdict.MET, "0.5", "0.4"),
        report("regional-4.2", Verdict.MET, "0.03", "0.02"));

    FundingStatement s = EparcoursLumpSum.careCollective().compute(450_000, reports);

    assertThat(amount(s, "advance")).isEqualByComparingTo("180000.00");
    assertThat(amount(s, "balance")).isEqualByComparingTo("120000.00");
    assertThat(amount(s, "bonus-malus regional-4.2")).isEqualByComparingTo("3600.00");
    assertThat(s.total()).isEqualByComparingTo("303600.00");
  }

  @Test
  void dac_millionInhabitants_prorationRoundedOnceAndBalanceIsTotalMinusAdvance() {
    FundingStatement s = EparcoursLumpSum.dac().compute(1_000_000,
        dacReports(0, Verdict.NOT_MET, "0.01"));

    // 800000 x 1000000 / 300000 = 2666666.666... -> 2666666.67
    assertThat(amount(s, "advance")).isEqualByComparingTo("1600000.00");
    assertThat(amount(s, "balance")).isEqualByComparingTo("1066666.67");
    // -3 % of 1066666.67 = -32000.0001 -> -32000.00
    assertThat(amount(s, "bonus-malus regional-4.2")).isEqualByComparingTo("-32000.00");
    assertThat(amount(s, "advance").add(amount(s, "balance"))).isEqualByComparingTo("2666666.67");
  }

  @Test
  void dac_oneTargetMissed_noBalanceUnderDefaultRule() {
    FundingStatement s = EparcoursLumpSum.dac().compute(1_000_000,
        dacReports(1, Verdict.MET, "0.05"));

    assertThat(amount(s, "balance")).isEqualByComparingTo("0");
    assertThat(s.policies()).containsEntry("balance-rule", "ALL_TARGETS_MET");
  }

  @Test
  void dac_proRataRule_fiveOfSixTargets() {
    EparcoursLumpSum rule = EparcoursLumpSum.dac();
    rule = new EparcoursLumpSum(rule.id(), rule.amountPerReference(), rule.referencePopulation(),
        rule.advanceShare(), EparcoursLumpSum.BalanceRule.PRO_RATA_TARGETS_MET,
        rule.requiredIndicators(), null, rule.rounding());

    FundingStatement s = rule.compute(1_000_000, dacReports(1, Verdict.MET, "0.05"));

    // 1066666.67 x 5 / 6 = 888888.891666... -> 888888.89
    assertThat(amount(s, "balance")).isEqualByComparingTo("888888.89");
    assertThat(s.lines()).hasSize(2);
  }

  @Test
  void bonusMalus_proportionalMode_scalesByRelativeGap() {
    EparcoursLumpSum base = EparcoursLumpSum.careCollective();
    EparcoursLumpSum rule = new EparcoursLumpSum(base.id(), base.amountPerReference(),
        base.referencePopulation(), base.advanceShare(), base.balanceRule(),
        base.requiredIndicators(), new BonusMalus("regional-4.2", new BigDecimal("0.03"),
            BonusMalus.Base.BALANCE, BonusMalus.Mode.PROPORTIONAL), base.rounding());
    List<MeasureReport> reports = List.of(report("eparcours-7.1", Verdict.MET, "0.5", "0.4"),
        report("eparcours-7.2", Verdict.MET, "0.5", "0.4"),
        report("regional-4.2", Verdict.NOT_MET, "0.015", "0.02"));

    FundingStatement s = rule.compute(450_000, reports);

    // 120000 x 3 % x (1 - 0.015 / 0.02) = 900.00, a penalty
    assertThat(amount(s, "bonus-malus regional-4.2")).isEqualByComparingTo("-900.00");
  }

  @Test
  void lumpSum_missingIndicator_failsWithIND0201() {
    assertThatThrownBy(() -> EparcoursLumpSum.careCollective().compute(1000, List.of()))
        .isInstanceOf(FundingException.class).hasMessageContaining("IND-0201")
        .extracting(e -> ((FundingException) e).code()).isEqualTo("IND-0201");
  }

  @Test
  void lumpSum_negativePopulation_failsWithIND0200() {
    assertThatThrownBy(() -> EparcoursLumpSum.dac().compute(-1, dacReports(0, Verdict.MET, "1")))
        .isInstanceOf(FundingException.class).hasMessageStartingWith("IND-0200");
  }

  @Test
  void sunEs_advanceAndBalancePerDomain() {
    List<MeasureReport> reports = List.of(report("sun-es-discharge", Verdict.MET, "0.9", "0.8"),
        report("sun-es-biology", Verdict.NOT_MET, "0.1", "0.8"),
        report("sun-es-imaging", Verdict.MET, "0.9", "0.8"));

    FundingStatement s = SunEsFunding.defaults().compute(Map.of(
        "discharge", new BigDecimal("100000"), "biology", new BigDecimal("20000"),
        "imaging", new BigDecimal("33333.33")), reports);

    assertThat(amount(s, "advance discharge")).isEqualByComparingTo("30000.00");
    assertThat(amount(s, "balance discharge")).isEqualByComparingTo("70000.00");
    assertThat(amount(s, "advance biology")).isEqualByComparingTo("6000.00");
    assertThat(amount(s, "balance biology")).isEqualByComparingTo("0");
    // 33333.33 x 0.30 = 9999.999 -> 10000.00; balance 23333.33
    assertThat(amount(s, "advance imaging")).isEqualByComparingTo("10000.00");
    assertThat(amount(s, "balance imaging")).isEqualByComparingTo("23333.33");
    assertThat(s.total()).isEqualByComparingTo("139333.33");
  }

  @Test
  void sunEs_advanceShareOutOfRange_failsWithIND0204() {
    assertThatThrownBy(() -> new SunEsFunding(new BigDecimal("1.5"), RoundingRule.CENTS_HALF_UP))
        .isInstanceOf(FundingException.class).hasMessageStartingWith("IND-0204");
  }

  @Test
  void ipep_proportionalModulationWithAdjustment_paidFiftyFifty() {
    FundingStatement s = IpepSeedCredit.defaults().compute(new BigDecimal("100000"), 30_000,
        new BigDecimal("0.10"));

    // 100000 x 0.6 x 1.1 = 66000
    assertThat(amount(s, "first instalment")).isEqualByComparingTo("33000.00");
    assertThat(amount(s, "second instalment")).isEqualByComparingTo("33000.00");
  }

  @Test
  void ipep_ceilingFloorAndLinearMode() {
    IpepSeedCredit d = IpepSeedCredit.defaults();
    IpepSeedCredit linear = new IpepSeedCredit(d.minimum(), d.maximum(), d.floor(),
        d.patientCeiling(), d.maxAdjustment(), IpepSeedCredit.Modulation.LINEAR_FROM_FLOOR,
        d.firstShare(), d.rounding());

    assertThat(d.compute(new BigDecimal("100000"), 80_000, new BigDecimal("-0.20")).total())
        .isEqualByComparingTo("80000.00");
    assertThat(d.compute(new BigDecimal("100000"), 10_000, BigDecimal.ZERO).total())
        .isEqualByComparingTo("50000.00");
    assertThat(linear.compute(new BigDecimal("100000"), 30_000, new BigDecimal("0.10")).total())
        .isEqualByComparingTo("88000.00");
  }

  @Test
  void ipep_roundingOnceAtTheEnd() {
    // 100001 x 0.66666 x 1.05 = 69999.999993 -> 70000.00, halves 35000.00
    FundingStatement s = IpepSeedCredit.defaults().compute(new BigDecimal("100001"), 33_333,
        new BigDecimal("0.05"));

    assertThat(s.total()).isEqualByComparingTo("70000.00");
    assertThat(amount(s, "first instalment")).isEqualByComparingTo("35000.00");
  }

  @Test
  void ipep_baseOutOfRange_failsWithIND0210() {
    assertThatThrownBy(() -> IpepSeedCredit.defaults().compute(new BigDecimal("29999.99"), 10,
        BigDecimal.ZERO)).isInstanceOf(FundingException.class).hasMessageStartingWith("IND-0210");
  }

  @Test
  void ipep_adjustmentOutOfRange_failsWithIND0211() {
    assertThatThrownBy(() -> IpepSeedCredit.defaults().compute(new BigDecimal("50000"), 10,
        new BigDecimal("0.25"))).isInstanceOf(FundingException.class)
        .hasMessageStartingWith("IND-0211");
  }
}
