package io.github.eparcours.dmp;

import java.io.InputStream;

/**
 * One document of an ITI-43 reply, streamed: read {@link #content()} before asking for the next
 * document (it is then skipped).
 *
 * <p>Not thread-safe; valid until the next document is asked for or the reply is closed.
 *
 * @param repositoryUniqueId the repository's unique id
 * @param uniqueId the document's uniqueId
 * @param mimeType its MIME type
 * @param content its bytes, streamed from the connection
 * @since 0.1
 */
public record RetrievedDocument(String repositoryUniqueId, String uniqueId, String mimeType,
    InputStream content) {

  @Override
  public String toString() {
    return "RetrievedDocument[" + uniqueId + ", " + mimeType + "]";
  }
}
