package io.github.eparcours.core.document.xds;

import java.util.List;
import java.util.Objects;

/**
 * A registry's query:AdhocQueryResponse (reply to ITI-18): the objects found, or their
 * references when ObjectRefs were asked for.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class QueryResponse {

  private final RegistryResponse status;
  private final List<DocumentEntry> documentEntries;
  private final List<SubmissionSet> submissionSets;
  private final List<Association> associations;
  private final List<String> objectRefs;

  private QueryResponse(RegistryResponse status, List<DocumentEntry> documentEntries,
      List<SubmissionSet> submissionSets, List<Association> associations,
      List<String> objectRefs) {
    this.status = Objects.requireNonNull(status, "status");
    this.documentEntries = List.copyOf(documentEntries);
    this.submissionSets = List.copyOf(submissionSets);
    this.associations = List.copyOf(associations);
    this.objectRefs = List.copyOf(objectRefs);
  }

  /**
   * Returns a response.
   *
   * @param status status and errors
   * @param documentEntries entries found
   * @param submissionSets submission sets found
   * @param associations associations found
   * @param objectRefs ids of ObjectRefs returned
   * @return the response
   */
  public static QueryResponse of(RegistryResponse status, List<DocumentEntry> documentEntries,
      List<SubmissionSet> submissionSets, List<Association> associations,
      List<String> objectRefs) {
    return new QueryResponse(status, documentEntries, submissionSets, associations, objectRefs);
  }

  /** @return the status and errors */
  public RegistryResponse status() {
    return status;
  }

  /** @return the document entries, never null */
  public List<DocumentEntry> documentEntries() {
    return documentEntries;
  }

  /** @return the submission sets, never null */
  public List<SubmissionSet> submissionSets() {
    return submissionSets;
  }

  /** @return the associations, never null */
  public List<Association> associations() {
    return associations;
  }

  /** @return the ids of the ObjectRefs, never null */
  public List<String> objectRefs() {
    return objectRefs;
  }

  @Override
  public String toString() {
    return "QueryResponse[" + status.status() + ", " + documentEntries.size() + " entries, "
        + submissionSets.size() + " sets, " + associations.size() + " associations, "
        + objectRefs.size() + " refs]";
  }
}
