package io.github.eparcours.core.identity;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient as an identity-management system holds it: INS traits, RNIV status, and, when the
 * INS was retrieved from INSi, the INS itself; plus an optional local identifier (IPP).
 *
 * <p>The status and the INS must agree: {@link IdentityStatus#RECUP} and
 * {@link IdentityStatus#QUAL} identities have an INS, {@link IdentityStatus#PROV} and
 * {@link IdentityStatus#VALI} have none. Whether the INS may be sent is a separate question,
 * answered by {@link #requireQualifiedIns(ErrorCode, String)} and {@link #insForExchange()}: only
 * a qualified identity may carry its INS.
 *
 * <p>{@link #toString()} is redacted. Immutable and thread-safe; the {@link Builder} is not.
 *
 * @since 0.1
 */
public final class PatientIdentity implements PatientData {

  private final Ins ins;
  private final InsTraits traits;
  private final IdentityStatus status;
  private final LocalPatientId localId;

  private PatientIdentity(Builder b) {
    if (b.traits == null) {
      throw new InvalidIdentifierException(IdentityErrorCodes.TRAITS, "patient identity",
          "traits are required; set them with PatientIdentity.Builder#traits");
    }
    if (b.status == null) {
      throw new InvalidIdentifierException(IdentityErrorCodes.STATUS_INCONSISTENT,
          "patient identity", "the RNIV status is required; set it with "
              + "PatientIdentity.Builder#status (PROV when nothing was checked)");
    }
    if (b.status.hasRetrievedIns() != (b.ins != null)) {
      throw new InvalidIdentifierException(IdentityErrorCodes.STATUS_INCONSISTENT,
          "patient identity", b.status.hasRetrievedIns()
              ? "status " + b.status + " means the INS was retrieved from INSi, but no INS is set; "
                  + "set the INS or use PROV/VALI"
              : "status " + b.status + " means no INS was retrieved, but an INS is set; use "
                  + "RECUP or QUAL, or drop the INS");
    }
    this.ins = b.ins;
    this.traits = b.traits;
    this.status = b.status;
    this.localId = b.localId;
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this identity.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the INS, whatever the status. To decide whether it may be sent, use
   * {@link #insForExchange()} or {@link #requireQualifiedIns(ErrorCode, String)}.
   *
   * @return the INS, present for RECUP and QUAL identities
   */
  public Optional<Ins> ins() {
    return Optional.ofNullable(ins);
  }

  /**
   * Returns the INS traits.
   *
   * @return the traits
   */
  public InsTraits traits() {
    return traits;
  }

  /**
   * Returns the RNIV status.
   *
   * @return the status
   */
  public IdentityStatus status() {
    return status;
  }

  /**
   * Returns the local identifier (IPP).
   *
   * @return the identifier, or empty
   */
  public Optional<LocalPatientId> localId() {
    return Optional.ofNullable(localId);
  }

  /**
   * Returns the INS if it may be carried in an exchange, that is if the identity is qualified.
   *
   * @return the INS of a QUAL identity, else empty
   */
  public Optional<Ins> insForExchange() {
    return status.mayCarryIns() ? Optional.of(ins) : Optional.empty();
  }

  /**
   * Returns the INS, or fails if the identity is not qualified. Clients call this before an
   * operation that needs a qualified INS (e.g. feeding the DMP).
   *
   * @param code the error code to throw, chosen by the caller (its module's code for this rule)
   * @param purpose what needs the INS, e.g. {@code "DMP document feed"}
   * @return the INS of a QUAL identity
   * @throws EparcoursClientException with {@code code} if the status is not QUAL; the message
   *     gives the status, never the INS or the traits
   */
  public Ins requireQualifiedIns(ErrorCode code, String purpose) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(purpose, "purpose");
    if (!status.mayCarryIns()) {
      throw new EparcoursClientException(code, purpose + " requires a qualified INS (RNIV status "
          + "QUAL); this identity's status is " + status + ": qualify it (INSi retrieval and "
          + "high-trust identity document check) before retrying");
    }
    return ins;
  }

  /**
   * Checks that this identity may be sent with its INS in a document or message header (CDA
   * {@code recordTarget}, XDS {@code sourcePatientInfo}, FHIR Patient): status QUAL, and every
   * INS trait present, since a header that carries an INS must carry all the traits.
   *
   * <table>
   *   <caption>Rules, path and severity</caption>
   *   <tr><th>Code</th><th>Path</th><th>Rule</th></tr>
   *   <tr><td>{@link IdentityErrorCodes#INS_NOT_QUALIFIED}</td><td>{@code status}</td>
   *       <td>error: the status is not QUAL</td></tr>
   *   <tr><td>{@link IdentityErrorCodes#TRAITS}</td><td>{@code traits.givenNames}</td>
   *       <td>error: the list of given names is empty</td></tr>
   *   <tr><td>{@link IdentityErrorCodes#BIRTHPLACE}</td><td>{@code traits.birthplace}</td>
   *       <td>error: the birthplace is unknown</td></tr>
   *   <tr><td>{@link IdentityErrorCodes#FIRST_GIVEN_NAME_NOT_FIRST}</td>
   *       <td>{@code traits.firstGivenName}</td>
   *       <td>warning: the first given name is not the first of the list</td></tr>
   * </table>
   *
   * <p>Messages name the rule, never the values.
   *
   * @return the report, empty when the identity may be sent as is
   */
  public ValidationReport validateForExchange() {
    ValidationReport.Builder report = ValidationReport.builder();
    if (!status.mayCarryIns()) {
      report.error(IdentityErrorCodes.INS_NOT_QUALIFIED.value(), "status", "the identity status "
          + "is " + status + ": only a qualified identity (QUAL) may carry its INS");
    }
    if (traits.givenNames().isEmpty()) {
      report.error(IdentityErrorCodes.TRAITS.value(), "traits.givenNames", "the list of given "
          + "names is required with an INS; set it from INSi's ListePrenom");
    }
    if (traits.birthplace().isEmpty()) {
      report.error(IdentityErrorCodes.BIRTHPLACE.value(), "traits.birthplace", "the birthplace "
          + "(COG code) is required with an INS; set it from INSi's LieuNaissance");
    }
    if (!traits.givenNames().isEmpty()
        && !traits.givenNames().get(0).equals(traits.firstGivenName())) {
      report.warning(IdentityErrorCodes.FIRST_GIVEN_NAME_NOT_FIRST.value(),
          "traits.firstGivenName", "the first given name differs from the first name of the "
              + "list of given names; check both against INSi");
    }
    return report.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PatientIdentity p && Objects.equals(p.ins, ins) && p.traits.equals(traits)
        && p.status == status && Objects.equals(p.localId, localId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ins, traits, status, localId);
  }

  /**
   * Returns a redacted form: status, redacted INS, redacted traits and local identifier.
   *
   * @return the redacted form
   */
  @Override
  public String toString() {
    return "PatientIdentity[status=" + status + ", ins=" + (ins == null ? "none" : ins)
        + ", traits=" + traits + ", localId=" + (localId == null ? "none" : localId) + "]";
  }

  /**
   * Returns the identity with every value in full. Patient data: see {@link PatientData}.
   *
   * @return the unredacted form
   */
  @Override
  public String unredacted() {
    return "PatientIdentity[status=" + status + ", ins=" + (ins == null ? "none" : ins.unredacted())
        + ", traits=" + traits.unredacted() + ", localId="
        + (localId == null ? "none" : localId.unredacted()) + "]";
  }

  /**
   * Collects an identity. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Ins ins;
    private InsTraits traits;
    private IdentityStatus status;
    private LocalPatientId localId;

    private Builder() {}

    private Builder(PatientIdentity p) {
      ins = p.ins;
      traits = p.traits;
      status = p.status;
      localId = p.localId;
    }

    /**
     * Sets the INS retrieved from INSi.
     *
     * @param ins the INS, or null if none
     * @return this builder
     */
    public Builder ins(Ins ins) {
      this.ins = ins;
      return this;
    }

    /**
     * Sets the traits.
     *
     * @param traits the traits
     * @return this builder
     */
    public Builder traits(InsTraits traits) {
      this.traits = traits;
      return this;
    }

    /**
     * Sets the RNIV status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(IdentityStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the local identifier (IPP).
     *
     * @param localId the identifier, or null if none
     * @return this builder
     */
    public Builder localId(LocalPatientId localId) {
      this.localId = localId;
      return this;
    }

    /**
     * Builds the identity.
     *
     * @return the identity
     * @throws InvalidIdentifierException {@link IdentityErrorCodes#TRAITS} if traits are missing,
     *     {@link IdentityErrorCodes#STATUS_INCONSISTENT} if the status is missing or disagrees
     *     with the presence of an INS
     */
    public PatientIdentity build() {
      return new PatientIdentity(this);
    }
  }
}
