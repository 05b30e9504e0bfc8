package io.github.eparcours.core.identity;

import io.github.eparcours.core.code.CodeSystems;
import java.util.Objects;
import java.util.Optional;

/**
 * The national identifier of a structure in ANS systems and the CI-SIS (IdNat_Struct), the value
 * carried under the OID {@value #OID}: a one-digit type prefix followed by the underlying
 * identifier.
 *
 * <table>
 *   <caption>IdNat_Struct forms</caption>
 *   <tr><th>Prefix</th><th>Followed by</th><th>{@link Type}</th></tr>
 *   <tr><td>{@code 1}</td><td>FINESS (9 characters, Luhn)</td><td>{@link Type#FINESS}</td></tr>
 *   <tr><td>{@code 2}</td><td>SIREN (9 digits, Luhn)</td><td>{@link Type#SIREN}</td></tr>
 *   <tr><td>{@code 3}</td><td>SIRET (14 digits, Luhn / La Poste)</td><td>{@link Type#SIRET}</td></tr>
 *   <tr><td>{@code 4}</td><td>RPPS practice id ("RPPS-rang", digits)</td>
 *       <td>{@link Type#RPPS_PRACTICE}</td></tr>
 *   <tr><td>{@code 0}</td><td>ADELI practice id (letters and digits)</td>
 *       <td>{@link Type#ADELI_PRACTICE}</td></tr>
 * </table>
 *
 * <p>The ANS also allows a technical number without prefix; it cannot be told apart from the
 * forms above and is not supported. Practice ids are checked for form only (their key rules are
 * not published).
 *
 * <p>Not patient data. Immutable and thread-safe. Equality: the value.
 *
 * @since 0.1
 */
public final class IdNatStruct {

  /** OID of the IdNat_Struct assigning authority. */
  public static final String OID = CodeSystems.IDNAT_STRUCT;

  private static final String TYPE = "IdNat_Struct";

  /**
   * The kind of identifier behind an IdNat_Struct, given by its first digit.
   *
   * @since 0.1
   */
  public enum Type {
    /** {@code 0} + ADELI practice id. */
    ADELI_PRACTICE('0'),
    /** {@code 1} + FINESS. */
    FINESS('1'),
    /** {@code 2} + SIREN. */
    SIREN('2'),
    /** {@code 3} + SIRET. */
    SIRET('3'),
    /** {@code 4} + RPPS practice id (RPPS-rang). */
    RPPS_PRACTICE('4');

    private final char prefix;

    Type(char prefix) {
      this.prefix = prefix;
    }

    /**
     * Returns the prefix digit.
     *
     * @return the prefix
     */
    public char prefix() {
      return prefix;
    }
  }

  private final String value;
  private final Type type;

  private IdNatStruct(String value, Type type) {
    this.value = value;
    this.type = type;
  }

  /**
   * Parses an IdNat_Struct.
   *
   * @param value the identifier, prefix included, e.g. {@code 1750712184}
   * @return the identifier
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#IDNAT_STRUCT_PREFIX} for an
   *     unknown prefix, {@link IdentityErrorCodes#IDNAT_STRUCT_FORMAT} if a practice id has the
   *     wrong form, or the code of the underlying identifier's broken rule (e.g.
   *     {@link IdentityErrorCodes#FINESS_KEY})
   */
  public static IdNatStruct parse(String value) {
    Objects.requireNonNull(value, "value");
    Type type = Checks.typeByPrefix(value, Type.values(), Type::prefix);
    if (type == null) {
      throw new InvalidIdentifierException(IdentityErrorCodes.IDNAT_STRUCT_PREFIX, TYPE,
          "the first digit must be a known type prefix: 1 (FINESS), 2 (SIREN), 3 (SIRET), "
              + "4 (RPPS practice) or 0 (ADELI practice); a bare FINESS needs the prefix 1");
    }
    String rest = value.substring(1);
    switch (type) {
      case FINESS -> Finess.parse(rest);
      case SIREN -> new Siren(rest);
      case SIRET -> new Siret(rest);
      case RPPS_PRACTICE -> requirePractice(rest, Checks.isDigits(rest, 0, rest.length()),
          "digits");
      case ADELI_PRACTICE -> requirePractice(rest, rest.chars().allMatch(
          c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')), "digits and upper-case letters");
      default -> throw new IllegalStateException(type.name());
    }
    return new IdNatStruct(value, type);
  }

  /**
   * Returns the IdNat_Struct of a FINESS number: {@code 1} + FINESS.
   *
   * @param finess the number
   * @return the identifier
   */
  public static IdNatStruct ofFiness(Finess finess) {
    return new IdNatStruct(Type.FINESS.prefix + finess.value(), Type.FINESS);
  }

  /**
   * Returns the IdNat_Struct of a SIREN number: {@code 2} + SIREN.
   *
   * @param siren the number
   * @return the identifier
   */
  public static IdNatStruct ofSiren(Siren siren) {
    return new IdNatStruct(Type.SIREN.prefix + siren.value(), Type.SIREN);
  }

  /**
   * Returns the IdNat_Struct of a SIRET number: {@code 3} + SIRET.
   *
   * @param siret the number
   * @return the identifier
   */
  public static IdNatStruct ofSiret(Siret siret) {
    return new IdNatStruct(Type.SIRET.prefix + siret.value(), Type.SIRET);
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
   * Returns the kind of identifier behind this IdNat_Struct.
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
   * Returns the FINESS number, for an IdNat_Struct of type {@link Type#FINESS}.
   *
   * @return the number (kind unknown), or empty for another type
   */
  public Optional<Finess> finess() {
    return type == Type.FINESS ? Optional.of(Finess.parse(value.substring(1))) : Optional.empty();
  }

  /**
   * Returns the SIREN number, for an IdNat_Struct of type {@link Type#SIREN}.
   *
   * @return the number, or empty for another type
   */
  public Optional<Siren> siren() {
    return type == Type.SIREN ? Optional.of(new Siren(value.substring(1))) : Optional.empty();
  }

  /**
   * Returns the SIRET number, for an IdNat_Struct of type {@link Type#SIRET}.
   *
   * @return the number, or empty for another type
   */
  public Optional<Siret> siret() {
    return type == Type.SIRET ? Optional.of(new Siret(value.substring(1))) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdNatStruct i && i.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "IdNatStruct[" + value + "]";
  }

  private static void requirePractice(String rest, boolean charsetOk, String charset) {
    if (rest.isEmpty() || rest.length() > 64 || !charsetOk) {
      throw new InvalidIdentifierException(IdentityErrorCodes.IDNAT_STRUCT_FORMAT, TYPE,
          "a practice id must be 1 to 64 " + charset + " after the prefix");
    }
  }
}
