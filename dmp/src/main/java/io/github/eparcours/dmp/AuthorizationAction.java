package io.github.eparcours.dmp;

import java.util.Objects;

/**
 * What {@code setAuthorization} does with the access authorisation of the acting professional or
 * structure. An open vocabulary: the raw value is sent as given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the raw action, never null
 * @since 0.1
 */
public record AuthorizationAction(String value) {

  /** Adds the authorisation (the patient agreed). */
  public static final AuthorizationAction ADD = new AuthorizationAction("AJOUT");
  /** Removes the authorisation. */
  public static final AuthorizationAction REMOVE = new AuthorizationAction("SUPPRESSION");

  /**
   * Checks the value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public AuthorizationAction {
    Objects.requireNonNull(value, "value");
  }
}
