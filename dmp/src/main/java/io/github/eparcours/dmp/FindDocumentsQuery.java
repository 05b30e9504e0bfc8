package io.github.eparcours.dmp;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.identity.Ins;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ITI-18 FindDocuments query for one patient, with optional filters on status, type and
 * creation time.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FindDocumentsQuery {

  private final Ins patient;
  private final List<AvailabilityStatus> statuses;
  private final List<Code> typeCodes;
  private final XdsTime createdFrom;
  private final XdsTime createdBefore;

  private FindDocumentsQuery(Builder b) {
    this.patient = Objects.requireNonNull(b.patient, "patient");
    this.statuses = b.statuses.isEmpty() ? List.of(AvailabilityStatus.APPROVED)
        : List.copyOf(b.statuses);
    this.typeCodes = List.copyOf(b.typeCodes);
    this.createdFrom = b.createdFrom;
    this.createdBefore = b.createdBefore;
  }

  /**
   * Starts a query for a patient.
   *
   * @param patient the patient's INS
   * @return a builder
   */
  public static Builder forPatient(Ins patient) {
    Builder b = new Builder();
    b.patient = patient;
    return b;
  }

  /**
   * Returns the patient.
   *
   * @return the INS
   */
  public Ins patient() {
    return patient;
  }

  /**
   * Returns the statuses searched (default Approved).
   *
   * @return the statuses
   */
  public List<AvailabilityStatus> statuses() {
    return statuses;
  }

  /**
   * Returns the type codes searched.
   *
   * @return the codes, empty for any
   */
  public List<Code> typeCodes() {
    return typeCodes;
  }

  /**
   * Returns the inclusive lower bound of the creation time.
   *
   * @return the bound
   */
  public Optional<XdsTime> createdFrom() {
    return Optional.ofNullable(createdFrom);
  }

  /**
   * Returns the exclusive upper bound of the creation time.
   *
   * @return the bound
   */
  public Optional<XdsTime> createdBefore() {
    return Optional.ofNullable(createdBefore);
  }

  @Override
  public String toString() {
    return "FindDocumentsQuery[" + patient + ", " + statuses.size() + " statuses, "
        + typeCodes.size() + " types]";
  }

  /** Builder of {@link FindDocumentsQuery}; not thread-safe. */
  public static final class Builder {
    private Ins patient;
    private final List<AvailabilityStatus> statuses = new ArrayList<>();
    private final List<Code> typeCodes = new ArrayList<>();
    private XdsTime createdFrom;
    private XdsTime createdBefore;

    private Builder() {}

    /**
     * Adds a status to search (Approved, Deprecated, the DMP's Archived...).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(AvailabilityStatus status) {
      statuses.add(Objects.requireNonNull(status, "status"));
      return this;
    }

    /**
     * Adds a document type code to search.
     *
     * @param typeCode the code (LOINC)
     * @return this builder
     */
    public Builder typeCode(Code typeCode) {
      typeCodes.add(Objects.requireNonNull(typeCode, "typeCode"));
      return this;
    }

    /**
     * Keeps documents created at or after this time.
     *
     * @param from the bound
     * @return this builder
     */
    public Builder createdFrom(XdsTime from) {
      this.createdFrom = from;
      return this;
    }

    /**
     * Keeps documents created before this time.
     *
     * @param before the bound
     * @return this builder
     */
    public Builder createdBefore(XdsTime before) {
      this.createdBefore = before;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public FindDocumentsQuery build() {
      return new FindDocumentsQuery(this);
    }
  }
}
