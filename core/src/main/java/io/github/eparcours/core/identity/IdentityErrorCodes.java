package io.github.eparcours.core.identity;

import io.github.eparcours.core.error.ErrorCode;

/**
 * The stable error codes of patient, professional and structure identities ({@code CORE-01xx}).
 *
 * <p>One code per rule: a vendor may switch on them and quote them to support. Messages that
 * carry these codes name the rule and the fix, never the refused value.
 *
 * @since 0.1
 */
public final class IdentityErrorCodes {

  /** INS: the value is not 15 characters (13-character matricule + 2-digit key). */
  public static final ErrorCode INS_LENGTH = ErrorCode.of("CORE-0101");
  /** INS: a character is neither a digit nor the Corsican letter of {@code 2A}/{@code 2B}. */
  public static final ErrorCode INS_CHARSET = ErrorCode.of("CORE-0102");
  /** INS: letters appear elsewhere than as {@code 2A}/{@code 2B} in positions 6-7. */
  public static final ErrorCode INS_CORSICA_POSITION = ErrorCode.of("CORE-0103");
  /** INS: the key is not {@code 97 - (matricule mod 97)}. */
  public static final ErrorCode INS_KEY = ErrorCode.of("CORE-0104");
  /** INS: the OID is not one of the four INS assigning authorities. */
  public static final ErrorCode INS_UNKNOWN_OID = ErrorCode.of("CORE-0105");
  /** INS: the authority is not accepted in the target environment (test vs production). */
  public static final ErrorCode INS_ENVIRONMENT = ErrorCode.of("CORE-0106");
  /** INS: an INS-NIR whose first digit is neither 1 nor 2. */
  public static final ErrorCode INS_NIR_FIRST_DIGIT = ErrorCode.of("CORE-0107");
  /** Birth date: not a (partial) date of the form {@code YYYY[-MM[-DD]]} / {@code YYYY[MM[DD]]}. */
  public static final ErrorCode PARTIAL_DATE = ErrorCode.of("CORE-0108");
  /** Birthplace: not a 5-character COG code ({@code 63220}, {@code 2A020}, {@code 99xxx}). */
  public static final ErrorCode BIRTHPLACE = ErrorCode.of("CORE-0109");
  /** Sex: not one of the administrative gender codes M, F, U. */
  public static final ErrorCode SEX_CODE = ErrorCode.of("CORE-0110");
  /** INS traits: a required trait is missing or blank. */
  public static final ErrorCode TRAITS = ErrorCode.of("CORE-0111");
  /** Identity: the RNIV status does not agree with the presence or absence of an INS. */
  public static final ErrorCode STATUS_INCONSISTENT = ErrorCode.of("CORE-0112");
  /** Identity: an operation needs a qualified INS (status QUAL) and the identity has none. */
  public static final ErrorCode INS_NOT_QUALIFIED = ErrorCode.of("CORE-0113");
  /** Local patient identifier (IPP): blank value or malformed assigning authority OID. */
  public static final ErrorCode LOCAL_ID = ErrorCode.of("CORE-0114");
  /** Identity status: not one of the RNIV codes PROV, VALI, RECUP, QUAL. */
  public static final ErrorCode STATUS_CODE = ErrorCode.of("CORE-0115");
  /** INS: an HL7 CX string that is not of the form {@code <15 chars>^^^&<oid>&ISO^NH}. */
  public static final ErrorCode INS_CX_FORMAT = ErrorCode.of("CORE-0116");
  /** Traits (warning): the first given name is not the first name of the list of given names. */
  public static final ErrorCode FIRST_GIVEN_NAME_NOT_FIRST = ErrorCode.of("CORE-0117");

  /** RPPS: not 11 digits. */
  public static final ErrorCode RPPS_FORMAT = ErrorCode.of("CORE-0120");
  /** RPPS: the Luhn check digit is wrong. */
  public static final ErrorCode RPPS_KEY = ErrorCode.of("CORE-0121");
  /** ADELI: not 9 characters (digits, or 2A/2B then digits). */
  public static final ErrorCode ADELI_FORMAT = ErrorCode.of("CORE-0122");
  /** IdNat_PS: the type prefix is unknown. */
  public static final ErrorCode IDNAT_PS_PREFIX = ErrorCode.of("CORE-0123");
  /** IdNat_PS: the part after the prefix has the wrong form for that prefix. */
  public static final ErrorCode IDNAT_PS_FORMAT = ErrorCode.of("CORE-0124");
  /** FINESS: not 9 characters (digits, or 2A/2B then digits). */
  public static final ErrorCode FINESS_FORMAT = ErrorCode.of("CORE-0125");
  /** FINESS: the Luhn check digit is wrong. */
  public static final ErrorCode FINESS_KEY = ErrorCode.of("CORE-0126");
  /** SIREN: not 9 digits. */
  public static final ErrorCode SIREN_FORMAT = ErrorCode.of("CORE-0127");
  /** SIREN: the Luhn check digit is wrong. */
  public static final ErrorCode SIREN_KEY = ErrorCode.of("CORE-0128");
  /** SIRET: not 14 digits. */
  public static final ErrorCode SIRET_FORMAT = ErrorCode.of("CORE-0129");
  /** SIRET: neither the Luhn check nor, for La Poste, the digit-sum rule holds. */
  public static final ErrorCode SIRET_KEY = ErrorCode.of("CORE-0130");
  /** IdNat_Struct: the type prefix is unknown. */
  public static final ErrorCode IDNAT_STRUCT_PREFIX = ErrorCode.of("CORE-0131");
  /** IdNat_Struct: the part after the prefix has the wrong form for that prefix. */
  public static final ErrorCode IDNAT_STRUCT_FORMAT = ErrorCode.of("CORE-0132");
  /** FINESS (warning): a Corsican number accepted without verifying its check digit. */
  public static final ErrorCode FINESS_KEY_NOT_VERIFIED = ErrorCode.of("CORE-0133");

  private IdentityErrorCodes() {}
}
