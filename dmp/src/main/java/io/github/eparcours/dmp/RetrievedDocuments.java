package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.RegistryError;
import java.util.List;
import java.util.Optional;

/**
 * The documents of an ITI-43 reply, delivered one by one as they arrive on the connection, so
 * that a document of any size is never held in memory.
 *
 * <p>Not thread-safe. Close it (try-with-resources) to release the connection.
 *
 * @since 0.1
 */
public interface RetrievedDocuments extends AutoCloseable {

  /**
   * Returns the next document, skipping what remains of the previous one.
   *
   * @return the document, empty when all were delivered
   * @throws io.github.eparcours.core.error.EparcoursClientException DMP-0103 if the reply is
   *     malformed or the connection fails
   */
  Optional<RetrievedDocument> next();

  /**
   * Returns the registry errors of a {@code PartialSuccess} (documents not found or not visible).
   *
   * @return the errors, empty on full success
   */
  List<RegistryError> errors();

  /** Releases the connection; never throws. */
  @Override
  void close();
}
