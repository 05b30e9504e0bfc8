package io.github.eparcours.core.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date whose month and day may be unknown, as a birth date (an INS trait) may be: {@code 1936},
 * {@code 1936-06}, {@code 1936-06-21}.
 *
 * <p>INSi may return birth dates that are not calendar dates (a "date lunaire" such as the 30th
 * of February, kept as registered): they are accepted, since the trait must be reproduced
 * exactly, and {@link #toLocalDate()} tells them apart. Month and day, when present, are in
 * 1..12 and 1..31; a day requires a month. On parsing, a month or day of {@code 00} is read as
 * unknown ({@code 1950-00-00} is {@code 1950}).
 *
 * <p>A birth date is patient data: {@link #toString()} is redacted.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PartialDate implements PatientData {

  private static final String TYPE = "birth date";
  private static final int UNKNOWN = 0;

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns a date of which only the year is known.
   *
   * @param year 1 to 9999
   * @return the date
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#PARTIAL_DATE} if out of range
   */
  public static PartialDate ofYear(int year) {
    return checked(year, UNKNOWN, UNKNOWN);
  }

  /**
   * Returns a date of which the year and month are known.
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @return the date
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#PARTIAL_DATE} if out of range
   */
  public static PartialDate of(int year, int month) {
    return checked(year, requirePositive(month), UNKNOWN);
  }

  /**
   * Returns a full date, which need not exist in the calendar (see the class description).
   *
   * @param year 1 to 9999
   * @param month 1 to 12
   * @param day 1 to 31
   * @return the date
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#PARTIAL_DATE} if out of range
   */
  public static PartialDate of(int year, int month, int day) {
    return checked(year, requirePositive(month), requirePositive(day));
  }

  /**
   * Returns the full date {@code date}.
   *
   * @param date a calendar date with a year from 1 to 9999
   * @return the date
   */
  public static PartialDate of(LocalDate date) {
    return checked(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses the ISO 8601 forms {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD}.
   *
   * @param iso the text
   * @return the date
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#PARTIAL_DATE} if malformed
   */
  public static PartialDate parse(String iso) {
    Objects.requireNonNull(iso, "iso");
    int length = iso.length();
    boolean shape = (length == 4 || length == 7 || length == 10)
        && (length < 7 || iso.charAt(4) == '-') && (length < 10 || iso.charAt(7) == '-');
    if (!shape) {
      throw malformed("expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return fromFields(iso, 0, length >= 7 ? 5 : -1, length == 10 ? 8 : -1,
        "expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  /**
   * Parses the HL7 v2/v3 forms {@code YYYY}, {@code YYYYMM} and {@code YYYYMMDD} (CDA
   * {@code birthTime}, XDS {@code PID-7}). A time part after the date ({@code YYYYMMDDhhmm...}) is
   * refused: a birth date trait has none.
   *
   * @param hl7 the text
   * @return the date
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#PARTIAL_DATE} if malformed
   */
  public static PartialDate fromHl7(String hl7) {
    Objects.requireNonNull(hl7, "hl7");
    int length = hl7.length();
    if (length != 4 && length != 6 && length != 8) {
      throw malformed("expected YYYY, YYYYMM or YYYYMMDD");
    }
    return fromFields(hl7, 0, length >= 6 ? 4 : -1, length == 8 ? 6 : -1,
        "expected YYYY, YYYYMM or YYYYMMDD");
  }

  /**
   * Returns the year.
   *
   * @return 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month, if known.
   *
   * @return 1 to 12, or empty
   */
  public OptionalInt month() {
    return month == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * Returns the day of month, if known.
   *
   * @return 1 to 31, or empty
   */
  public OptionalInt day() {
    return day == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Tells whether year, month and day are all known.
   *
   * @return true for a full date
   */
  public boolean isComplete() {
    return day != UNKNOWN;
  }

  /**
   * Returns the calendar date, when complete and existing in the calendar.
   *
   * @return the date, or empty for a partial date or a non-calendar date
   */
  public Optional<LocalDate> toLocalDate() {
    if (!isComplete()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException notInCalendar) {
      return Optional.empty();
    }
  }

  /**
   * Renders as HL7 {@code YYYY}, {@code YYYYMM} or {@code YYYYMMDD}.
   *
   * @return the text
   */
  public String toHl7() {
    return render("");
  }

  /**
   * Renders as ISO 8601 {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @return the text
   */
  public String toIso() {
    return render("-");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate d && d.year == year && d.month == month && d.day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /**
   * Returns a redacted form showing only which parts are known, e.g.
   * {@code PartialDate[YYYY-MM-DD]}.
   *
   * @return the redacted form
   */
  @Override
  public String toString() {
    return "PartialDate[" + (day != UNKNOWN ? "YYYY-MM-DD" : month != UNKNOWN ? "YYYY-MM" : "YYYY")
        + "]";
  }

  /**
   * Returns the date in full, e.g. {@code PartialDate[1936-06]}. Patient data: see
   * {@link PatientData}.
   *
   * @return the unredacted form
   */
  @Override
  public String unredacted() {
    return "PartialDate[" + toIso() + "]";
  }

  private String render(String separator) {
    StringBuilder sb = new StringBuilder(10);
    pad(sb, year, 4);
    if (month != UNKNOWN) {
      pad(sb.append(separator), month, 2);
      if (day != UNKNOWN) {
        pad(sb.append(separator), day, 2);
      }
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    sb.append("0".repeat(width - digits.length())).append(digits);
  }

  private static PartialDate fromFields(
      String text, int yearAt, int monthAt, int dayAt, String expected) {
    int y = digits(text, yearAt, 4, expected);
    int m = monthAt < 0 ? UNKNOWN : digits(text, monthAt, 2, expected);
    int d = dayAt < 0 ? UNKNOWN : digits(text, dayAt, 2, expected);
    if (m == UNKNOWN && d != UNKNOWN) {
      throw malformed("a day is given while the month is unknown (00)");
    }
    return checked(y, m, d);
  }

  private static int digits(String text, int from, int count, String expected) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw malformed(expected + "; position " + (i + 1) + " is not a digit");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int requirePositive(int field) {
    if (field < 1) {
      throw malformed("month and day, when given, start at 1");
    }
    return field;
  }

  private static PartialDate checked(int year, int month, int day) {
    if (year < 1 || year > 9999) {
      throw malformed("the year must be from 0001 to 9999");
    }
    if (month > 12 || month < 0) {
      throw malformed("the month must be from 01 to 12");
    }
    if (day > 31 || day < 0) {
      throw malformed("the day must be from 01 to 31");
    }
    return new PartialDate(year, month, day);
  }

  private static InvalidIdentifierException malformed(String rule) {
    return new InvalidIdentifierException(IdentityErrorCodes.PARTIAL_DATE, TYPE, rule);
  }
}
