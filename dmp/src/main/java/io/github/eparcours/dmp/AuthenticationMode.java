package io.github.eparcours.dmp;

/**
 * How the acting person or system was authenticated, as stated in the VIHF attribute
 * {@code Authentification_Mode}.
 *
 * @since 0.1
 */
public enum AuthenticationMode {
  /** The professional authenticated to the DMP directly with a CPx card. */
  DIRECTE,
  /** The structure vouches for a user it authenticated locally (server and automaton flows). */
  INDIRECTE,
  /** Indirect with reinforced authentication (e.g. Pro Santé Connect). */
  INDIRECTE_RENFORCEE;

  /**
   * Returns the value written in the VIHF.
   *
   * @return the wire value
   */
  public String wireValue() {
    return name();
  }
}
