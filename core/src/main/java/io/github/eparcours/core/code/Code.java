package io.github.eparcours.core.code;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import java.util.Objects;

/**
 * A coded value: a code, the system that defines it (an OID such as {@code 2.16.840.1.113883.6.1}
 * or a URI such as {@code http://loinc.org}, kept as given), and an optional display name.
 *
 * <p>Terminologies (NOS, LOINC, SNOMED CT…) grow over time: the SDK never models them as closed
 * enums and keeps codes it does not know. Named constants for the codes the SDK itself uses live
 * next to their users; the systems are in {@link CodeSystems}.
 *
 * <p>Equality includes the display name; use {@link #sameConcept(Code)} to compare code and
 * system only. Immutable and thread-safe.
 *
 * @param code the code, not blank
 * @param system the code system, OID or URI, not blank
 * @param displayName the display name, or {@code null}
 * @since 0.1
 */
public record Code(String code, String system, String displayName) {

  /** Code refused: blank code or system. */
  public static final ErrorCode INVALID = ErrorCode.of("CORE-0140");

  /**
   * Checks the components.
   *
   * @param code the code, not blank
   * @param system the code system, not blank
   * @param displayName the display name, or null
   * @throws EparcoursClientException {@link #INVALID} if the code or the system is blank
   */
  public Code {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(system, "system");
    if (code.isBlank() || system.isBlank()) {
      throw new EparcoursClientException(INVALID, "Code refused: the code and its system must not "
          + "be blank; give the system as an OID or URI");
    }
  }

  /**
   * Returns a code without display name.
   *
   * @param code the code
   * @param system the code system (OID or URI)
   * @return the code
   * @throws EparcoursClientException {@link #INVALID} if either is blank
   */
  public static Code of(String code, String system) {
    return new Code(code, system, null);
  }

  /**
   * Returns a code with a display name.
   *
   * @param code the code
   * @param system the code system (OID or URI)
   * @param displayName the display name, or null
   * @return the code
   * @throws EparcoursClientException {@link #INVALID} if the code or system is blank
   */
  public static Code of(String code, String system, String displayName) {
    return new Code(code, system, displayName);
  }

  /**
   * Returns a copy with another display name.
   *
   * @param displayName the display name, or null
   * @return the copy
   */
  public Code withDisplayName(String displayName) {
    return new Code(code, system, displayName);
  }

  /**
   * Tells whether {@code other} has the same code in the same system, whatever the displays.
   *
   * @param other another code, not null
   * @return true if code and system are equal
   */
  public boolean sameConcept(Code other) {
    return code.equals(other.code) && system.equals(other.system);
  }

  /**
   * Tells whether this code is {@code code} in {@code system}.
   *
   * @param code a code
   * @param system a code system
   * @return true if equal
   */
  public boolean is(String code, String system) {
    return this.code.equals(code) && this.system.equals(system);
  }
}
