package io.github.eparcours.core.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the {@code Retry-After} header (RFC 9110 §10.2.3). Stateless. */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * Parses a {@code Retry-After} value: delay-seconds, or an HTTP-date (IMF-fixdate, and the
   * RFC 1123 forms servers still send).
   *
   * @param value the header value
   * @param now the current instant, to turn a date into a delay
   * @return the delay (zero for a date in the past), or empty when unreadable
   */
  static Optional<Duration> parse(String value, Instant now) {
    String v = value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (v.length() > 9) {
        return Optional.of(Duration.ofSeconds(999_999_999L));
      }
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      // RFC_1123_DATE_TIME is locale-independent (English day and month names).
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
