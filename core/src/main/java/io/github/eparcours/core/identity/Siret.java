package io.github.eparcours.core.identity;

/**
 * A SIRET number (establishment, INSEE): the 9-digit SIREN followed by a 5-digit NIC, 14 digits
 * checked by Luhn — except for La Poste (SIREN {@code 356000000}), whose establishments are too
 * many for the Luhn key: there the sum of the 14 digits must be a multiple of 5.
 *
 * <p>Not patient data. Immutable and thread-safe.
 *
 * @param value the 14 digits
 * @since 0.1
 */
public record Siret(String value) {

  /**
   * Checks the number.
   *
   * @param value the 14 digits
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#SIRET_FORMAT} if not 14 digits,
   *     {@link IdentityErrorCodes#SIRET_KEY} if neither the Luhn check nor the La Poste rule
   *     holds
   */
  public Siret {
    Checks.requireDigits(value, 14, IdentityErrorCodes.SIRET_FORMAT, "SIRET");
    boolean laPoste = value.startsWith(Siren.LA_POSTE);
    boolean ok = Checks.luhn(value) || (laPoste && Checks.digitSum(value) % 5 == 0);
    if (!ok) {
      throw new InvalidIdentifierException(IdentityErrorCodes.SIRET_KEY, "SIRET",
          "the check digit is wrong (Luhn over the 14 digits; for La Poste, SIREN 356000000, "
              + "the digit sum must be a multiple of 5); the number was mistyped");
    }
  }

  /**
   * Parses a SIRET number.
   *
   * @param value the 14 digits
   * @return the number
   * @throws InvalidIdentifierException as the constructor
   */
  public static Siret parse(String value) {
    return new Siret(value);
  }

  /**
   * Returns the SIREN of the legal entity, the first 9 digits. The SIREN is checked on its own:
   * a SIRET whose SIREN part fails Luhn is refused by {@link Siren}.
   *
   * @return the SIREN
   * @throws InvalidIdentifierException if the first 9 digits are not a valid SIREN
   */
  public Siren siren() {
    return new Siren(value.substring(0, 9));
  }

  /**
   * Returns the NIC (numéro interne de classement), the last 5 digits.
   *
   * @return the NIC
   */
  public String nic() {
    return value.substring(9);
  }

  /**
   * Returns the structure identifier {@code 3}+SIRET.
   *
   * @return the IdNat_Struct
   */
  public IdNatStruct toIdNatStruct() {
    return IdNatStruct.ofSiret(this);
  }
}
