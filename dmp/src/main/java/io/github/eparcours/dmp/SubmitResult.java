package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.RegistryError;
import java.util.List;

/**
 * The outcome of a successful feed (ITI-41): {@code Success}, or {@code PartialSuccess} with
 * warnings. A {@code Failure} is thrown as {@link DmpRegistryException} instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the RegistryResponse status URN
 * @param warnings the registry errors of severity warning (and errors of a partial success)
 * @param attempts how many times the submission was sent (1 unless a reply was lost)
 * @param confirmedByQuery true when the reply was lost and the registration was confirmed by
 *     querying the documents' uniqueIds
 * @param uniqueIds the uniqueIds of the documents registered
 * @since 0.1
 */
public record SubmitResult(String status, List<RegistryError> warnings, int attempts,
    boolean confirmedByQuery, List<String> uniqueIds) {

  /**
   * Copies the lists.
   */
  public SubmitResult {
    warnings = List.copyOf(warnings);
    uniqueIds = List.copyOf(uniqueIds);
  }

  /**
   * Tells whether the registry answered {@code PartialSuccess}.
   *
   * @return true for a partial success
   */
  public boolean isPartial() {
    return status.endsWith(":PartialSuccess");
  }
}
