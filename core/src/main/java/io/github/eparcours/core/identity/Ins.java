package io.github.eparcours.core.identity;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.validation.ValidationReport;
import java.util.Objects;

/**
 * A matricule INS (Identité Nationale de Santé): 13-character matricule, 2-digit key, and the
 * assigning authority that says whether it is a NIR, a NIA, or a test or demonstration number.
 *
 * <p>Every instance is valid: length 15, digits only except {@code 2A}/{@code 2B} in positions 6-7
 * (Corsican departments), key equal to {@code 97 - (N mod 97)} where N is the matricule with
 * {@code 2A} read as 19 and {@code 2B} as 18 in the department positions only (a key of 97 is
 * legal), and, for the three NIR authorities, a first digit of 1 or 2. A NIA is never refused for
 * its first digit. Lower-case {@code 2a}/{@code 2b} are accepted and normalised to upper case.
 *
 * <p>An INS is patient data: {@link #toString()} shows the first two characters only. Use
 * {@link #value()} (or {@link #toCx()}, {@link #mssantePatientAddress()}) where the full value is
 * needed on the wire, and never log it. Whether an identity may carry its INS in an exchange is
 * decided by {@link PatientIdentity#requireQualifiedIns}.
 *
 * <p>Immutable and thread-safe. Equality: value and authority.
 *
 * @since 0.1
 */
public final class Ins implements PatientData {

  private static final String TYPE = "INS";

  private final String value;
  private final InsAuthority authority;

  private Ins(String value, InsAuthority authority) {
    this.value = value;
    this.authority = authority;
  }

  /**
   * Parses an INS from its 15 characters and the OID of its assigning authority, as found in a
   * CDA {@code id@extension}/{@code id@root} or an INSi answer.
   *
   * @param matriculeWithKey the 13-character matricule followed by the 2-digit key
   * @param oid the OID of the assigning authority, e.g. {@code 1.2.250.1.213.1.4.8}
   * @return the INS
   * @throws InvalidIdentifierException if the OID is not an INS authority
   *     ({@link IdentityErrorCodes#INS_UNKNOWN_OID}) or the value breaks a rule (length, charset,
   *     Corsica position, NIR first digit, key)
   * @throws NullPointerException if an argument is null
   */
  public static Ins parse(String matriculeWithKey, String oid) {
    return parse(matriculeWithKey, authorityOf(oid));
  }

  /**
   * Parses an INS and checks that its authority is accepted in {@code environment}.
   *
   * @param matriculeWithKey the 13-character matricule followed by the 2-digit key
   * @param oid the OID of the assigning authority
   * @param environment the platform the INS is meant for
   * @return the INS
   * @throws InvalidIdentifierException as {@link #parse(String, String)}, or
   *     {@link IdentityErrorCodes#INS_ENVIRONMENT} if the authority is not accepted there
   */
  public static Ins parse(String matriculeWithKey, String oid, Environment environment) {
    return parse(matriculeWithKey, oid).requireAcceptedIn(environment);
  }

  /**
   * Parses an INS from its 15 characters.
   *
   * @param matriculeWithKey the 13-character matricule followed by the 2-digit key
   * @param authority the assigning authority
   * @return the INS
   * @throws InvalidIdentifierException if the value breaks a rule
   */
  public static Ins parse(String matriculeWithKey, InsAuthority authority) {
    Objects.requireNonNull(matriculeWithKey, "matriculeWithKey");
    Objects.requireNonNull(authority, "authority");
    String normalised = check(matriculeWithKey, authority);
    return new Ins(normalised, authority);
  }

  /**
   * Builds an INS from a matricule and a key given separately, as INSi returns them
   * ({@code NumIdentifiant} and {@code Cle}).
   *
   * @param matricule the 13-character matricule
   * @param key the 2-digit key
   * @param authority the assigning authority
   * @return the INS
   * @throws InvalidIdentifierException if the matricule is not 13 characters, the key not 2, or
   *     the whole breaks a rule
   */
  public static Ins of(String matricule, String key, InsAuthority authority) {
    Objects.requireNonNull(matricule, "matricule");
    Objects.requireNonNull(key, "key");
    if (matricule.length() != 13 || key.length() != 2) {
      throw new InvalidIdentifierException(IdentityErrorCodes.INS_LENGTH, TYPE,
          "the matricule must be 13 characters and the key 2 digits (got "
              + matricule.length() + " and " + key.length() + "); pass them as INSi returns them");
    }
    return parse(matricule + key, authority);
  }

  /**
   * Parses an INS from its HL7 v2 CX form {@code <15 chars>^^^&<oid>&ISO^NH}, as found in an XDS
   * {@code patientId} or {@code sourcePatientId}. The identifier type code (5th component), when
   * present, must be {@code NH}.
   *
   * @param cx the CX string
   * @return the INS
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#INS_CX_FORMAT} if the CX is
   *     malformed, else as {@link #parse(String, String)}
   */
  public static Ins parseCx(String cx) {
    Objects.requireNonNull(cx, "cx");
    String[] components = cx.split("\\^", -1);
    if (components.length < 4) {
      throw cxError("it has " + components.length + " component(s), at least 4 are needed");
    }
    String[] authorityParts = components[3].split("&", -1);
    if (authorityParts.length != 3 || !"ISO".equals(authorityParts[2])) {
      throw cxError("the assigning authority (4th component) is not of the form &<oid>&ISO");
    }
    if (components.length > 4 && !components[4].isEmpty() && !"NH".equals(components[4])) {
      throw cxError("the identifier type code (5th component) is not NH");
    }
    return parse(components[0], authorityParts[1]);
  }

  /**
   * Validates without throwing: the report holds the broken rule, if any.
   *
   * @param matriculeWithKey the candidate 15 characters, not null
   * @param oid the candidate OID, not null
   * @return an empty report if {@link #parse(String, String)} would succeed, else one error whose
   *     code is the broken rule and whose path is {@code "ins"}
   */
  public static ValidationReport validate(String matriculeWithKey, String oid) {
    try {
      parse(matriculeWithKey, oid);
      return ValidationReport.empty();
    } catch (InvalidIdentifierException e) {
      return ValidationReport.builder().error(e.code().value(), "ins", e.getMessage()).build();
    }
  }

  /**
   * Computes the key of a 13-character matricule.
   *
   * @param matricule the matricule, digits with optional {@code 2A}/{@code 2B} in positions 6-7
   * @return the 2-digit key, {@code "01"} to {@code "97"}
   * @throws InvalidIdentifierException if the matricule has the wrong length or characters
   */
  public static String computeKey(String matricule) {
    Objects.requireNonNull(matricule, "matricule");
    if (matricule.length() != 13) {
      throw new InvalidIdentifierException(IdentityErrorCodes.INS_LENGTH, TYPE,
          "the matricule must be 13 characters, got " + matricule.length());
    }
    String normalised = checkCharacters(matricule + "00", 13);
    return formatKey(keyOf(normalised));
  }

  /**
   * Returns this INS if its authority is accepted in {@code environment}.
   *
   * @param environment the target platform
   * @return this INS
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#INS_ENVIRONMENT} otherwise
   */
  public Ins requireAcceptedIn(Environment environment) {
    if (!environment.accepts(authority)) {
      throw new InvalidIdentifierException(IdentityErrorCodes.INS_ENVIRONMENT, TYPE,
          "an INS of authority " + authority + " (" + authority.oid() + ") is not accepted in the "
              + environment + " environment, which accepts " + environment.insAuthorities()
              + "; check the environment configured, or the origin of the identity");
    }
    return this;
  }

  /**
   * Returns the 15 characters: matricule followed by key. Patient data: never log it.
   *
   * @return the full value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the 13-character matricule, without the key.
   *
   * @return the matricule
   */
  public String matricule() {
    return value.substring(0, 13);
  }

  /**
   * Returns the 2-digit key.
   *
   * @return the key, {@code "01"} to {@code "97"}
   */
  public String key() {
    return value.substring(13);
  }

  /**
   * Returns the assigning authority.
   *
   * @return the authority
   */
  public InsAuthority authority() {
    return authority;
  }

  /**
   * Returns the OID of the assigning authority.
   *
   * @return the OID
   */
  public String oid() {
    return authority.oid();
  }

  /**
   * Renders the INS as an HL7 v2 CX, as used by XDS {@code patientId}:
   * {@code <15 chars>^^^&<oid>&ISO^NH}.
   *
   * @return the CX string
   */
  public String toCx() {
    return value + "^^^&" + authority.oid() + "&ISO^NH";
  }

  /**
   * Returns the patient's MSSanté mailbox address, {@code <15 chars>@patient.mssante.fr}.
   *
   * @return the address
   */
  public String mssantePatientAddress() {
    return value + "@patient.mssante.fr";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ins other && other.value.equals(value) && other.authority == authority;
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + authority.hashCode();
  }

  /**
   * Returns a redacted form showing the authority and the first two characters only, e.g.
   * {@code Ins[NIR_TEST 27*************]}.
   *
   * @return the redacted form
   */
  @Override
  public String toString() {
    return "Ins[" + authority + " " + Redaction.prefix(value, 2) + "]";
  }

  /**
   * Returns the full value and authority, e.g. {@code Ins[NIR_TEST 279035121518989]}. Patient
   * data: see {@link PatientData}.
   *
   * @return the unredacted form
   */
  @Override
  public String unredacted() {
    return "Ins[" + authority + " " + value + "]";
  }

  private static InsAuthority authorityOf(String oid) {
    Objects.requireNonNull(oid, "oid");
    return InsAuthority.fromOid(oid).orElseThrow(() -> new InvalidIdentifierException(
        IdentityErrorCodes.INS_UNKNOWN_OID, TYPE,
        InsAuthority.LEGACY_INS_C_OID.equals(oid)
            ? "the OID is that of the legacy INS-C, no longer accepted; obtain the INS from INSi"
            : "the OID is not an INS assigning authority; expected one of 1.2.250.1.213.1.4.8 "
                + "(NIR), .9 (NIA), .10 (NIR test), .11 (NIR demo)"));
  }

  /** Runs every rule in order; returns the value normalised to upper case. */
  private static String check(String value, InsAuthority authority) {
    if (value.length() != 15) {
      throw new InvalidIdentifierException(IdentityErrorCodes.INS_LENGTH, TYPE,
          "the value must be 15 characters (13-character matricule + 2-digit key), got "
              + value.length() + "; remove spaces or separators, and append the key if missing");
    }
    String normalised = checkCharacters(value, 13);
    if (authority.isNir() && normalised.charAt(0) != '1' && normalised.charAt(0) != '2') {
      throw new InvalidIdentifierException(IdentityErrorCodes.INS_NIR_FIRST_DIGIT, TYPE,
          "the first digit of an INS-NIR must be 1 or 2; if this is a NIA, use the NIA OID "
              + InsAuthority.NIA.oid());
    }
    int expected = keyOf(normalised);
    int actual = (normalised.charAt(13) - '0') * 10 + (normalised.charAt(14) - '0');
    if (actual != expected) {
      throw new InvalidIdentifierException(IdentityErrorCodes.INS_KEY, TYPE,
          "the key (last 2 digits) does not match 97 - (matricule mod 97) with 2A=19, 2B=18 in "
              + "positions 6-7; the matricule or the key was mistyped");
    }
    return normalised;
  }

  /**
   * Checks characters: digits, except {@code 2A}/{@code 2B} at indexes 5-6 of the matricule part
   * (the first {@code matriculeLength} characters).
   */
  private static String checkCharacters(String value, int matriculeLength) {
    boolean lowerCase = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        continue;
      }
      boolean corsicanLetter = c == 'A' || c == 'B' || c == 'a' || c == 'b';
      if (corsicanLetter && i == 6 && value.charAt(5) == '2') {
        lowerCase |= c == 'a' || c == 'b';
        continue;
      }
      if (Character.isLetter(c) && i < matriculeLength) {
        throw new InvalidIdentifierException(IdentityErrorCodes.INS_CORSICA_POSITION, TYPE,
            "a letter is allowed only as 2A or 2B in positions 6-7 (Corsican department); found "
                + "one at position " + (i + 1));
      }
      throw new InvalidIdentifierException(IdentityErrorCodes.INS_CHARSET, TYPE,
          "position " + (i + 1) + " is not a digit; the matricule is digits (2A/2B allowed in "
              + "positions 6-7) and the key is 2 digits");
    }
    if (lowerCase) {
      char[] chars = value.toCharArray();
      chars[6] = Character.toUpperCase(chars[6]);
      return new String(chars);
    }
    return value;
  }

  /** 97 - (N mod 97) over the first 13 characters, with 2A -> 19 and 2B -> 18 at indexes 5-6. */
  private static int keyOf(String normalised) {
    int remainder = 0;
    for (int i = 0; i < 13; i++) {
      int digit;
      char c = normalised.charAt(i);
      if (i == 5 && normalised.charAt(6) >= 'A') {
        digit = 1;
      } else if (i == 6 && c == 'A') {
        digit = 9;
      } else if (i == 6 && c == 'B') {
        digit = 8;
      } else {
        digit = c - '0';
      }
      remainder = (remainder * 10 + digit) % 97;
    }
    return 97 - remainder;
  }

  private static String formatKey(int key) {
    return key < 10 ? "0" + key : Integer.toString(key);
  }

  private static InvalidIdentifierException cxError(String why) {
    return new InvalidIdentifierException(IdentityErrorCodes.INS_CX_FORMAT, TYPE,
        "the CX is not of the form <15 chars>^^^&<oid>&ISO^NH: " + why);
  }
}
