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
 * The XDS metadata of one document (an ebRIM ExtrinsicObject).
 *
 * <p>The model is tolerant: it holds what was received, even when incomplete, so that inbound
 * metadata can be read and reported on; {@link XdsMetadataValidator} says what breaks a rule.
 * Build one from a CDA header with {@link #fromCda}.
 *
 * <p>Immutable and thread-safe; {@link Builder} is not. {@link #toString()} carries no patient
 * data.
 *
 * @since 0.1
 */
public final class DocumentEntry {

  private final String entryUuid;
  private final String objectType;
  private final String logicalId;
  private final String version;
  private final String uniqueId;
  private final Cx patientId;
  private final Cx sourcePatientId;
  private final List<String> sourcePatientInfo;
  private final Code classCode;
  private final Code typeCode;
  private final Code formatCode;
  private final List<Code> confidentialityCodes;
  private final Code healthcareFacilityTypeCode;
  private final Code practiceSettingCode;
  private final List<Code> eventCodes;
  private final XdsTime creationTime;
  private final XdsTime serviceStartTime;
  private final XdsTime serviceStopTime;
  private final String languageCode;
  private final Xcn legalAuthenticator;
  private final String mimeType;
  private final String title;
  private final String comments;
  private final String hash;
  private final Long size;
  private final String repositoryUniqueId;
  private final AvailabilityStatus availabilityStatus;
  private final List<Cx> referenceIds;
  private final List<Author> authors;
  private final Map<String, List<String>> extraSlots;

  private DocumentEntry(Builder b) {
    this.entryUuid = b.entryUuid != null ? b.entryUuid : Ids.newUrnUuid();
    this.objectType = b.objectType;
    this.logicalId = b.logicalId;
    this.version = b.version;
    this.uniqueId = b.uniqueId;
    this.patientId = b.patientId;
    this.sourcePatientId = b.sourcePatientId;
    this.sourcePatientInfo = List.copyOf(b.sourcePatientInfo);
    this.classCode = b.classCode;
    this.typeCode = b.typeCode;
    this.formatCode = b.formatCode;
    this.confidentialityCodes = List.copyOf(b.confidentialityCodes);
    this.healthcareFacilityTypeCode = b.healthcareFacilityTypeCode;
    this.practiceSettingCode = b.practiceSettingCode;
    this.eventCodes = List.copyOf(b.eventCodes);
    this.creationTime = b.creationTime;
    this.serviceStartTime = b.serviceStartTime;
    this.serviceStopTime = b.serviceStopTime;
    this.languageCode = b.languageCode;
    this.legalAuthenticator = b.legalAuthenticator;
    this.mimeType = b.mimeType;
    this.title = b.title;
    this.comments = b.comments;
    this.hash = b.hash;
    this.size = b.size;
    this.repositoryUniqueId = b.repositoryUniqueId;
    this.availabilityStatus = b.availabilityStatus;
    this.referenceIds = List.copyOf(b.referenceIds);
    this.authors = List.copyOf(b.authors);
    this.extraSlots = Slots.copy(b.extraSlots);
  }

  /**
   * Returns a new builder with a fresh entryUUID and the stable object type.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder pre-filled from a CI-SIS CDA header by the CI-SIS mapping (each field from
   * its header element); override any field or add slots before {@code build()}.
   *
   * @param header the header, e.g. from {@code CdaReader} or the one given to {@code CdaWriter}
   * @return a pre-filled builder
   */
  public static Builder fromCda(io.github.eparcours.core.document.cda.CdaHeader header) {
    return io.github.eparcours.core.document.xds.internal.CdaToXds.documentEntry(header);
  }

  /**
   * Returns a builder holding this entry's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.entryUuid = entryUuid;
    b.objectType = objectType;
    b.logicalId = logicalId;
    b.version = version;
    b.uniqueId = uniqueId;
    b.patientId = patientId;
    b.sourcePatientId = sourcePatientId;
    b.sourcePatientInfo.addAll(sourcePatientInfo);
    b.classCode = classCode;
    b.typeCode = typeCode;
    b.formatCode = formatCode;
    b.confidentialityCodes.addAll(confidentialityCodes);
    b.healthcareFacilityTypeCode = healthcareFacilityTypeCode;
    b.practiceSettingCode = practiceSettingCode;
    b.eventCodes.addAll(eventCodes);
    b.creationTime = creationTime;
    b.serviceStartTime = serviceStartTime;
    b.serviceStopTime = serviceStopTime;
    b.languageCode = languageCode;
    b.legalAuthenticator = legalAuthenticator;
    b.mimeType = mimeType;
    b.title = title;
    b.comments = comments;
    b.hash = hash;
    b.size = size;
    b.repositoryUniqueId = repositoryUniqueId;
    b.availabilityStatus = availabilityStatus;
    b.referenceIds.addAll(referenceIds);
    b.authors.addAll(authors);
    extraSlots.forEach((k, v) -> b.extraSlots.put(k, new ArrayList<>(v)));
    return b;
  }

  /** @return the entryUUID ({@code urn:uuid:...}, or a symbolic id in a submission) */
  public String entryUuid() {
    return entryUuid;
  }

  /** @return the objectType, {@link XdsConstants#DOCUMENT_ENTRY_STABLE} unless told */
  public String objectType() {
    return objectType;
  }

  /**
   * Returns the logical id ({@code lid}): the entryUUID of the first version, shared by every
   * metadata version of the document (ITI-57 metadata update).
   *
   * @return the logical id, empty when not given (a new entry: the registry sets it)
   */
  public Optional<String> logicalId() {
    return Optional.ofNullable(logicalId);
  }

  /**
   * Returns the metadata version ({@code VersionInfo/@versionName}) assigned by the registry.
   *
   * @return the version, empty when not given
   */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** @return the uniqueId (document OID, or {@code root^extension}) */
  public Optional<String> uniqueId() {
    return Optional.ofNullable(uniqueId);
  }

  /** @return the patientId in the registry's affinity domain (the INS for the DMP) */
  public Optional<Cx> patientId() {
    return Optional.ofNullable(patientId);
  }

  /** @return the sourcePatientId (IPP, or INS without IPP) */
  public Optional<Cx> sourcePatientId() {
    return Optional.ofNullable(sourcePatientId);
  }

  /** @return the sourcePatientInfo lines ({@code PID-5|...}), never null */
  public List<String> sourcePatientInfo() {
    return sourcePatientInfo;
  }

  /** @return the classCode */
  public Optional<Code> classCode() {
    return Optional.ofNullable(classCode);
  }

  /** @return the typeCode */
  public Optional<Code> typeCode() {
    return Optional.ofNullable(typeCode);
  }

  /** @return the formatCode */
  public Optional<Code> formatCode() {
    return Optional.ofNullable(formatCode);
  }

  /** @return the confidentiality codes (HL7 first, then DMP visibility codes), never null */
  public List<Code> confidentialityCodes() {
    return confidentialityCodes;
  }

  /** @return the healthcareFacilityTypeCode */
  public Optional<Code> healthcareFacilityTypeCode() {
    return Optional.ofNullable(healthcareFacilityTypeCode);
  }

  /** @return the practiceSettingCode */
  public Optional<Code> practiceSettingCode() {
    return Optional.ofNullable(practiceSettingCode);
  }

  /** @return the eventCodeList, never null */
  public List<Code> eventCodes() {
    return eventCodes;
  }

  /** @return the creationTime (UTC) */
  public Optional<XdsTime> creationTime() {
    return Optional.ofNullable(creationTime);
  }

  /** @return the serviceStartTime (UTC) */
  public Optional<XdsTime> serviceStartTime() {
    return Optional.ofNullable(serviceStartTime);
  }

  /** @return the serviceStopTime (UTC) */
  public Optional<XdsTime> serviceStopTime() {
    return Optional.ofNullable(serviceStopTime);
  }

  /** @return the languageCode, e.g. {@code fr-FR} */
  public Optional<String> languageCode() {
    return Optional.ofNullable(languageCode);
  }

  /** @return the legalAuthenticator */
  public Optional<Xcn> legalAuthenticator() {
    return Optional.ofNullable(legalAuthenticator);
  }

  /** @return the mimeType, e.g. {@code text/xml} */
  public Optional<String> mimeType() {
    return Optional.ofNullable(mimeType);
  }

  /** @return the title (ebRIM Name) */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** @return the comments (ebRIM Description) */
  public Optional<String> comments() {
    return Optional.ofNullable(comments);
  }

  /** @return the SHA-1 of the document, lower-case hex */
  public Optional<String> hash() {
    return Optional.ofNullable(hash);
  }

  /** @return the size of the document in bytes */
  public Optional<Long> size() {
    return Optional.ofNullable(size);
  }

  /** @return the repositoryUniqueId (set by the repository) */
  public Optional<String> repositoryUniqueId() {
    return Optional.ofNullable(repositoryUniqueId);
  }

  /** @return the availabilityStatus as received (absent in a submission) */
  public Optional<AvailabilityStatus> availabilityStatus() {
    return Optional.ofNullable(availabilityStatus);
  }

  /** @return the referenceIdList values, never null */
  public List<Cx> referenceIds() {
    return referenceIds;
  }

  /** @return the authors, never null */
  public List<Author> authors() {
    return authors;
  }

  /** @return slots not modelled above, by name, in order; never null */
  public Map<String, List<String>> extraSlots() {
    return extraSlots;
  }

  private List<Object> fields() {
    return Arrays.asList(entryUuid, objectType, logicalId, version, uniqueId, patientId, sourcePatientId,
        sourcePatientInfo, classCode, typeCode, formatCode, confidentialityCodes,
        healthcareFacilityTypeCode, practiceSettingCode, eventCodes, creationTime,
        serviceStartTime, serviceStopTime, languageCode, legalAuthenticator, mimeType, title,
        comments, hash, size, repositoryUniqueId, availabilityStatus, referenceIds, authors,
        extraSlots);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentEntry d && d.fields().equals(fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  /** Without patient data: entryUUID, uniqueId and typeCode only. */
  @Override
  public String toString() {
    return "DocumentEntry[entryUuid=" + entryUuid + ", uniqueId=" + uniqueId + ", typeCode="
        + (typeCode == null ? null : typeCode.code()) + "]";
  }

  /**
   * Collects a DocumentEntry's values. Not thread-safe. Every setter accepts null to clear.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String entryUuid;
    private String objectType = XdsConstants.DOCUMENT_ENTRY_STABLE;
    private String logicalId;
    private String version;
    private String uniqueId;
    private Cx patientId;
    private Cx sourcePatientId;
    private final List<String> sourcePatientInfo = new ArrayList<>();
    private Code classCode;
    private Code typeCode;
    private Code formatCode;
    private final List<Code> confidentialityCodes = new ArrayList<>();
    private Code healthcareFacilityTypeCode;
    private Code practiceSettingCode;
    private final List<Code> eventCodes = new ArrayList<>();
    private XdsTime creationTime;
    private XdsTime serviceStartTime;
    private XdsTime serviceStopTime;
    private String languageCode;
    private Xcn legalAuthenticator;
    private String mimeType;
    private String title;
    private String comments;
    private String hash;
    private Long size;
    private String repositoryUniqueId;
    private AvailabilityStatus availabilityStatus;
    private final List<Cx> referenceIds = new ArrayList<>();
    private final List<Author> authors = new ArrayList<>();
    private final Map<String, List<String>> extraSlots = new LinkedHashMap<>();

    private Builder() {}

    /** @param v the entryUUID; generated when never set @return this builder */
    public Builder entryUuid(String v) {
      this.entryUuid = v;
      return this;
    }

    /** @param v the objectType (stable or on-demand UUID) @return this builder */
    public Builder objectType(String v) {
      this.objectType = Objects.requireNonNull(v, "objectType");
      return this;
    }

    /** @param v the logical id ({@code lid}), or null @return this builder */
    public Builder logicalId(String v) {
      this.logicalId = v;
      return this;
    }

    /** @param v the metadata version ({@code versionName}), or null @return this builder */
    public Builder version(String v) {
      this.version = v;
      return this;
    }

    /** @param v the uniqueId @return this builder */
    public Builder uniqueId(String v) {
      this.uniqueId = v;
      return this;
    }

    /** @param v the patientId @return this builder */
    public Builder patientId(Cx v) {
      this.patientId = v;
      return this;
    }

    /** @param v the sourcePatientId @return this builder */
    public Builder sourcePatientId(Cx v) {
      this.sourcePatientId = v;
      return this;
    }

    /** @param lines the sourcePatientInfo lines, replacing any @return this builder */
    public Builder sourcePatientInfo(List<String> lines) {
      sourcePatientInfo.clear();
      sourcePatientInfo.addAll(lines);
      return this;
    }

    /** @param v the classCode @return this builder */
    public Builder classCode(Code v) {
      this.classCode = v;
      return this;
    }

    /** @param v the typeCode @return this builder */
    public Builder typeCode(Code v) {
      this.typeCode = v;
      return this;
    }

    /** @param v the formatCode @return this builder */
    public Builder formatCode(Code v) {
      this.formatCode = v;
      return this;
    }

    /** @param codes the confidentiality codes, replacing any @return this builder */
    public Builder confidentialityCodes(List<Code> codes) {
      confidentialityCodes.clear();
      confidentialityCodes.addAll(codes);
      return this;
    }

    /** @param v a confidentiality code to add (e.g. a DMP visibility code) @return this builder */
    public Builder addConfidentialityCode(Code v) {
      confidentialityCodes.add(Objects.requireNonNull(v, "confidentialityCode"));
      return this;
    }

    /** @param v the healthcareFacilityTypeCode @return this builder */
    public Builder healthcareFacilityTypeCode(Code v) {
      this.healthcareFacilityTypeCode = v;
      return this;
    }

    /** @param v the practiceSettingCode @return this builder */
    public Builder practiceSettingCode(Code v) {
      this.practiceSettingCode = v;
      return this;
    }

    /** @param codes the eventCodeList, replacing any @return this builder */
    public Builder eventCodes(List<Code> codes) {
      eventCodes.clear();
      eventCodes.addAll(codes);
      return this;
    }

    /** @param v an event code to add @return this builder */
    public Builder addEventCode(Code v) {
      eventCodes.add(Objects.requireNonNull(v, "eventCode"));
      return this;
    }

    /** @param v the creationTime @return this builder */
    public Builder creationTime(XdsTime v) {
      this.creationTime = v;
      return this;
    }

    /** @param v the serviceStartTime @return this builder */
    public Builder serviceStartTime(XdsTime v) {
      this.serviceStartTime = v;
      return this;
    }

    /** @param v the serviceStopTime @return this builder */
    public Builder serviceStopTime(XdsTime v) {
      this.serviceStopTime = v;
      return this;
    }

    /** @param v the languageCode @return this builder */
    public Builder languageCode(String v) {
      this.languageCode = v;
      return this;
    }

    /** @param v the legalAuthenticator @return this builder */
    public Builder legalAuthenticator(Xcn v) {
      this.legalAuthenticator = v;
      return this;
    }

    /** @param v the mimeType @return this builder */
    public Builder mimeType(String v) {
      this.mimeType = v;
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

    /** @param v the SHA-1, hex @return this builder */
    public Builder hash(String v) {
      this.hash = v;
      return this;
    }

    /** @param v the size in bytes @return this builder */
    public Builder size(Long v) {
      this.size = v;
      return this;
    }

    /**
     * Sets hash and size from the document's bytes, read once.
     *
     * @param content the document as it will be sent
     * @return this builder
     * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0502 on I/O failure
     */
    public Builder hashAndSize(DocumentContent content) {
      DocumentContent.Digest d = content.digest();
      this.hash = d.sha1Hex();
      this.size = d.size();
      return this;
    }

    /** @param v the repositoryUniqueId @return this builder */
    public Builder repositoryUniqueId(String v) {
      this.repositoryUniqueId = v;
      return this;
    }

    /** @param v the availabilityStatus @return this builder */
    public Builder availabilityStatus(AvailabilityStatus v) {
      this.availabilityStatus = v;
      return this;
    }

    /** @param v a referenceIdList value to add @return this builder */
    public Builder addReferenceId(Cx v) {
      referenceIds.add(Objects.requireNonNull(v, "referenceId"));
      return this;
    }

    /** @param list the authors, replacing any @return this builder */
    public Builder authors(List<Author> list) {
      authors.clear();
      authors.addAll(list);
      return this;
    }

    /** @param v an author to add @return this builder */
    public Builder addAuthor(Author v) {
      authors.add(Objects.requireNonNull(v, "author"));
      return this;
    }

    /**
     * Sets an extra slot, replacing one of the same name. XDS wants extra metadata names to
     * start with {@code urn:} but not {@code urn:ihe:} (checked by the validator).
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
     * Builds the entry; never fails on missing metadata (see {@link XdsMetadataValidator}).
     *
     * @return the entry
     */
    public DocumentEntry build() {
      return new DocumentEntry(this);
    }
  }
}
