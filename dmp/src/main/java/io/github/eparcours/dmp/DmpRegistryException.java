package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.error.EparcoursServiceException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DMP registry or repository answered {@code Failure}. Every registry error is kept, typed
 * (code, context, location, severity); the message names the error codes only, since the
 * contexts may echo request content.
 *
 * @since 0.1
 */
public final class DmpRegistryException extends EparcoursServiceException {

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
    super(DmpErrors.REGISTRY_FAILURE, operation + " refused by the DMP with "
        + (errors.isEmpty() ? "no registry error" : errors.stream().map(RegistryError::errorCode)
            .collect(Collectors.joining(", ")))
        + "; see registryErrors() for each error's context and location", 200, rawEnvelope,
        errors.stream().anyMatch(e -> e.errorCode().equals("XDSRegistryBusy")
            || e.errorCode().equals("XDSRepositoryBusy")));
    this.registryErrors = List.copyOf(errors);
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
