package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.RegistryError;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The DMP refused a feed, query, retrieval or update because the acting professional (or the
 * structure's automaton) has no access authorisation to the patient's DMP, or because emergency
 * access was refused. Code {@code DMP-0210}; never retryable as is.
 *
 * <p>The DMP grants access per patient, structure and acting subject: the professional who
 * acts must have been authorised with {@link DmpClient#setAuthorization} once the patient
 * agreed ({@link DmpClient#dmpStatus} tells whether he is). Without it, only emergency access
 * ({@link AccessMode#EMERGENCY}, {@link AccessMode#MEDICAL_REGULATION}) may read, unless the
 * patient opposed it.
 *
 * <p>Recognised by the registry error codes of {@link #REGISTRY_ERROR_CODES}. The DMP
 * interface specification that names the real code is not public: the value used here is the
 * one the SDK's fake DMP answers with, and must be checked against the DMP test platform.
 *
 * <p>The message names the rule and the fix, never the patient nor the registry errors'
 * contexts.
 *
 * @since 0.1
 */
public final class DmpAccessDeniedException extends DmpRegistryException {

  private static final long serialVersionUID = 1L;

  /**
   * The registry error code answered when the actor has no access authorisation (to be
   * confirmed on the DMP test platform).
   */
  public static final String ACCESS_DENIED = "DMPAccessDenied";

  /** The registry error codes read as a refusal for lack of access authorisation. */
  public static final Set<String> REGISTRY_ERROR_CODES = Set.of(ACCESS_DENIED);

  private final String operation;
  private final boolean emergencyAccess;

  /**
   * Creates the exception.
   *
   * @param operation the operation refused, e.g. {@code ITI-41}
   * @param accessMode the access mode the request was made with
   * @param errors the registry errors
   * @param rawEnvelope the raw reply
   */
  public DmpAccessDeniedException(String operation, AccessMode accessMode,
      List<RegistryError> errors, String rawEnvelope) {
    super(DmpErrors.ACCESS_NOT_AUTHORIZED, message(operation, accessMode, errors), errors,
        rawEnvelope, false);
    this.operation = Objects.requireNonNull(operation, "operation");
    this.emergencyAccess = !AccessMode.NORMAL.equals(accessMode);
  }

  /**
   * Tells whether registry errors carry an access refusal.
   *
   * @param errors the registry errors of a reply
   * @return true if one of them has a code of {@link #REGISTRY_ERROR_CODES}
   */
  public static boolean isAccessRefusal(List<RegistryError> errors) {
    return errors.stream().anyMatch(e -> REGISTRY_ERROR_CODES.contains(e.errorCode()));
  }

  private static String message(String operation, AccessMode mode, List<RegistryError> errors) {
    String refused = operation + " refused by the DMP (" + codes(errors) + "): ";
    if (AccessMode.NORMAL.equals(mode)) {
      return refused + "the acting professional or structure has no access authorisation to "
          + "this patient's DMP; once the patient has agreed, call DmpClient.setAuthorization("
          + "who, patient, AuthorizationAction.ADD) with the same acting identity and send "
          + "again, or, to read in an emergency, act with AccessMode.EMERGENCY";
    }
    return refused + "access in mode '" + mode.code() + "' was refused (the patient may have "
        + "opposed emergency access, and emergency access only reads: feeds and updates need an "
        + "authorisation); call DmpClient.setAuthorization(who, patient, "
        + "AuthorizationAction.ADD) once the patient has agreed";
  }

  /**
   * Returns the operation refused.
   *
   * @return e.g. {@code ITI-18}
   */
  public String operation() {
    return operation;
  }

  /**
   * Tells whether the refused request was made in an emergency access mode.
   *
   * @return true for {@link AccessMode#EMERGENCY} or another mode than normal
   */
  public boolean emergencyAccess() {
    return emergencyAccess;
  }
}
