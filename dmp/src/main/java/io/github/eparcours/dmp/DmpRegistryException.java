package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.error.EparcoursServiceException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DMP registry or repository answered {@code Failure}. Every registry error is kept, typed
 * (code, context, location, severity); the message names the error codes only, since the
 * contexts may echo request content.
 *
 * <p>A refusal for lack of access authorisation is the subtype {@link DmpAccessDeniedException}
 * (code {@code DMP-0210}), so that it can be caught apart; catching this class catches it too.
 *
 * @since 0.1
 */
public sealed class DmpRegistryException extends EparcoursServiceException
    permits DmpAccessDeniedException {

  private static final long serialVersionUID = 1L;

  private final transient List<RegistryError> registryErrors;

  /**
   * Creates the exception.
   *
   * @param operation the operation, e.g. {@code ITI-41}
   * @param errors the registry errors
   * @param rawEnvelope the raw reply
   */
  public DmpRegistryException(String operation, List<RegistryError> errors, String rawEnvelope) {
    this(DmpErrors.REGISTRY_FAILURE, operation + " refused by the DMP with " + codes(errors)
        + "; see registryErrors() for each error's context and location", errors, rawEnvelope,
        errors.stream().anyMatch(e -> e.errorCode().equals("XDSRegistryBusy")
            || e.errorCode().equals("XDSRepositoryBusy")));
  }

  /**
   * Creates a subtype's exception.
   *
   * @param code the error code
   * @param message the message (what, why, how to fix; never the errors' contexts)
   * @param errors the registry errors
   * @param rawEnvelope the raw reply
   * @param retryable whether sending the same request again may succeed
   */
  DmpRegistryException(ErrorCode code, String message, List<RegistryError> errors,
      String rawEnvelope, boolean retryable) {
    super(code, message, 200, rawEnvelope, retryable);
    this.registryErrors = List.copyOf(errors);
  }

  /**
   * Returns the registry error codes, comma-separated, for messages.
   *
   * @param errors the errors
   * @return the codes, or "no registry error"
   */
  static String codes(List<RegistryError> errors) {
    return errors.isEmpty() ? "no registry error" : errors.stream()
        .map(RegistryError::errorCode).collect(Collectors.joining(", "));
  }

  /**
   * Returns the registry errors.
   *
   * @return the errors, in reply order; empty only after deserialisation
   */
  public List<RegistryError> registryErrors() {
    return registryErrors == null ? List.of() : registryErrors;
  }

  /**
   * Tells whether one of the errors has this code.
   *
   * @param errorCode an XDS error code, e.g. {@code XDSDuplicateUniqueIdInRegistry}
   * @return true if present
   */
  public boolean hasError(String errorCode) {
    return registryErrors().stream().anyMatch(e -> e.errorCode().equals(errorCode));
  }
}
