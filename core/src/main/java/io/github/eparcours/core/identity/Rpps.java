package io.github.eparcours.core.identity;

/**
 * An RPPS number (Répertoire Partagé des Professionnels de Santé): 11 digits, the last a Luhn
 * check digit. In exchanges a professional is identified by the {@link IdNatPs} {@code 8}+RPPS,
 * see {@link #toIdNatPs()}.
 *
 * <p>Not patient data: {@link #toString()} shows the number. Immutable and thread-safe.
 *
 * @param value the 11 digits
 * @since 0.1
 */
public record Rpps(String value) {

  private static final String TYPE = "RPPS";

  /**
   * Checks the number.
   *
   * @param value the 11 digits
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#RPPS_FORMAT} if not 11 digits,
   *     {@link IdentityErrorCodes#RPPS_KEY} if the Luhn check fails
   */
  public Rpps {
    Checks.requireDigits(value, 11, IdentityErrorCodes.RPPS_FORMAT, TYPE);
    Checks.requireLuhn(value, IdentityErrorCodes.RPPS_KEY, TYPE);
  }

  /**
   * Parses an RPPS number.
   *
   * @param value the 11 digits
   * @return the number
   * @throws InvalidIdentifierException as the constructor
   */
  public static Rpps parse(String value) {
    return new Rpps(value);
  }

  /**
   * Returns the national identifier of this professional, {@code 8} followed by the number.
   *
   * @return the IdNat_PS
   */
  public IdNatPs toIdNatPs() {
    return IdNatPs.ofRpps(this);
  }
}
