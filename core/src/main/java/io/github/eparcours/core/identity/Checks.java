package io.github.eparcours.core.identity;

import io.github.eparcours.core.error.ErrorCode;
import java.util.Objects;
import java.util.function.ToIntFunction;

/** Shared checks of the professional and structure identifiers. */
final class Checks {

  private Checks() {}

  /** Luhn (mod 10) over a string of ASCII digits, check digit last. */
  static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /**
   * Returns the type whose prefix is the first character of {@code value}, as in IdNat_PS and
   * IdNat_Struct, or null when the value is empty or its prefix unknown.
   */
  static <T> T typeByPrefix(String value, T[] types, ToIntFunction<T> prefix) {
    if (value.isEmpty()) {
      return null;
    }
    char first = value.charAt(0);
    for (T t : types) {
      if (prefix.applyAsInt(t) == first) {
        return t;
      }
    }
    return null;
  }

  static int digitSum(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }

  static boolean isDigits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Digits of the given length, or, when {@code corsica}, 2A/2B followed by digits. */
  static boolean isDepartmentCoded(String s, int length) {
    return s.length() == length && (isDigits(s, 0, length) || isCorsican(s, length));
  }

  static boolean isCorsican(String s, int length) {
    return s.length() == length && s.charAt(0) == '2'
        && (s.charAt(1) == 'A' || s.charAt(1) == 'B') && isDigits(s, 2, length);
  }

  /**
   * Requires exactly {@code length} digits.
   *
   * @throws InvalidIdentifierException with {@code code} otherwise
   */
  static String requireDigits(String value, int length, ErrorCode code, String type) {
    Objects.requireNonNull(value, type);
    if (value.length() != length || !isDigits(value, 0, length)) {
      throw new InvalidIdentifierException(code, type,
          "must be exactly " + length + " digits (got " + value.length()
              + " characters" + (isDigits(value, 0, value.length()) ? "" : ", not all digits")
              + "); remove spaces and separators");
    }
    return value;
  }

  /** Requires a valid Luhn key over {@code value}. */
  static void requireLuhn(String value, ErrorCode code, String type) {
    if (!luhn(value)) {
      throw new InvalidIdentifierException(code, type,
          "the check digit (last digit, Luhn algorithm) is wrong; the number was mistyped");
    }
  }

  /**
   * An identifier internal to a structure, as in IdNat_PS {@code 3}+FINESS/internal: non-empty,
   * printable ASCII without spaces nor HL7 v2 delimiters, since it is carried in CX/XCN fields.
   */
  static boolean isInternalId(String s) {
    if (s.isEmpty() || s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c > '~' || "^&~\\|".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
