package io.github.eparcours.core.identity;

import java.util.Objects;

/**
 * An ADELI number (Automatisation DEs LIstes), the former register of some health professions:
 * 9 characters, digits, with {@code 2A}/{@code 2B} as the department for Corsica. Its check digit
 * algorithm is not published: it is not verified. In exchanges the professional is identified by
 * the {@link IdNatPs} {@code 0}+ADELI, see {@link #toIdNatPs()}.
 *
 * <p>Not patient data. Immutable and thread-safe.
 *
 * @param value the 9 characters
 * @since 0.1
 */
public record Adeli(String value) {

  /**
   * Checks the number.
   *
   * @param value the 9 characters
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#ADELI_FORMAT} if not 9 digits
   *     (or 2A/2B followed by 7 digits)
   */
  public Adeli {
    Objects.requireNonNull(value, "value");
    if (!Checks.isDepartmentCoded(value, 9)) {
      throw new InvalidIdentifierException(IdentityErrorCodes.ADELI_FORMAT, "ADELI",
          "must be 9 characters: digits, or 2A/2B followed by 7 digits (got " + value.length()
              + " characters); remove spaces and separators");
    }
  }

  /**
   * Parses an ADELI number.
   *
   * @param value the 9 characters
   * @return the number
   * @throws InvalidIdentifierException as the constructor
   */
  public static Adeli parse(String value) {
    return new Adeli(value);
  }

  /**
   * Returns the national identifier of this professional, {@code 0} followed by the number.
   *
   * @return the IdNat_PS
   */
  public IdNatPs toIdNatPs() {
    return IdNatPs.ofAdeli(this);
  }
}
