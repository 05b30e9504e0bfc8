package io.github.eparcours.dmp;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.dmp.internal.DefaultDmpClient;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import java.util.List;
import java.util.Objects;

/**
 * Client of the DMP (Mon espace santé): DMP status and access authorisation (TD0.2,
 * setAuthorization), feed (ITI-41, with replacement), find (ITI-18), retrieve (ITI-43,
 * streamed) and metadata updates (ITI-57: mask/unmask to professionals, patient and
 * legal-representative visibility, delete, archive, unarchive), over SOAP 1.2 / MTOM with a
 * signed VIHF per request.
 *
 * <p><b>Share one instance</b> per structure signing key: it is immutable and thread-safe and
 * shares the core {@link HttpTransport} it was given. The acting identity is given with every
 * call, never globally: one client serves every professional of the structure.
 *
 * <p><b>Access authorisation.</b> The DMP serves a professional (or a structure's automaton)
 * only once he is authorised for the patient, in his structure: check with
 * {@link #dmpStatus}, and once the patient has agreed call {@link #setAuthorization} with the
 * same acting identity. Without it, feeds, queries, retrievals and updates fail with
 * {@link DmpAccessDeniedException} ({@code DMP-0210}); emergency access
 * ({@link AccessMode#EMERGENCY}) may only read, unless the patient opposed it.
 *
 * <p>Feeds are never sent blindly twice: when a reply is lost (time-out, dropped connection,
 * 5xx), the client asks the registry whether the documents' uniqueIds are registered before
 * sending again, so that a document is neither registered twice nor silently lost.
 *
 * @since 0.1
 */
public interface DmpClient extends AutoCloseable {

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * TD0.2: tells whether the patient has a DMP, its state, and whether the acting professional
   * or structure is authorised to access it (HL7v3 {@code PRPA_IN201307UV02} on the patients
   * service, reasonCode {@code TEST_EXST}).
   *
   * @param who the acting identity, whose authorisation is asked
   * @param patient the patient's INS
   * @return the status; {@link DmpStatus#exists()} is false when the patient has no DMP
   * @throws io.github.eparcours.core.error.EparcoursClientException DMP-0202 if the INS authority
   *     is not accepted in the environment, DMP-0208 if the reply is not a
   *     {@code PRPA_IN201308UV02}, CORE-03xx for transport failures
   * @throws DmpRegistryException if the DMP acknowledges with an error (its details attached)
   * @throws DmpSoapFaultException if the DMP answers with a SOAP fault
   */
  DmpStatus dmpStatus(ActingIdentity who, Ins patient);

  /**
   * Gives (or removes) the acting professional's or structure's access authorisation to the
   * patient's DMP (habilitations {@code setAuthorization}), once the patient has agreed.
   *
   * @param who the acting identity to authorise
   * @param patient the patient's INS
   * @param action {@link AuthorizationAction#ADD} or {@link AuthorizationAction#REMOVE}
   * @return the resulting authorisation as answered by the DMP
   * @throws io.github.eparcours.core.error.EparcoursClientException DMP-0202 if the INS authority
   *     is not accepted in the environment, DMP-0208 if the reply has an unexpected shape
   * @throws DmpSoapFaultException if the DMP refuses (e.g. no DMP, DMP closed)
   */
  AccessAuthorization setAuthorization(ActingIdentity who, Ins patient,
      AuthorizationAction action);

  /**
   * Feeds documents (ITI-41) in one submission set; a replacement carries an RPLC association.
   *
   * @param who the acting identity
   * @param patient the patient; the identity must be qualified (QUAL)
   * @param request the submission set, the entries, their content and associations
   * @return the registry's success or partial success
   * @throws io.github.eparcours.core.error.EparcoursClientException DMP-0201 if the INS is not
   *     qualified, DMP-0202 if its authority is not accepted in the environment, DMP-0206 or
   *     DMP-0207 if the outcome stays unknown after a lost reply, CORE-03xx for transport failures
   * @throws io.github.eparcours.core.error.ValidationException DMP-0203 with the report if the
   *     metadata fail the pre-send checks
   * @throws DmpRegistryException if the DMP answers Failure
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   * @throws DmpSoapFaultException if the DMP answers with a SOAP fault
   */
  SubmitResult submit(ActingIdentity who, PatientIdentity patient, SubmissionRequest request);

  /**
   * Finds a patient's documents (ITI-18 FindDocuments), full metadata.
   *
   * @param who the acting identity
   * @param query the query
   * @return the entries visible to {@code who}
   * @throws DmpRegistryException if the registry answers Failure
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  List<DocumentEntry> findDocuments(ActingIdentity who, FindDocumentsQuery query);

  /**
   * Gets documents by uniqueId (ITI-18 GetDocuments).
   *
   * @param who the acting identity
   * @param patient the patient
   * @param uniqueIds the document uniqueIds
   * @return the entries found and visible
   * @throws DmpRegistryException if the registry answers Failure
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  List<DocumentEntry> getDocumentsByUniqueId(ActingIdentity who, Ins patient,
      List<String> uniqueIds);

  /**
   * Gets documents by entryUUID (ITI-18 GetDocuments).
   *
   * @param who the acting identity
   * @param patient the patient
   * @param entryUuids the entryUUIDs
   * @return the entries found and visible
   * @throws DmpRegistryException if the registry answers Failure
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  List<DocumentEntry> getDocumentsByEntryUuid(ActingIdentity who, Ins patient,
      List<String> entryUuids);

  /**
   * Retrieves documents (ITI-43), streamed: close the result.
   *
   * @param who the acting identity
   * @param patient the patient
   * @param entries the entries to retrieve (their uniqueId and repositoryUniqueId are used)
   * @return the documents, in reply order
   * @throws DmpRegistryException if none could be retrieved
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  RetrievedDocuments retrieve(ActingIdentity who, Ins patient, List<DocumentEntry> entries);

  /**
   * Changes the availability status of a document (ITI-57 UpdateAvailabilityStatus): the DMP's
   * Deleted (only the author may delete), Archived, or back to Approved.
   *
   * @param who the acting identity
   * @param patient the patient
   * @param entry the current entry (its entryUUID and status are used)
   * @param newStatus the new status
   * @throws DmpRegistryException if the registry refuses
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  void updateStatus(ActingIdentity who, Ins patient, DocumentEntry entry,
      AvailabilityStatus newStatus);

  /**
   * Deletes a document (only its author may).
   *
   * @param who the acting identity, the document's author
   * @param patient the patient
   * @param entry the current entry
   * @throws DmpRegistryException if the registry refuses
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  default void delete(ActingIdentity who, Ins patient, DocumentEntry entry) {
    updateStatus(who, patient, entry, AvailabilityStatus.DMP_DELETED);
  }

  /**
   * Archives a document.
   *
   * @param who the acting identity
   * @param patient the patient
   * @param entry the current entry
   * @throws DmpRegistryException if the registry refuses
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  default void archive(ActingIdentity who, Ins patient, DocumentEntry entry) {
    updateStatus(who, patient, entry, AvailabilityStatus.DMP_ARCHIVED);
  }

  /**
   * Brings an archived document back to Approved.
   *
   * @param who the acting identity
   * @param patient the patient
   * @param entry the current (archived) entry
   * @throws DmpRegistryException if the registry refuses
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  default void unarchive(ActingIdentity who, Ins patient, DocumentEntry entry) {
    updateStatus(who, patient, entry, AvailabilityStatus.APPROVED);
  }

  /**
   * Replaces an entry's confidentiality codes by a new metadata version (ITI-57 metadata update:
   * same logical id, {@code PreviousVersion} = the entry's version). The entry must come from a
   * query (it carries its entryUUID, logical id and version); query again to see the new version.
   *
   * @param who the acting identity (the author, or the patient's side)
   * @param patient the patient
   * @param current the current entry, as returned by a query
   * @param confidentialityCodes the new codes, HL7 code first
   * @throws DmpRegistryException if the registry refuses (not the author, stale version...)
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   * @throws IllegalStateException if the client has no sourceId
   */
  void updateConfidentiality(ActingIdentity who, Ins patient, DocumentEntry current,
      List<io.github.eparcours.core.code.Code> confidentialityCodes);

  /**
   * Masks or unmasks a document to professionals (TD3.3a, {@code MASQUE_PS}).
   *
   * @param who the acting identity
   * @param patient the patient
   * @param current the current entry
   * @param masked true to mask, false to unmask
   * @throws DmpRegistryException if the registry refuses
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  default void maskToProfessionals(ActingIdentity who, Ins patient, DocumentEntry current,
      boolean masked) {
    updateConfidentiality(who, patient, current, DmpConfidentiality.with(
        current.confidentialityCodes(), DmpConfidentiality.MASKED_TO_PROFESSIONALS, masked));
  }

  /**
   * Hides a document from the patient, or shows it again (TD3.3b, {@code INVISIBLE_PATIENT}).
   *
   * @param who the acting identity
   * @param patient the patient
   * @param current the current entry
   * @param hidden true to hide, false to show
   * @throws DmpRegistryException if the registry refuses
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  default void hideFromPatient(ActingIdentity who, Ins patient, DocumentEntry current,
      boolean hidden) {
    updateConfidentiality(who, patient, current, DmpConfidentiality.with(
        current.confidentialityCodes(), DmpConfidentiality.HIDDEN_FROM_PATIENT, hidden));
  }

  /**
   * Hides a document from the patient's legal representatives, or shows it again (TD3.3b,
   * {@code INVISIBLE_REP_LEGAUX}).
   *
   * @param who the acting identity
   * @param patient the patient
   * @param current the current entry
   * @param hidden true to hide, false to show
   * @throws DmpRegistryException if the registry refuses
   * @throws DmpAccessDeniedException DMP-0210 if the acting identity has no access
   *     authorisation to the patient's DMP (call {@link #setAuthorization} first)
   */
  default void hideFromLegalRepresentatives(ActingIdentity who, Ins patient,
      DocumentEntry current, boolean hidden) {
    updateConfidentiality(who, patient, current, DmpConfidentiality.with(
        current.confidentialityCodes(), DmpConfidentiality.HIDDEN_FROM_LEGAL_REPRESENTATIVES,
        hidden));
  }

  /**
   * Returns a builder with this client's configuration (sharing its transport).
   *
   * @return a new builder
   */
  Builder toBuilder();

  /** Releases nothing shared: the transport belongs to whoever created it. Never throws. */
  @Override
  void close();

  /** Builder of {@link DmpClient}; not thread-safe. */
  final class Builder {
    HttpTransport transport;
    DmpEndpoints endpoints;
    Environment environment;
    VihfIssuer vihfIssuer;
    String sourceId;
    SubmissionCheck submissionCheck = DmpSubmissionRules.INSTANCE;
    int maxFeedAttempts = 3;
    int maxEnvelopeBytes = 16 * 1024 * 1024;
    SubmissionSetSigner submissionSigner;

    Builder() {}

    /**
     * Sets the XAdES signer of submission sets (the DMP requires signed submission sets); each
     * feed is then signed once, before its first sending.
     *
     * @param signer the signer, or null to send unsigned submissions (tests, other registries)
     * @return this builder
     */
    public Builder submissionSigner(SubmissionSetSigner signer) {
      this.submissionSigner = signer;
      return this;
    }

    /**
     * Sets the HTTP transport (configured with the structure's TLS client certificate).
     *
     * @param transport the transport, shared
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Sets the endpoints (e.g. {@link DmpEndpoints#test()}).
     *
     * @param endpoints the endpoints
     * @return this builder
     */
    public Builder endpoints(DmpEndpoints endpoints) {
      this.endpoints = endpoints;
      return this;
    }

    /**
     * Sets the environment, which decides the INS authorities accepted.
     *
     * @param environment the environment
     * @return this builder
     */
    public Builder environment(Environment environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Sets the VIHF issuer (the structure's signing credential and the product identity).
     *
     * @param issuer the issuer
     * @return this builder
     */
    public Builder vihfIssuer(VihfIssuer issuer) {
      this.vihfIssuer = issuer;
      return this;
    }

    /**
     * Sets the OID of the sending system, used as sourceId of the submission sets the client
     * builds itself (status updates).
     *
     * @param sourceOid the OID
     * @return this builder
     */
    public Builder sourceId(String sourceOid) {
      this.sourceId = sourceOid;
      return this;
    }

    /**
     * Sets the pre-send check (default {@link DmpSubmissionRules#INSTANCE}).
     *
     * @param check the check
     * @return this builder
     */
    public Builder submissionCheck(SubmissionCheck check) {
      this.submissionCheck = check;
      return this;
    }

    /**
     * Sets how many times a feed may be sent when replies are lost (default 3); each re-send
     * follows a check that the documents are not registered.
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder maxFeedAttempts(int attempts) {
      this.maxFeedAttempts = attempts;
      return this;
    }

    /**
     * Sets the size limit of a reply's SOAP envelope (default 16 MiB; attachments are streamed
     * and not limited by it).
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxEnvelopeBytes(int bytes) {
      this.maxEnvelopeBytes = bytes;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws NullPointerException if the transport, endpoints, environment or VIHF issuer is
     *     missing
     * @throws IllegalArgumentException if a limit is not positive
     */
    public DmpClient build() {
      Objects.requireNonNull(transport, "transport");
      Objects.requireNonNull(endpoints, "endpoints");
      Objects.requireNonNull(environment, "environment");
      Objects.requireNonNull(vihfIssuer, "vihfIssuer");
      Objects.requireNonNull(submissionCheck, "submissionCheck");
      if (maxFeedAttempts < 1 || maxEnvelopeBytes < 1024) {
        throw new IllegalArgumentException("maxFeedAttempts >= 1 and maxEnvelopeBytes >= 1024");
      }
      return new DefaultDmpClient(transport, endpoints, environment, vihfIssuer, sourceId,
          submissionCheck, maxFeedAttempts, maxEnvelopeBytes, submissionSigner);
    }
  }
}
