package io.github.eparcours.core.document.xds;

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
 * An XDS association between two registry objects (HasMember, RPLC, signs,
 * UpdateAvailabilityStatus...).
 *
 * <p>Immutable and thread-safe; {@link Builder} is not.
 *
 * @since 0.1
 */
public final class Association {

  /** SubmissionSetStatus of a document submitted with the set. */
  public static final String STATUS_ORIGINAL = "Original";
  /** SubmissionSetStatus of a document already in the registry. */
  public static final String STATUS_REFERENCE = "Reference";

  private final String entryUuid;
  private final AssociationType type;
  private final String sourceUuid;
  private final String targetUuid;
  private final String submissionSetStatus;
  private final AvailabilityStatus originalStatus;
  private final AvailabilityStatus newStatus;
  private final Map<String, List<String>> extraSlots;

  private Association(Builder b) {
    this.entryUuid = b.entryUuid != null ? b.entryUuid : Ids.newUrnUuid();
    this.type = Checks.required(b.type, "association type");
    this.sourceUuid = Checks.required(b.sourceUuid, "association sourceObject");
    this.targetUuid = Checks.required(b.targetUuid, "association targetObject");
    this.submissionSetStatus = b.submissionSetStatus;
    this.originalStatus = b.originalStatus;
    this.newStatus = b.newStatus;
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
   * Returns a HasMember association from a submission set to a document submitted with it.
   *
   * @param submissionSetUuid the set's entryUUID
   * @param documentUuid the document's entryUUID
   * @return the association, with SubmissionSetStatus Original
   */
  public static Association hasMember(String submissionSetUuid, String documentUuid) {
    return builder().type(AssociationType.HAS_MEMBER).sourceUuid(submissionSetUuid)
        .targetUuid(documentUuid).submissionSetStatus(STATUS_ORIGINAL).build();
  }

  /**
   * Returns an RPLC association: {@code newDocumentUuid} replaces the registered
   * {@code replacedDocumentUuid}.
   *
   * @param newDocumentUuid the new document's entryUUID
   * @param replacedDocumentUuid the replaced document's entryUUID in the registry
   * @return the association
   */
  public static Association replace(String newDocumentUuid, String replacedDocumentUuid) {
    return builder().type(AssociationType.REPLACE).sourceUuid(newDocumentUuid)
        .targetUuid(replacedDocumentUuid).build();
  }

  /**
   * Returns a builder holding this association's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entryUuid = entryUuid;
    b.type = type;
    b.sourceUuid = sourceUuid;
    b.targetUuid = targetUuid;
    b.submissionSetStatus = submissionSetStatus;
    b.originalStatus = originalStatus;
    b.newStatus = newStatus;
    extraSlots.forEach((k, v) -> b.extraSlots.put(k, new ArrayList<>(v)));
    return b;
  }

  /** @return the association's entryUUID */
  public String entryUuid() {
    return entryUuid;
  }

  /** @return the association type */
  public AssociationType type() {
    return type;
  }

  /** @return the sourceObject */
  public String sourceUuid() {
    return sourceUuid;
  }

  /** @return the targetObject */
  public String targetUuid() {
    return targetUuid;
  }

  /** @return the SubmissionSetStatus slot (HasMember from a submission set) */
  public Optional<String> submissionSetStatus() {
    return Optional.ofNullable(submissionSetStatus);
  }

  /** @return the OriginalStatus slot (UpdateAvailabilityStatus) */
  public Optional<AvailabilityStatus> originalStatus() {
    return Optional.ofNullable(originalStatus);
  }

  /** @return the NewStatus slot (UpdateAvailabilityStatus) */
  public Optional<AvailabilityStatus> newStatus() {
    return Optional.ofNullable(newStatus);
  }

  /** @return other slots, never null */
  public Map<String, List<String>> extraSlots() {
    return extraSlots;
  }

  private List<Object> fields() {
    return Arrays.asList(entryUuid, type, sourceUuid, targetUuid, submissionSetStatus,
        originalStatus, newStatus, extraSlots);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Association a && a.fields().equals(fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  @Override
  public String toString() {
    return "Association[" + type + " " + sourceUuid + " -> " + targetUuid + "]";
  }

  /**
   * Collects an association's values. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String entryUuid;
    private AssociationType type;
    private String sourceUuid;
    private String targetUuid;
    private String submissionSetStatus;
    private AvailabilityStatus originalStatus;
    private AvailabilityStatus newStatus;
    private final Map<String, List<String>> extraSlots = new LinkedHashMap<>();

    private Builder() {}

    /** @param v the entryUUID; generated when never set @return this builder */
    public Builder entryUuid(String v) {
      this.entryUuid = v;
      return this;
    }

    /** @param v the type @return this builder */
    public Builder type(AssociationType v) {
      this.type = v;
      return this;
    }

    /** @param v the sourceObject @return this builder */
    public Builder sourceUuid(String v) {
      this.sourceUuid = v;
      return this;
    }

    /** @param v the targetObject @return this builder */
    public Builder targetUuid(String v) {
      this.targetUuid = v;
      return this;
    }

    /** @param v the SubmissionSetStatus ({@link #STATUS_ORIGINAL}) @return this builder */
    public Builder submissionSetStatus(String v) {
      this.submissionSetStatus = v;
      return this;
    }

    /** @param v the OriginalStatus @return this builder */
    public Builder originalStatus(AvailabilityStatus v) {
      this.originalStatus = v;
      return this;
    }

    /** @param v the NewStatus @return this builder */
    public Builder newStatus(AvailabilityStatus v) {
      this.newStatus = v;
      return this;
    }

    /**
     * Sets an extra slot.
     *
     * @param name the slot name
     * @param values its values
     * @return this builder
     */
    public Builder extraSlot(String name, List<String> values) {
      extraSlots.put(Objects.requireNonNull(name, "name"), new ArrayList<>(values));
      return this;
    }

    /**
     * Builds the association.
     *
     * @return the association
     * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0508 when type,
     *     source or target is missing
     */
    public Association build() {
      return new Association(this);
    }
  }
}
