package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.document.xds.internal.Checks;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HL7 v3 point in time (TS) as written in a CDA: {@code YYYY[MM[DD[hh[mm[ss[.f]]]]]][+/-ZZZZ]},
 * keeping the precision and zone it was given.
 *
 * <p>The CI-SIS wants a time zone on every time with hours; {@link #of(OffsetDateTime)} always
 * writes one, {@link #parse(String)} accepts what was received and {@link #hasTimeZone()} tells.
 * Immutable and thread-safe.
 *
 * @param value the TS value
 * @since 0.1
 */
public record CdaTime(String value) {

  private static final Pattern FORM =
      Pattern.compile("(\\d{4}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\d{2}(?:\\.\\d{1,4})?)?)?)?)?)?)"
          + "([+-]\\d{4})?");
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("uuuuMMddHHmmssxx");

  /**
   * Checks the form.
   *
   * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0507 if malformed
   */
  public CdaTime {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw Checks.invalid("a CDA time must be YYYY[MM[DD[hh[mm[ss]]]]][+/-ZZZZ]");
    }
  }

  /**
   * Tells whether {@code value} has the TS form.
   *
   * @param value a string or null
   * @return true when well-formed
   */
  public static boolean isWellFormed(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  /**
   * Returns a second-precision time with its offset, e.g. {@code 20240312101500+0100}.
   *
   * @param dateTime the date-time
   * @return the CDA time
   */
  public static CdaTime of(OffsetDateTime dateTime) {
    return new CdaTime(WRITE.format(dateTime));
  }

  /**
   * Wraps a received value.
   *
   * @param value the TS
   * @return the CDA time
   * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0507 if malformed
   */
  public static CdaTime parse(String value) {
    return new CdaTime(value);
  }

  /**
   * Tells whether the value carries a time zone offset.
   *
   * @return true with an offset
   */
  public boolean hasTimeZone() {
    return value.indexOf('+') > 0 || value.indexOf('-') > 0;
  }

  /**
   * Tells whether the value has at least an hour (and so needs a time zone).
   *
   * @return true when precise to the hour or better
   */
  public boolean hasTimeOfDay() {
    return digits().length() > 8;
  }

  private String digits() {
    Matcher m = FORM.matcher(value);
    m.matches();
    return m.group(1);
  }

  /**
   * Returns the XDS form: converted to UTC when there is an offset and an hour; the date alone
   * otherwise (a date has no zone to convert).
   *
   * @return the XDS time
   */
  public XdsTime toXdsTime() {
    String digits = digits();
    int dot = digits.indexOf('.');
    if (dot > 0) {
      digits = digits.substring(0, dot);
    }
    if (digits.length() <= 8 || !hasTimeZone()) {
      return new XdsTime(digits.length() <= 8 ? digits : digits.substring(0, 8));
    }
    String padded = (digits + "0000").substring(0, Math.max(12, digits.length()));
    String offset = value.substring(value.length() - 5);
    LocalDateTime local = LocalDateTime.parse(padded.length() == 12 ? padded + "00" : padded,
        DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
    ZoneOffset zone = ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3));
    String utc = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
        .format(local.atOffset(zone).withOffsetSameInstant(ZoneOffset.UTC));
    return new XdsTime(utc.substring(0, Math.min(14, digits.length())));
  }

  @Override
  public String toString() {
    return value;
  }
}
