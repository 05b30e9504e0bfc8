package io.github.eparcours.dmp;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of TD0.2 (HL7v3 {@code PRPA_IN201307UV02} on the patients service): does the
 * patient have a DMP, in which state, and is the acting professional or structure authorised.
 *
 * <p>Immutable and thread-safe. Holds no patient data.
 *
 * @param exists whether the patient has a DMP (query response code {@code OK})
 * @param state the DMP's state, null when it does not exist
 * @param authorization the caller's access authorisation ({@link AccessAuthorization#NONE} when
 *     the DMP does not say)
 * @param queryResponseCode the raw HL7v3 {@code queryResponseCode} ({@code OK}, {@code NF}...)
 * @since 0.1
 */
public record DmpStatus(boolean exists, DmpState state, AccessAuthorization authorization,
    String queryResponseCode) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException if {@code authorization} or {@code queryResponseCode} is null
   */
  public DmpStatus {
    Objects.requireNonNull(authorization, "authorization");
    Objects.requireNonNull(queryResponseCode, "queryResponseCode");
  }

  /**
   * Returns the DMP's state.
   *
   * @return the state, empty when the patient has no DMP
   */
  public Optional<DmpState> dmpState() {
    return Optional.ofNullable(state);
  }

  /**
   * Tells whether documents can be fed and read now: the DMP exists, is open, and the caller is
   * authorised.
   *
   * @return true if usable
   */
  public boolean isAccessible() {
    return exists && state != null && state.isOpen() && authorization.isGranted();
  }
}
