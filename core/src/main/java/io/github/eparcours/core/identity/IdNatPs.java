package io.github.eparcours.core.identity;

import io.github.eparcours.core.code.CodeSystems;
import java.util.Objects;
import java.util.Optional;

/**
 * The national identifier of a health professional in ANS systems and the CI-SIS (IdNat_PS), the
 * value carried under the OID {@value #OID}: a one-character type prefix followed by the
 * underlying identifier.
 *
 * <table>
 *   <caption>IdNat_PS forms</caption>
 *   <tr><th>Prefix</th><th>Followed by</th><th>{@link Type}</th></tr>
 *   <tr><td>{@code 8}</td><td>RPPS number (11 digits, Luhn)</td><td>{@link Type#RPPS}</td></tr>
 *   <tr><td>{@code 0}</td><td>ADELI number (9 characters)</td><td>{@link Type#ADELI}</td></tr>
 *   <tr><td>{@code 1}</td><td>ADELI practice id {@code /} internal id</td>
 *       <td>{@link Type#ADELI_PRACTICE_INTERNAL}</td></tr>
 *   <tr><td>{@code 3}</td><td>FINESS {@code /} internal id</td>
 *       <td>{@link Type#FINESS_INTERNAL}</td></tr>
 *   <tr><td>{@code 4}</td><td>SIREN {@code /} internal id</td>
 *       <td>{@link Type#SIREN_INTERNAL}</td></tr>
 *   <tr><td>{@code 5}</td><td>SIRET {@code /} internal id</td>
 *       <td>{@link Type#SIRET_INTERNAL}</td></tr>
 *   <tr><td>{@code 6}</td><td>RPPS practice id {@code /} internal id</td>
 *       <td>{@link Type#RPPS_PRACTICE_INTERNAL}</td></tr>
 * </table>
 *
 * <p>The structure part of the internal forms is checked as its own identifier (FINESS key,
 * SIREN and SIRET Luhn); practice ids are checked for form only; internal ids must be printable
 * ASCII without spaces nor HL7 v2 delimiters, at most 64 characters.
 *
 * <p>Not patient data. Immutable and thread-safe. Equality: the value.
 *
 * @since 0.1
 */
public final class IdNatPs {

  /** OID of the IdNat_PS assigning authority. */
  public static final String OID = CodeSystems.IDNAT_PS;

  private static final String TYPE = "IdNat_PS";

  /**
   * The kind of identifier behind an IdNat_PS, given by its first character.
   *
   * @since 0.1
   */
  public enum Type {
    /** {@code 0} + ADELI number. */
    ADELI('0'),
    /** {@code 1} + ADELI practice id / internal id. */
    ADELI_PRACTICE_INTERNAL('1'),
    /** {@code 3} + FINESS / internal id (staff of an establishment). */
    FINESS_INTERNAL('3'),
    /** {@code 4} + SIREN / internal id. */
    SIREN_INTERNAL('4'),
    /** {@code 5} + SIRET / internal id. */
    SIRET_INTERNAL('5'),
    /** {@code 6} + RPPS practice id / internal id. */
    RPPS_PRACTICE_INTERNAL('6'),
    /** {@code 8} + RPPS number. */
    RPPS('8');

    private final char prefix;

    Type(char prefix) {
      this.prefix = prefix;
    }

    /**
     * Returns the prefix character.
     *
     * @return the prefix
     */
    public char prefix() {
      return prefix;
    }
  }

  private final String value;
  private final Type type;

  private IdNatPs(String value, Type type) {
    this.value = value;
    this.type = type;
  }

  /**
   * Parses an IdNat_PS.
   *
   * @param value the identifier, prefix included, e.g. {@code 899900077985}
   * @return the identifier
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#IDNAT_PS_PREFIX} for an unknown
   *     prefix, {@link IdentityErrorCodes#IDNAT_PS_FORMAT} if the rest has the wrong form, or the
   *     code of the underlying identifier's broken rule (e.g. {@link IdentityErrorCodes#RPPS_KEY})
   */
  public static IdNatPs parse(String value) {
    Objects.requireNonNull(value, "value");
    Type type = Checks.typeByPrefix(value, Type.values(), Type::prefix);
    if (type == null) {
      throw new InvalidIdentifierException(IdentityErrorCodes.IDNAT_PS_PREFIX, TYPE,
          "the first character must be a known type prefix: 8 (RPPS), 0 (ADELI), 1, 3, 4, 5 or 6 "
              + "(structure/internal id); a bare RPPS needs the prefix 8");
    }
    String rest = value.substring(1);
    switch (type) {
      case RPPS -> new Rpps(rest);
      case ADELI -> new Adeli(rest);
      default -> checkInternal(type, rest);
    }
    return new IdNatPs(value, type);
  }

  /**
   * Returns the IdNat_PS of an RPPS number: {@code 8} + RPPS.
   *
   * @param rpps the number
   * @return the identifier
   */
  public static IdNatPs ofRpps(Rpps rpps) {
    return new IdNatPs(Type.RPPS.prefix + rpps.value(), Type.RPPS);
  }

  /**
   * Returns the IdNat_PS of an ADELI number: {@code 0} + ADELI.
   *
   * @param adeli the number
   * @return the identifier
   */
  public static IdNatPs ofAdeli(Adeli adeli) {
    return new IdNatPs(Type.ADELI.prefix + adeli.value(), Type.ADELI);
  }

  /**
   * Returns the value, prefix included.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the kind of identifier behind this IdNat_PS.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the OID of the assigning authority, {@value #OID}.
   *
   * @return the OID
   */
  public String oid() {
    return OID;
  }

  /**
   * Returns the RPPS number, for an IdNat_PS of type {@link Type#RPPS}.
   *
   * @return the number, or empty for another type
   */
  public Optional<Rpps> rpps() {
    return type == Type.RPPS ? Optional.of(new Rpps(value.substring(1))) : Optional.empty();
  }

  /**
   * Returns the ADELI number, for an IdNat_PS of type {@link Type#ADELI}.
   *
   * @return the number, or empty for another type
   */
  public Optional<Adeli> adeli() {
    return type == Type.ADELI ? Optional.of(new Adeli(value.substring(1))) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdNatPs i && i.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "IdNatPs[" + value + "]";
  }

  private static void checkInternal(Type type, String rest) {
    int slash = rest.indexOf('/');
    if (slash < 0) {
      throw new InvalidIdentifierException(IdentityErrorCodes.IDNAT_PS_FORMAT, TYPE,
          "type " + type.prefix + " must be followed by <structure id>/<internal id>; the '/' "
              + "is missing");
    }
    String structure = rest.substring(0, slash);
    String internal = rest.substring(slash + 1);
    switch (type) {
      case FINESS_INTERNAL -> Finess.parse(structure);
      case SIREN_INTERNAL -> new Siren(structure);
      case SIRET_INTERNAL -> new Siret(structure);
      default -> {
        if (!Checks.isInternalId(structure)) {
          throw new InvalidIdentifierException(IdentityErrorCodes.IDNAT_PS_FORMAT, TYPE,
              "the practice id of type " + type.prefix + " must be 1 to 64 printable ASCII "
                  + "characters without spaces nor ^ & ~ \\ |");
        }
      }
    }
    if (!Checks.isInternalId(internal)) {
      throw new InvalidIdentifierException(IdentityErrorCodes.IDNAT_PS_FORMAT, TYPE,
          "the internal id after '/' must be 1 to 64 printable ASCII characters without spaces "
              + "nor ^ & ~ \\ |");
    }
  }
}
