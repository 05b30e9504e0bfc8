package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The header of a CI-SIS CDA R2 document ("structuration minimale").
 *
 * <p>The model is tolerant: the reader fills what it found, and {@link CdaHeaderValidator}
 * reports what a rule lacks; {@link CdaWriter} validates before writing. Times are
 * {@link CdaTime}s, written with their time zone.
 *
 * <p>Immutable and thread-safe; {@link Builder} is not. {@link #toString()} carries no patient
 * data.
 *
 * @since 0.1
 */
public final class CdaHeader {

  /** Default {@code languageCode}. */
  public static final String FRENCH = "fr-FR";
  /** The normal confidentiality code (N). */
  public static final Code CONFIDENTIALITY_NORMAL =
      Code.of("N", "2.16.840.1.113883.5.25", "Normal");

  private final InstanceIdentifier id;
  private final Code code;
  private final String title;
  private final CdaTime effectiveTime;
  private final Code confidentialityCode;
  private final String languageCode;
  private final InstanceIdentifier setId;
  private final Integer versionNumber;
  private final List<String> templateIds;
  private final CdaPatient patient;
  private final List<CdaAuthor> authors;
  private final CdaOrganization custodian;
  private final CdaLegalAuthenticator legalAuthenticator;
  private final CdaServiceEvent serviceEvent;
  private final CdaEncounter encounter;
  private final CdaParentDocument parentDocument;

  private CdaHeader(Builder b) {
    this.id = b.id;
    this.code = b.code;
    this.title = b.title;
    this.effectiveTime = b.effectiveTime;
    this.confidentialityCode = b.confidentialityCode;
    this.languageCode = b.languageCode;
    this.setId = b.setId;
    this.versionNumber = b.versionNumber;
    this.templateIds = List.copyOf(b.templateIds);
    this.patient = b.patient;
    this.authors = List.copyOf(b.authors);
    this.custodian = b.custodian;
    this.legalAuthenticator = b.legalAuthenticator;
    this.serviceEvent = b.serviceEvent;
    this.encounter = b.encounter;
    this.parentDocument = b.parentDocument;
  }

  /**
   * Returns a new builder, with {@code languageCode} fr-FR, confidentiality N and version 1.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this header's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.code = code;
    b.title = title;
    b.effectiveTime = effectiveTime;
    b.confidentialityCode = confidentialityCode;
    b.languageCode = languageCode;
    b.setId = setId;
    b.versionNumber = versionNumber;
    b.templateIds.addAll(templateIds);
    b.patient = patient;
    b.authors.addAll(authors);
    b.custodian = custodian;
    b.legalAuthenticator = legalAuthenticator;
    b.serviceEvent = serviceEvent;
    b.encounter = encounter;
    b.parentDocument = parentDocument;
    return b;
  }

  /** @return the document id (XDS uniqueId) */
  public Optional<InstanceIdentifier> id() {
    return Optional.ofNullable(id);
  }

  /** @return the document type code ({@code code}, LOINC) */
  public Optional<Code> code() {
    return Optional.ofNullable(code);
  }

  /** @return the known document type of {@link #code()} */
  public Optional<CdaDocumentType> documentType() {
    return code().flatMap(CdaDocumentType::fromTypeCode);
  }

  /** @return the title */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** @return the effectiveTime (XDS creationTime) */
  public Optional<CdaTime> effectiveTime() {
    return Optional.ofNullable(effectiveTime);
  }

  /** @return the confidentiality code */
  public Optional<Code> confidentialityCode() {
    return Optional.ofNullable(confidentialityCode);
  }

  /** @return the language code */
  public Optional<String> languageCode() {
    return Optional.ofNullable(languageCode);
  }

  /** @return the setId */
  public Optional<InstanceIdentifier> setId() {
    return Optional.ofNullable(setId);
  }

  /** @return the version number */
  public Optional<Integer> versionNumber() {
    return Optional.ofNullable(versionNumber);
  }

  /**
   * Returns the templateIds (roots) as read; for a header to write, the extra volet
   * templateIds of a structured document (the writer adds the HL7 France and CI-SIS ones).
   *
   * @return the templateIds, never null
   */
  public List<String> templateIds() {
    return templateIds;
  }

  /** @return the patient */
  public Optional<CdaPatient> patient() {
    return Optional.ofNullable(patient);
  }

  /** @return the authors, never null */
  public List<CdaAuthor> authors() {
    return authors;
  }

  /** @return the custodian */
  public Optional<CdaOrganization> custodian() {
    return Optional.ofNullable(custodian);
  }

  /** @return the legal authenticator */
  public Optional<CdaLegalAuthenticator> legalAuthenticator() {
    return Optional.ofNullable(legalAuthenticator);
  }

  /** @return documentationOf/serviceEvent */
  public Optional<CdaServiceEvent> serviceEvent() {
    return Optional.ofNullable(serviceEvent);
  }

  /** @return componentOf/encompassingEncounter */
  public Optional<CdaEncounter> encounter() {
    return Optional.ofNullable(encounter);
  }

  /** @return the replaced document (RPLC) */
  public Optional<CdaParentDocument> parentDocument() {
    return Optional.ofNullable(parentDocument);
  }

  private List<Object> fields() {
    return Arrays.asList(id, code, title, effectiveTime, confidentialityCode, languageCode,
        setId, versionNumber, templateIds, patient, authors, custodian, legalAuthenticator,
        serviceEvent, encounter, parentDocument);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CdaHeader h && h.fields().equals(fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  /** Without patient data: id root and type code. */
  @Override
  public String toString() {
    return "CdaHeader[id=" + (id == null ? null : id.root()) + ", code="
        + (code == null ? null : code.code()) + ", version=" + versionNumber + "]";
  }

  /**
   * Collects a header's values. Not thread-safe. Setters accept null to clear.
   *
   * @since 0.1
   */
  public static final class Builder {
    private InstanceIdentifier id;
    private Code code;
    private String title;
    private CdaTime effectiveTime;
    private Code confidentialityCode = CONFIDENTIALITY_NORMAL;
    private String languageCode = FRENCH;
    private InstanceIdentifier setId;
    private Integer versionNumber = 1;
    private final List<String> templateIds = new ArrayList<>();
    private CdaPatient patient;
    private final List<CdaAuthor> authors = new ArrayList<>();
    private CdaOrganization custodian;
    private CdaLegalAuthenticator legalAuthenticator;
    private CdaServiceEvent serviceEvent;
    private CdaEncounter encounter;
    private CdaParentDocument parentDocument;

    private Builder() {}

    /** @param v the document id @return this builder */
    public Builder id(InstanceIdentifier v) {
      this.id = v;
      return this;
    }

    /** @param v the type code @return this builder */
    public Builder code(Code v) {
      this.code = v;
      return this;
    }

    /**
     * Sets the type code and, for a structured document, remembers nothing else: the volet
     * templateId is added by {@link CdaWriter#writeStructured}.
     *
     * @param type the document type
     * @return this builder
     */
    public Builder documentType(CdaDocumentType type) {
      this.code = Objects.requireNonNull(type, "type").typeCode();
      return this;
    }

    /** @param v the title @return this builder */
    public Builder title(String v) {
      this.title = v;
      return this;
    }

    /** @param v the effectiveTime @return this builder */
    public Builder effectiveTime(CdaTime v) {
      this.effectiveTime = v;
      return this;
    }

    /** @param v the confidentiality code @return this builder */
    public Builder confidentialityCode(Code v) {
      this.confidentialityCode = v;
      return this;
    }

    /** @param v the language code @return this builder */
    public Builder languageCode(String v) {
      this.languageCode = v;
      return this;
    }

    /** @param v the setId @return this builder */
    public Builder setId(InstanceIdentifier v) {
      this.setId = v;
      return this;
    }

    /** @param v the version number @return this builder */
    public Builder versionNumber(Integer v) {
      this.versionNumber = v;
      return this;
    }

    /** @param v a templateId root to add @return this builder */
    public Builder addTemplateId(String v) {
      templateIds.add(Objects.requireNonNull(v, "templateId"));
      return this;
    }

    /** @param v the patient @return this builder */
    public Builder patient(CdaPatient v) {
      this.patient = v;
      return this;
    }

    /** @param v an author to add @return this builder */
    public Builder addAuthor(CdaAuthor v) {
      authors.add(Objects.requireNonNull(v, "author"));
      return this;
    }

    /** @param v the custodian @return this builder */
    public Builder custodian(CdaOrganization v) {
      this.custodian = v;
      return this;
    }

    /** @param v the legal authenticator @return this builder */
    public Builder legalAuthenticator(CdaLegalAuthenticator v) {
      this.legalAuthenticator = v;
      return this;
    }

    /** @param v the service event @return this builder */
    public Builder serviceEvent(CdaServiceEvent v) {
      this.serviceEvent = v;
      return this;
    }

    /** @param v the encompassing encounter @return this builder */
    public Builder encounter(CdaEncounter v) {
      this.encounter = v;
      return this;
    }

    /** @param v the replaced document @return this builder */
    public Builder parentDocument(CdaParentDocument v) {
      this.parentDocument = v;
      return this;
    }

    /**
     * Builds the header; never fails on missing elements (see {@link CdaHeaderValidator}).
     *
     * @return the header
     */
    public CdaHeader build() {
      return new CdaHeader(this);
    }
  }
}
