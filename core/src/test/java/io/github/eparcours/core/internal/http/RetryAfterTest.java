package io.github.eparcours.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void parse_seconds_returnsThatDelay() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
  }

  @Test
  void parse_imfFixdate_returnsDelayUntilThen() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:00:30 GMT", NOW))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void parse_dateInThePast_returnsZero() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void parse_hugeSeconds_saturates() {
    assertThat(RetryAfter.parse("99999999999999999999", NOW).orElseThrow())
        .isGreaterThan(Duration.ofDays(365));
  }

  @Test
  void parse_garbage_returnsEmpty() {
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("", NOW)).isEmpty();
  }
}
