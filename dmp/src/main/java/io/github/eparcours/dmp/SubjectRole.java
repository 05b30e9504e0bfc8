package io.github.eparcours.dmp;

import java.util.Objects;

/**
 * One role of the acting subject, written as an HL7 {@code Role} of type {@code CE} in the VIHF
 * attribute {@code urn:oasis:names:tc:xacml:2.0:subject:role}: the profession (TRE_G15), then the
 * specialty ("savoir-faire") for doctors and pharmacists, or {@link #AUTOMATON} for a system.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code
 * @param codeSystem the OID of its code system
 * @param codeSystemName the name of its code system, or empty
 * @param displayName its display name, or empty
 * @since 0.1
 */
public record SubjectRole(String code, String codeSystem, String codeSystemName, String displayName) {

  /** OID of the professions code system (TRE_G15). */
  public static final String PROFESSIONS = "1.2.250.1.71.1.2.7";
  /** OID of the RPPS specialties ("savoir-faire") code system. */
  public static final String SPECIALTIES = "1.2.250.1.71.4.2.5";

  /** The role of a system acting on behalf of a structure. */
  public static final SubjectRole AUTOMATON =
      new SubjectRole("AUTOMATE", "1.2.250.1.213.1.1.4.6", "", "Automate");

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the code or code system is blank
   */
  public SubjectRole {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(codeSystem, "codeSystem");
    Objects.requireNonNull(codeSystemName, "codeSystemName");
    Objects.requireNonNull(displayName, "displayName");
    if (code.isBlank() || codeSystem.isBlank()) {
      throw new IllegalArgumentException("a subject role needs a code and a code system");
    }
  }

  /**
   * Returns a profession role (TRE_G15, e.g. {@code 10} Médecin).
   *
   * @param code the profession code
   * @param displayName its display name
   * @return the role
   */
  public static SubjectRole profession(String code, String displayName) {
    return new SubjectRole(code, PROFESSIONS, "TRE_G15-ProfessionSante", displayName);
  }

  /**
   * Returns a specialty role (RPPS "savoir-faire", e.g. {@code SM26}).
   *
   * @param code the specialty code
   * @param displayName its display name
   * @return the role
   */
  public static SubjectRole specialty(String code, String displayName) {
    return new SubjectRole(code, SPECIALTIES, "TRE_R38-SpecialiteOrdinale", displayName);
  }
}
