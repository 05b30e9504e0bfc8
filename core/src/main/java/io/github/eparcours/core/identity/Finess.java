package io.github.eparcours.core.identity;

import io.github.eparcours.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A FINESS number (Fichier National des Établissements Sanitaires et Sociaux): 9 characters, the
 * department first ({@code 2A}/{@code 2B} for Corsica), the last a Luhn check digit over the
 * whole number.
 *
 * <p>How the Corsican letters enter the key is not published: Corsican numbers are accepted
 * without key check ({@link #isKeyVerified()} is false, and {@link #validate(String)} reports a
 * warning) rather than refusing a real structure.
 *
 * <p>Whether the number designates a legal entity (EJ) or an establishment (ET) is unknown unless
 * the caller says so ({@link #parse(String, FinessKind)}). Equality is on the number only.
 *
 * <p>Not patient data. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Finess {

  private static final String TYPE = "FINESS";

  private final String value;
  private final FinessKind kind;

  private Finess(String value, FinessKind kind) {
    this.value = value;
    this.kind = kind;
  }

  /**
   * Parses a FINESS number whose kind is unknown.
   *
   * @param value the 9 characters
   * @return the number
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#FINESS_FORMAT} if not 9 digits
   *     (or 2A/2B followed by 7 digits), {@link IdentityErrorCodes#FINESS_KEY} if the Luhn check
   *     of a non-Corsican number fails
   */
  public static Finess parse(String value) {
    return new Finess(check(value), null);
  }

  /**
   * Parses a FINESS number of a known kind.
   *
   * @param value the 9 characters
   * @param kind EJ or ET
   * @return the number
   * @throws InvalidIdentifierException as {@link #parse(String)}
   */
  public static Finess parse(String value, FinessKind kind) {
    return new Finess(check(value), Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Validates without throwing.
   *
   * @param value the candidate
   * @return an empty report if valid with a verified key; a warning
   *     {@link IdentityErrorCodes#FINESS_KEY_NOT_VERIFIED} for a Corsican number; an error with the broken rule's
   *     code otherwise; path {@code "finess"}
   */
  public static ValidationReport validate(String value) {
    try {
      Finess finess = parse(value);
      return finess.isKeyVerified() ? ValidationReport.empty()
          : ValidationReport.builder().warning(IdentityErrorCodes.FINESS_KEY_NOT_VERIFIED.value(), "finess",
              "Corsican FINESS (2A/2B) accepted without verifying its check digit").build();
    } catch (InvalidIdentifierException e) {
      return ValidationReport.builder().error(e.code().value(), "finess", e.getMessage()).build();
    }
  }

  /**
   * Returns a copy with a known kind.
   *
   * @param kind EJ or ET
   * @return the copy
   */
  public Finess withKind(FinessKind kind) {
    return new Finess(value, Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns the 9 characters.
   *
   * @return the number
   */
  public String value() {
    return value;
  }

  /**
   * Returns the kind, when known.
   *
   * @return EJ or ET, or empty when the caller did not say
   */
  public Optional<FinessKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * Tells whether the check digit was verified (false for Corsican numbers).
   *
   * @return true if the Luhn key was checked
   */
  public boolean isKeyVerified() {
    return Checks.isDigits(value, 0, 9);
  }

  /**
   * Returns the structure identifier {@code 1}+FINESS.
   *
   * @return the IdNat_Struct
   */
  public IdNatStruct toIdNatStruct() {
    return IdNatStruct.ofFiness(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finess f && f.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Finess[" + value + (kind == null ? "" : " " + kind) + "]";
  }

  private static String check(String value) {
    Objects.requireNonNull(value, "value");
    if (!Checks.isDepartmentCoded(value, 9)) {
      throw new InvalidIdentifierException(IdentityErrorCodes.FINESS_FORMAT, TYPE,
          "must be 9 characters: digits, or 2A/2B followed by 7 digits (got " + value.length()
              + " characters); remove spaces and separators");
    }
    if (Checks.isDigits(value, 0, 9)) {
      Checks.requireLuhn(value, IdentityErrorCodes.FINESS_KEY, TYPE);
    }
    return value;
  }
}
