package io.github.eparcours.core.identity;

/**
 * A SIREN number (legal entity, INSEE): 9 digits, the last a Luhn check digit.
 *
 * <p>Not patient data. Immutable and thread-safe.
 *
 * @param value the 9 digits
 * @since 0.1
 */
public record Siren(String value) {

  static final String LA_POSTE = "356000000";

  /**
   * Checks the number.
   *
   * @param value the 9 digits
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#SIREN_FORMAT} if not 9 digits,
   *     {@link IdentityErrorCodes#SIREN_KEY} if the Luhn check fails
   */
  public Siren {
    Checks.requireDigits(value, 9, IdentityErrorCodes.SIREN_FORMAT, "SIREN");
    Checks.requireLuhn(value, IdentityErrorCodes.SIREN_KEY, "SIREN");
  }

  /**
   * Parses a SIREN number.
   *
   * @param value the 9 digits
   * @return the number
   * @throws InvalidIdentifierException as the constructor
   */
  public static Siren parse(String value) {
    return new Siren(value);
  }

  /**
   * Returns the structure identifier {@code 2}+SIREN.
   *
   * @return the IdNat_Struct
   */
  public IdNatStruct toIdNatStruct() {
    return IdNatStruct.ofSiren(this);
  }
}
