package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.EparcoursClientException;
import java.util.regex.Pattern;

/** Argument checks that throw the SDK's exceptions. */
public final class Checks {

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9]\\d*))+");

  private Checks() {}

  /**
   * Returns {@code value} or throws when it is null or blank.
   *
   * @param value the value
   * @param what the field name, for the message
   * @param <T> the type
   * @return the value
   * @throws EparcoursClientException CORE-0508 when missing
   */
  public static <T> T required(T value, String what) {
    if (value == null || (value instanceof CharSequence cs && cs.toString().isBlank())) {
      throw new EparcoursClientException(DocumentErrors.MISSING_VALUE,
          what + " is required but was not given; set it on the builder");
    }
    return value;
  }

  /**
   * Tells whether {@code value} is a syntactically valid OID (no leading zeros).
   *
   * @param value a string or null
   * @return true for an OID
   */
  public static boolean isOid(String value) {
    return value != null && value.length() <= 64 && OID.matcher(value).matches();
  }

  /**
   * Returns {@code value} when it is an OID, else throws.
   *
   * @param value the OID
   * @param what the field name
   * @return the value
   * @throws EparcoursClientException CORE-0507 when malformed
   */
  public static String oid(String value, String what) {
    required(value, what);
    if (!isOid(value)) {
      throw new EparcoursClientException(DocumentErrors.INVALID_VALUE,
          what + " must be an OID (digits separated by dots, no leading zero, at most 64 chars)");
    }
    return value;
  }

  /**
   * Throws CORE-0507 with {@code message}.
   *
   * @param message what is wrong and how to fix it
   * @return never returns
   */
  public static EparcoursClientException invalid(String message) {
    return new EparcoursClientException(DocumentErrors.INVALID_VALUE, message);
  }
}
