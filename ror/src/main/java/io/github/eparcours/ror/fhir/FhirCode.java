package io.github.eparcours.ror.fhir;

import java.util.Objects;
import java.util.Optional;

/**
 * A coded value read from or sent to a FHIR server: code, code system (URI or {@code urn:oid:}) and
 * optional display. Codes the SDK does not know are kept as they came, never dropped.
 *
 * <p>Immutable and thread-safe. {@code display} may be null; {@code code} and {@code system} may
 * not (use {@link #of(String, String)}).
 *
 * @param code the code, never blank
 * @param system the code system, as given on the wire (may be empty when the server omitted it)
 * @param display the display text, or null
 * @since 0.1.0
 */
public record FhirCode(String code, String system, String display) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code code} or {@code system} is null
   * @throws IllegalArgumentException if {@code code} is blank
   */
  public FhirCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(system, "system");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
  }

  /**
   * Returns a code without display.
   *
   * @param code the code
   * @param system the code system URI
   * @return the code
   */
  public static FhirCode of(String code, String system) {
    return new FhirCode(code, system, null);
  }

  /**
   * Returns a code with a display.
   *
   * @param code the code
   * @param system the code system URI
   * @param display the display, or null
   * @return the code
   */
  public static FhirCode of(String code, String system, String display) {
    return new FhirCode(code, system, display);
  }

  /**
   * Returns the display text when the server sent one.
   *
   * @return the display, or empty
   */
  public Optional<String> displayText() {
    return Optional.ofNullable(display);
  }

  /**
   * Tells whether this code has the given system and code (display ignored). Systems are compared
   * after {@link RorSystems#normalise(String) normalisation}, so {@code http://} and
   * {@code https://} spellings of the same system match.
   *
   * @param otherSystem the system
   * @param otherCode the code
   * @return true if both match
   */
  public boolean is(String otherSystem, String otherCode) {
    return code.equals(otherCode)
        && RorSystems.normalise(system).equals(RorSystems.normalise(otherSystem));
  }

  /**
   * Tells whether this code has the same system and code as {@code other} (display ignored).
   *
   * @param other the other code
   * @return true if both match
   */
  public boolean sameAs(FhirCode other) {
    return is(other.system, other.code);
  }

  /**
   * Returns the FHIR search token form {@code system|code}.
   *
   * @return the token
   */
  public String toToken() {
    return system.isEmpty() ? code : system + "|" + code;
  }

  @Override
  public String toString() {
    return toToken() + (display == null ? "" : " (" + display + ")");
  }
}
