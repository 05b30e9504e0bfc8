package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.internal.Checks;
import io.github.eparcours.core.document.xds.internal.Ids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The XDS submission set (an ebRIM RegistryPackage classified as SubmissionSet).
 *
 * <p>Tolerant like {@link DocumentEntry}. Immutable and thread-safe; {@link Builder} is not.
 *
 * @since 0.1
 */
public final class SubmissionSet {

  private final String entryUuid;
  private final String uniqueId;
  private final String sourceId;
  private final Cx patientId;
  private final XdsTime submissionTime;
  private final Code contentTypeCode;
  private final List<Author> authors;
  private final String title;
  private final String comments;
  private final AvailabilityStatus availabilityStatus;
  private final List<String> intendedRecipients;
  private final Map<String, List<String>> extraSlots;

  private SubmissionSet(Builder b) {
    this.entryUuid = b.entryUuid != null ? b.entryUuid : Ids.newUrnUuid();
    this.uniqueId = b.uniqueId;
    this.sourceId = b.sourceId;
    this.patientId = b.patientId;
    this.submissionTime = b.submissionTime;
    this.contentTypeCode = b.contentTypeCode;
    this.authors = List.copyOf(b.authors);
    this.title = b.title;
    this.comments = b.comments;
    this.availabilityStatus = b.availabilityStatus;
    this.intendedRecipients = List.copyOf(b.intendedRecipients);
    this.extraSlots = Slots.copy(b.extraSlots);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this set's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entryUuid = entryUuid;
    b.uniqueId = uniqueId;
    b.sourceId = sourceId;
    b.patientId = patientId;
    b.submissionTime = submissionTime;
    b.contentTypeCode = contentTypeCode;
    b.authors.addAll(authors);
    b.title = title;
    b.comments = comments;
    b.availabilityStatus = availabilityStatus;
    b.intendedRecipients.addAll(intendedRecipients);
    extraSlots.forEach((k, v) -> b.extraSlots.put(k, new ArrayList<>(v)));
    return b;
  }

  /** @return the entryUUID */
  public String entryUuid() {
    return entryUuid;
  }

  /** @return the uniqueId (an OID) */
  public Optional<String> uniqueId() {
    return Optional.ofNullable(uniqueId);
  }

  /** @return the sourceId (OID of the sending system) */
  public Optional<String> sourceId() {
    return Optional.ofNullable(sourceId);
  }

  /** @return the patientId */
  public Optional<Cx> patientId() {
    return Optional.ofNullable(patientId);
  }

  /** @return the submissionTime (UTC) */
  public Optional<XdsTime> submissionTime() {
    return Optional.ofNullable(submissionTime);
  }

  /** @return the contentTypeCode */
  public Optional<Code> contentTypeCode() {
    return Optional.ofNullable(contentTypeCode);
  }

  /** @return the authors, never null */
  public List<Author> authors() {
    return authors;
  }

  /** @return the title */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** @return the comments */
  public Optional<String> comments() {
    return Optional.ofNullable(comments);
  }

  /** @return the availabilityStatus as received */
  public Optional<AvailabilityStatus> availabilityStatus() {
    return Optional.ofNullable(availabilityStatus);
  }

  /** @return intendedRecipient values (XON|XCN|XTN strings), never null */
  public List<String> intendedRecipients() {
    return intendedRecipients;
  }

  /** @return slots not modelled above, never null */
  public Map<String, List<String>> extraSlots() {
    return extraSlots;
  }

  private List<Object> fields() {
    return Arrays.asList(entryUuid, uniqueId, sourceId, patientId, submissionTime,
        contentTypeCode, authors, title, comments, availabilityStatus, intendedRecipients,
        extraSlots);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubmissionSet s && s.fields().equals(fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  @Override
  public String toString() {
    return "SubmissionSet[entryUuid=" + entryUuid + ", uniqueId=" + uniqueId + "]";
  }

  /**
   * Collects a submission set's values. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String entryUuid;
    private String uniqueId;
    private String sourceId;
    private Cx patientId;
    private XdsTime submissionTime;
    private Code contentTypeCode;
    private final List<Author> authors = new ArrayList<>();
    private String title;
    private String comments;
    private AvailabilityStatus availabilityStatus;
    private final List<String> intendedRecipients = new ArrayList<>();
    private final Map<String, List<String>> extraSlots = new LinkedHashMap<>();

    private Builder() {}

    /** @param v the entryUUID; generated when never set @return this builder */
    public Builder entryUuid(String v) {
      this.entryUuid = v;
      return this;
    }

    /** @param v the uniqueId @return this builder */
    public Builder uniqueId(String v) {
      this.uniqueId = v;
      return this;
    }

    /** @param v the sourceId @return this builder */
    public Builder sourceId(String v) {
      this.sourceId = v;
      return this;
    }

    /** @param v the patientId @return this builder */
    public Builder patientId(Cx v) {
      this.patientId = v;
      return this;
    }

    /** @param v the submissionTime @return this builder */
    public Builder submissionTime(XdsTime v) {
      this.submissionTime = v;
      return this;
    }

    /** @param v the contentTypeCode @return this builder */
    public Builder contentTypeCode(Code v) {
      this.contentTypeCode = v;
      return this;
    }

    /** @param v an author to add @return this builder */
    public Builder addAuthor(Author v) {
      authors.add(Objects.requireNonNull(v, "author"));
      return this;
    }

    /** @param list the authors, replacing any @return this builder */
    public Builder authors(List<Author> list) {
      authors.clear();
      authors.addAll(list);
      return this;
    }

    /** @param v the title @return this builder */
    public Builder title(String v) {
      this.title = v;
      return this;
    }

    /** @param v the comments @return this builder */
    public Builder comments(String v) {
      this.comments = v;
      return this;
    }

    /** @param v the availabilityStatus @return this builder */
    public Builder availabilityStatus(AvailabilityStatus v) {
      this.availabilityStatus = v;
      return this;
    }

    /** @param v an intendedRecipient to add @return this builder */
    public Builder addIntendedRecipient(String v) {
      intendedRecipients.add(Objects.requireNonNull(v, "intendedRecipient"));
      return this;
    }

    /**
     * Sets an extra slot, replacing one of the same name.
     *
     * @param name the slot name
     * @param values its values
     * @return this builder
     */
    public Builder extraSlot(String name, List<String> values) {
      extraSlots.put(Checks.required(name, "slot name"), new ArrayList<>(values));
      return this;
    }

    /**
     * Builds the set; never fails on missing metadata (see {@link XdsMetadataValidator}).
     *
     * @return the submission set
     */
    public SubmissionSet build() {
      return new SubmissionSet(this);
    }
  }
}
