package io.github.eparcours.ror;

import io.github.eparcours.core.error.EparcoursClientException;

/**
 * The four values the ROR requires in headers on every call: the consumer's user profile
 * ({@code Ror-Profil-Utilisateur-Code}/{@code -System}) and business role ({@code
 * Ror-Role-Metier-Code}/{@code -System}), as granted when the client was registered.
 *
 * @param profileCode e.g. {@code CU22}
 * @param profileSystem e.g. {@value #PROFILE_SYSTEM}
 * @param roleCode e.g. {@code AUTOMATE}
 * @param roleSystem e.g. {@value #ROLE_SYSTEM}
 * @since 0.1.0
 */
public record RorUserProfile(String profileCode, String profileSystem, String roleCode,
    String roleSystem) {

  /** The usual system (OID) of user profiles. */
  public static final String PROFILE_SYSTEM = "1.2.250.1.213.1.6.1.66";
  /** The usual system (OID) of business roles. */
  public static final String ROLE_SYSTEM = "1.2.250.1.213.1.1.4.6";

  /**
   * Checks the values.
   *
   * @throws EparcoursClientException ROR-0002 if a value is blank or has a line break
   */
  public RorUserProfile {
    check(profileCode, "profile code");
    check(profileSystem, "profile system");
    check(roleCode, "role code");
    check(roleSystem, "role system");
  }

  /**
   * A profile in the usual systems.
   *
   * @param profileCode e.g. {@code CU22}
   * @param roleCode e.g. {@code AUTOMATE}
   * @return the profile
   */
  public static RorUserProfile of(String profileCode, String roleCode) {
    return new RorUserProfile(profileCode, PROFILE_SYSTEM, roleCode, ROLE_SYSTEM);
  }

  private static void check(String v, String what) {
    if (v == null || v.isBlank() || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION, "ROR user profile "
          + "refused: the " + what + " is blank or has a line break; use the values granted "
          + "with the client registration");
    }
  }
}
