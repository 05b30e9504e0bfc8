package io.github.eparcours.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast calendar path equals ZonedDateTime arithmetic wherever it answers. */
class DeadlinesTest {

  private static final List<Period> PERIODS = List.of(Period.ZERO, Period.ofMonths(1),
      Period.ofDays(45), Period.of(0, 1, 3), Period.ofYears(1), Period.of(1, 2, 29));

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Paris", "America/New_York", "UTC", "Australia/Lord_Howe",
      "Pacific/Apia", "America/Sao_Paulo"})
  void plus_randomInstantsAroundTransitions_equalsZonedDateTime(String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    Random random = new Random(zoneId.hashCode());
    long center = Instant.parse("2011-12-15T00:00:00Z").getEpochSecond();
    for (Period within : PERIODS) {
      Deadlines d = new Deadlines(zone, within, center);
      int answered = 0;
      for (int i = 0; i < 20_000; i++) {
        long second = center + (long) (random.nextGaussian() * 400 * 86_400L);
        long tick = second * 1_000_000_000L + random.nextInt(1_000_000_000);
        answered += answersAsZonedDateTime(d, zone, within, tick) ? 1 : 0;
      }
      assertThat(answered).as("fast path used").isGreaterThan(10_000);
    }
  }

  /**
   * Anchors spread evenly over the tabulated days and past both ends: the fast path answers
   * inside, equals ZonedDateTime wherever it answers, and declines outside.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Europe/Paris", "Australia/Lord_Howe", "Pacific/Kiritimati"})
  void plus_anchorsAcrossAndBeyondTheTables_equalsZonedDateTimeOrDeclines(String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    long center = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    long day = 86_400L;
    Period within = Period.ofMonths(1);
    Deadlines d = new Deadlines(zone, within, center);
    int answered = 0;
    for (long second = center - 1_500 * day; second <= center + 1_500 * day; second += 7_207) {
      answered += answersAsZonedDateTime(d, zone, within, second * 1_000_000_000L + 123) ? 1 : 0;
    }
    assertThat(answered).as("fast path used").isGreaterThan(30_000);
    assertThat(d.plus((center - 1_470 * day) * 1_000_000_000L)).isEqualTo(Long.MIN_VALUE);
    assertThat(d.plus((center + 1_470 * day) * 1_000_000_000L)).isEqualTo(Long.MIN_VALUE);
  }

  /**
   * Anchors every ten minutes within two days of each transition, and of each instant a period
   * before one (so that the middle or final date lands on it): the fast path equals
   * ZonedDateTime wherever it answers, and answers on days next to a transition.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Europe/Paris", "America/Sao_Paulo", "Australia/Lord_Howe",
      "Pacific/Apia", "America/St_Johns"})
  void plus_anchorsNearTransitions_equalsZonedDateTime(String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    long center = Instant.parse("2012-01-01T00:00:00Z").getEpochSecond();
    long day = 86_400L;
    for (Period within : PERIODS) {
      Deadlines d = new Deadlines(zone, within, center);
      int answered = 0;
      int tried = 0;
      ZoneOffsetTransition t = zone.getRules().nextTransition(
          Instant.ofEpochSecond(center - 1_000 * day));
      for (; t != null && t.toEpochSecond() < center + 1_000 * day;
          t = zone.getRules().nextTransition(t.getInstant())) {
        long before = t.getInstant().atZone(zone).minus(within).toEpochSecond();
        for (long target : new long[] {t.toEpochSecond(), before}) {
          for (long second = target - 2 * day; second <= target + 2 * day; second += 600) {
            tried++;
            answered += answersAsZonedDateTime(d, zone, within, second * 1_000_000_000L + 7)
                ? 1 : 0;
          }
        }
      }
      assertThat(answered).as("fast path used near transitions").isGreaterThan(tried / 4);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-04-01T12:00:00Z", "2024-03-30T12:00:00Z",
      "2024-10-28T00:30:00Z"})
  void plus_dayNextToTransition_answers(String anchor) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    Period month = Period.ofMonths(1);
    Deadlines d = new Deadlines(paris, month, Instant.parse("2024-06-01T00:00:00Z")
        .getEpochSecond());

    assertThat(answersAsZonedDateTime(d, paris, month, Ticks.of(Instant.parse(anchor))))
        .as("fast path answers").isTrue();
  }

  /** Checks the fast path against ZonedDateTime where it answers; tells whether it answered. */
  private static boolean answersAsZonedDateTime(Deadlines d, ZoneId zone, Period within,
      long tick) {
    long fast = d.plus(tick);
    if (fast == Long.MIN_VALUE) {
      return false;
    }
    long exact = Ticks.of(Ticks.toInstant(tick).atZone(zone).plus(within).toInstant());
    assertThat(fast).as("%s + %s", Ticks.toInstant(tick), within).isEqualTo(exact);
    return true;
  }
}
