package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.xds.internal.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An XDS time ({@code YYYY[MM[DD[hh[mm[ss]]]]]}, always UTC), keeping the precision it was given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the DTM value, 4 to 14 digits of an even length (or 4)
 * @since 0.1
 */
public record XdsTime(String value) {

  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  /**
   * Checks the form.
   *
   * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0507 if malformed
   */
  public XdsTime {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw Checks.invalid("an XDS time must be YYYY[MM[DD[hh[mm[ss]]]]] in UTC (4, 6, 8, 10,"
          + " 12 or 14 digits)");
    }
  }

  /**
   * Tells whether {@code value} has the DTM form.
   *
   * @param value a string or null
   * @return true when it is 4..14 digits of an allowed length
   */
  public static boolean isWellFormed(String value) {
    if (value == null) {
      return false;
    }
    int n = value.length();
    if (n < 4 || n > 14 || (n % 2 != 0)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the UTC second-precision time of an instant.
   *
   * @param instant the instant
   * @return the XDS time
   */
  public static XdsTime of(Instant instant) {
    return new XdsTime(SECONDS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)));
  }

  /**
   * Returns the UTC second-precision time of a zoned date-time.
   *
   * @param dateTime the date-time, with its offset
   * @return the XDS time, converted to UTC
   */
  public static XdsTime of(OffsetDateTime dateTime) {
    return of(dateTime.toInstant());
  }

  /**
   * Returns the earliest instant this time denotes (missing parts taken as their minimum).
   *
   * @return the instant
   */
  public Instant toInstant() {
    String padded = value + "0101000000".substring(Math.max(0, value.length() - 4));
    return LocalDateTime.parse(padded.substring(0, 14), SECONDS).toInstant(ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return value;
  }
}
