package io.github.eparcours.core.code;

import java.util.regex.Pattern;

/**
 * Checks on ISO object identifiers (OIDs) as used for code systems and assigning authorities.
 *
 * <p>Thread-safe (stateless).
 *
 * @since 0.1
 */
public final class Oids {

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  private Oids() {}

  /**
   * Tells whether {@code text} is a dotted-decimal OID: first arc 0, 1 or 2, at least two arcs,
   * no leading zeros, no empty arc.
   *
   * @param text the candidate, may be null
   * @return true if it is an OID
   */
  public static boolean isOid(String text) {
    return text != null && text.length() <= 64 && OID.matcher(text).matches();
  }
}
