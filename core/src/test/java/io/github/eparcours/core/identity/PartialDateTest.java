package io.github.eparcours.core.identity;

import static io.github.eparcours.core.identity.InsTest.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void parse_yearOnly() {
    PartialDate d = PartialDate.parse("1936");
    assertThat(d.year()).isEqualTo(1936);
    assertThat(d.month()).isEmpty();
    assertThat(d.day()).isEmpty();
    assertThat(d.isComplete()).isFalse();
    assertThat(d.toHl7()).isEqualTo("1936");
    assertThat(d.toIso()).isEqualTo("1936");
    assertThat(d.toLocalDate()).isEmpty();
  }

  @Test
  void parse_yearMonth() {
    PartialDate d = PartialDate.parse("1936-06");
    assertThat(d.month()).hasValue(6);
    assertThat(d.day()).isEmpty();
    assertThat(d.toHl7()).isEqualTo("193606");
    assertThat(PartialDate.fromHl7("193606")).isEqualTo(d).isEqualTo(PartialDate.of(1936, 6));
  }

  @Test
  void parse_fullDate() {
    PartialDate d = PartialDate.parse("1936-06-21");
    assertThat(d.toHl7()).isEqualTo("19360621");
    assertThat(d.toIso()).isEqualTo("1936-06-21");
    assertThat(d.toLocalDate()).contains(LocalDate.of(1936, 6, 21));
    assertThat(PartialDate.fromHl7("19360621")).isEqualTo(d)
        .isEqualTo(PartialDate.of(LocalDate.of(1936, 6, 21))).hasSameHashCodeAs(d);
  }

  @Test
  void parse_zeroMonthAndDay_meanUnknown() {
    assertThat(PartialDate.parse("1950-00-00")).isEqualTo(PartialDate.ofYear(1950));
    assertThat(PartialDate.parse("1950-04-00")).isEqualTo(PartialDate.of(1950, 4));
    assertThat(PartialDate.fromHl7("19500000")).isEqualTo(PartialDate.ofYear(1950));
    assertCode(() -> PartialDate.parse("1950-00-12"), IdentityErrorCodes.PARTIAL_DATE);
  }

  @Test
  void lunarDate_isKeptButNotACalendarDate() {
    PartialDate d = PartialDate.parse("1950-02-30");
    assertThat(d.isComplete()).isTrue();
    assertThat(d.toLocalDate()).isEmpty();
    assertThat(d.toIso()).isEqualTo("1950-02-30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "36", "19360", "1936-6", "1936/06/21", "1936-13", "1936-06-32",
      "19x6", "1936-06-21T10:00", "0000", "1936-06-2a", "1936-1-21"})
  void parse_malformed_isRefused(String text) {
    assertCode(() -> PartialDate.parse(text), IdentityErrorCodes.PARTIAL_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "193", "19360", "1936-06", "193613", "19360632", "193606211200"})
  void fromHl7_malformed_isRefused(String text) {
    assertCode(() -> PartialDate.fromHl7(text), IdentityErrorCodes.PARTIAL_DATE);
  }

  @Test
  void of_outOfRange_isRefused() {
    assertCode(() -> PartialDate.of(1950, 0), IdentityErrorCodes.PARTIAL_DATE);
    assertCode(() -> PartialDate.of(1950, 2, 0), IdentityErrorCodes.PARTIAL_DATE);
    assertCode(() -> PartialDate.ofYear(10000), IdentityErrorCodes.PARTIAL_DATE);
  }

  @Test
  void toString_hidesTheDate() {
    assertThat(PartialDate.parse("1936-06-21").toString())
        .isEqualTo("PartialDate[YYYY-MM-DD]").doesNotContain("1936");
  }
}
