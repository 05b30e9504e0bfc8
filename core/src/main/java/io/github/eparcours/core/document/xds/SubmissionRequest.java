package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.xds.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one ITI-41 (or XDM) submission carries: a submission set, document entries, their
 * content, and associations.
 *
 * <p>{@link Builder#addDocument(DocumentEntry, DocumentContent)} also adds the HasMember
 * association from the set to the entry. Immutable and thread-safe; {@link Builder} is not.
 *
 * @since 0.1
 */
public final class SubmissionRequest {

  private final SubmissionSet submissionSet;
  private final List<DocumentEntry> documentEntries;
  private final List<Association> associations;
  private final Map<String, DocumentContent> contents;

  private SubmissionRequest(SubmissionSet set, List<DocumentEntry> entries,
      List<Association> associations, Map<String, DocumentContent> contents) {
    this.submissionSet = set;
    this.documentEntries = List.copyOf(entries);
    this.associations = List.copyOf(associations);
    this.contents = Map.copyOf(contents);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the submission set */
  public SubmissionSet submissionSet() {
    return submissionSet;
  }

  /** @return the document entries, in order; never null */
  public List<DocumentEntry> documentEntries() {
    return documentEntries;
  }

  /** @return every association (HasMember included); never null */
  public List<Association> associations() {
    return associations;
  }

  /**
   * Returns the content of a document entry.
   *
   * @param entryUuid the entry's entryUUID
   * @return its content, empty when it was not given (metadata read from XML)
   */
  public Optional<DocumentContent> content(String entryUuid) {
    return Optional.ofNullable(contents.get(entryUuid));
  }

  @Override
  public String toString() {
    return "SubmissionRequest[" + submissionSet + ", " + documentEntries.size()
        + " document(s), " + associations.size() + " association(s)]";
  }

  /**
   * Collects a submission. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private SubmissionSet submissionSet;
    private final List<DocumentEntry> entries = new ArrayList<>();
    private final List<Association> associations = new ArrayList<>();
    private final List<String> memberUuids = new ArrayList<>();
    private final Map<String, DocumentContent> contents = new LinkedHashMap<>();

    private Builder() {}

    /** @param v the submission set @return this builder */
    public Builder submissionSet(SubmissionSet v) {
      this.submissionSet = v;
      return this;
    }

    /**
     * Adds a document with its content, and a HasMember association (SubmissionSetStatus
     * Original) from the submission set.
     *
     * @param entry the metadata
     * @param content the bytes
     * @return this builder
     */
    public Builder addDocument(DocumentEntry entry, DocumentContent content) {
      entries.add(Objects.requireNonNull(entry, "entry"));
      contents.put(entry.entryUuid(), Objects.requireNonNull(content, "content"));
      memberUuids.add(entry.entryUuid());
      return this;
    }

    /**
     * Adds a document entry alone (no content, no association): for metadata read from XML or
     * metadata-only updates.
     *
     * @param entry the metadata
     * @return this builder
     */
    public Builder addDocumentEntry(DocumentEntry entry) {
      entries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Adds an association (RPLC, signs, or a HasMember written by hand).
     *
     * @param association the association
     * @return this builder
     */
    public Builder addAssociation(Association association) {
      associations.add(Objects.requireNonNull(association, "association"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0508 without a
     *     submission set
     */
    public SubmissionRequest build() {
      Checks.required(submissionSet, "submissionSet");
      List<Association> all = new ArrayList<>(memberUuids.size() + associations.size());
      for (String uuid : memberUuids) {
        all.add(Association.hasMember(submissionSet.entryUuid(), uuid));
      }
      all.addAll(associations);
      return new SubmissionRequest(submissionSet, entries, all, contents);
    }
  }
}
