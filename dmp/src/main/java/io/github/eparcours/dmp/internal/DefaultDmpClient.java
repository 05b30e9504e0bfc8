package io.github.eparcours.dmp.internal;

import io.github.eparcours.core.Environment;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.AssociationType;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.EbRim;
import io.github.eparcours.core.document.xds.QueryResponse;
import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.document.xds.RegistryResponse;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.ValidationException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.core.validation.ValidationReport;
import io.github.eparcours.dmp.AccessAuthorization;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpAccessDeniedException;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.DmpEndpoints;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.DmpRegistryException;
import io.github.eparcours.dmp.DmpStatus;
import io.github.eparcours.dmp.FindDocumentsQuery;
import io.github.eparcours.dmp.RetrievedDocument;
import io.github.eparcours.dmp.RetrievedDocuments;
import io.github.eparcours.dmp.SubmissionCheck;
import io.github.eparcours.dmp.SubmitResult;
import io.github.eparcours.dmp.soap.Attachment;
import io.github.eparcours.dmp.soap.IncomingMessage;
import io.github.eparcours.dmp.soap.Mime;
import io.github.eparcours.dmp.soap.MultipartReader;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.soap.SoapWriter;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.dmp.xades.SubmissionSetSigner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/**
 * The implementation of {@link DmpClient}. Immutable and thread-safe.
 */
public final class DefaultDmpClient implements DmpClient {

  static final String ACTION_ITI41 = "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b";
  static final String ACTION_ITI18 = "urn:ihe:iti:2007:RegistryStoredQuery";
  static final String ACTION_ITI43 = "urn:ihe:iti:2007:RetrieveDocumentSet";
  static final String ACTION_ITI57 = "urn:ihe:iti:2010:UpdateDocumentSet";
  static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
  static final String FAILURE = "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure";

  private final HttpTransport transport;
  private final DmpEndpoints endpoints;
  private final Environment environment;
  private final VihfIssuer vihf;
  private final String sourceId;
  private final SubmissionCheck check;
  private final int maxFeedAttempts;
  private final int maxEnvelopeBytes;
  private final SoapExchange soap;
  private final SubmissionSetSigner signer;

  /**
   * Creates the client; use {@link DmpClient#builder()}.
   *
   * @param transport the transport
   * @param endpoints the endpoints
   * @param environment the environment
   * @param vihf the VIHF issuer
   * @param sourceId the sending system's OID, or null
   * @param check the pre-send check
   * @param maxFeedAttempts the attempts of a feed
   * @param maxEnvelopeBytes the reply envelope limit
   * @param signer the XAdES signer of submission sets, or null
   */
  public DefaultDmpClient(HttpTransport transport, DmpEndpoints endpoints, Environment environment,
      VihfIssuer vihf, String sourceId, SubmissionCheck check, int maxFeedAttempts,
      int maxEnvelopeBytes, SubmissionSetSigner signer) {
    this.transport = transport;
    this.endpoints = endpoints;
    this.environment = environment;
    this.vihf = vihf;
    this.sourceId = sourceId;
    this.check = check;
    this.maxFeedAttempts = maxFeedAttempts;
    this.maxEnvelopeBytes = maxEnvelopeBytes;
    this.soap = new SoapExchange(transport, maxEnvelopeBytes);
    this.signer = signer;
  }

  @Override
  public DmpStatus dmpStatus(ActingIdentity who, Ins patient) {
    requireEnvironment(patient);
    return plainCall("TD0.2", endpoints.patients(), PatientsWire.ACTION_TD02, who, patient,
        PatientsWire.td02Request(patient, sourceId, Instant.now()),
        reply -> PatientsWire.td02Reply(reply.envelope().bodyElement(), () -> raw(reply)));
  }

  @Override
  public AccessAuthorization setAuthorization(ActingIdentity who, Ins patient,
      AuthorizationAction action) {
    Objects.requireNonNull(action, "action");
    requireEnvironment(patient);
    return plainCall("setAuthorization", endpoints.habilitations(),
        PatientsWire.ACTION_SET_AUTHORIZATION, who, patient,
        PatientsWire.setAuthorizationRequest(action),
        reply -> PatientsWire.setAuthorizationReply(reply.envelope().bodyElement()));
  }

  /** One plain (non-MTOM), idempotent request whose reply is read whole then closed. */
  private <T> T plainCall(String op, java.net.URI uri, String action, ActingIdentity who,
      Ins patient, SoapWriter.BodyContent body,
      java.util.function.Function<IncomingMessage, T> read) {
    try (IncomingMessage reply = soap.call(uri, action, vihf.issue(who, patient), body,
        List.of(), true)) {
      return read.apply(reply);
    } catch (IOException e) {
      throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
          "the " + op + " reply could not be closed", e, true);
    }
  }

  @Override
  public SubmitResult submit(ActingIdentity who, PatientIdentity patient,
      SubmissionRequest unsigned) {
    Ins ins = patient.requireQualifiedIns(DmpErrors.INS_NOT_QUALIFIED, "feed the DMP");
    requireEnvironment(ins);
    ValidationReport report = check.check(unsigned, ins);
    if (!report.isValid()) {
      throw new ValidationException(DmpErrors.METADATA_INVALID,
          "the submission (refused before sending)", report);
    }
    // Signed once: every attempt sends the same bytes, so a re-send is the same submission.
    SubmissionRequest request = signer == null ? unsigned : signer.sign(unsigned);
    List<String> uniqueIds = request.documentEntries().stream()
        .map(e -> e.uniqueId().orElse("")).collect(Collectors.toList());
    List<Attachment> attachments = new ArrayList<>();
    Map<String, String> cidByEntry = new HashMap<>();
    for (DocumentEntry e : request.documentEntries()) {
      DocumentContent c = request.content(e.entryUuid()).orElseThrow();
      String cid = Mime.newContentId("doc" + attachments.size());
      cidByEntry.put(e.entryUuid(), cid);
      attachments.add(Attachment.of(cid, "application/octet-stream", c::openStream));
    }
    SoapWriter.BodyContent body = w -> provideAndRegister(w, request, cidByEntry);
    EparcoursException lastFailure = null;
    for (int attempt = 1; attempt <= maxFeedAttempts; attempt++) {
      try (IncomingMessage reply = soap.call(endpoints.repository(), ACTION_ITI41,
          vihf.issue(who, ins), body, attachments, false)) {
        RegistryResponse rr = registryResponse(reply.envelope().bodyElement());
        return result("ITI-41", who, rr, reply, attempt, false, uniqueIds);
      } catch (IOException e) {
        lastFailure = new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
            "the ITI-41 reply could not be closed", e, true);
      } catch (DmpRegistryException e) {
        throw e;
      } catch (EparcoursException e) {
        if (SoapExchange.neverSent(e)) {
          lastFailure = e;
          continue;
        }
        if (!SoapExchange.outcomeUnknown(e)) {
          throw e;
        }
        lastFailure = e;
      }
      // The reply was lost: ask the registry before sending anything again.
      List<DocumentEntry> found;
      try {
        found = getDocumentsByUniqueId(who, ins, uniqueIds);
      } catch (EparcoursException checkFailure) {
        throw new EparcoursClientException(DmpErrors.FEED_OUTCOME_UNKNOWN, "the ITI-41 reply was "
            + "lost (" + lastFailure.code() + ") and checking the uniqueIds failed too ("
            + checkFailure.code() + "); query the documents by uniqueId before sending again",
            lastFailure, false);
      }
      long registered = found.stream().map(d -> d.uniqueId().orElse(""))
          .filter(uniqueIds::contains).distinct().count();
      if (registered == uniqueIds.size()) {
        return new SubmitResult(
            "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success", List.of(), attempt,
            true, uniqueIds);
      }
      if (registered > 0) {
        throw new EparcoursClientException(DmpErrors.FEED_PARTIALLY_REGISTERED, "the ITI-41 reply "
            + "was lost and only " + registered + " of " + uniqueIds.size() + " documents are "
            + "registered; do not send again as is: resubmit the missing ones", lastFailure, false);
      }
    }
    throw new EparcoursClientException(DmpErrors.FEED_OUTCOME_UNKNOWN, "the ITI-41 submission "
        + "was not registered after " + maxFeedAttempts + " attempts (last failure "
        + lastFailure.code() + "); nothing is registered, it may be sent again later",
        lastFailure, true);
  }

  private void requireEnvironment(Ins ins) {
    if (!environment.accepts(ins.authority())) {
      throw new EparcoursClientException(DmpErrors.INS_WRONG_ENVIRONMENT, "the patient's INS "
          + "authority " + ins.oid() + " is not accepted in the " + environment
          + " environment; use the INS of this environment (test INS on test platforms)");
    }
  }

  private static SubmitResult result(String op, ActingIdentity who, RegistryResponse rr,
      IncomingMessage reply, int attempt, boolean confirmed, List<String> uniqueIds) {
    if (FAILURE.equals(rr.status())) {
      throw refused(op, who, rr.errors(), reply);
    }
    return new SubmitResult(rr.status(), rr.errors(), attempt, confirmed, uniqueIds);
  }

  /** The typed exception of a Failure: an access refusal apart, so that it names its fix. */
  private static DmpRegistryException refused(String op, ActingIdentity who,
      List<RegistryError> errors, IncomingMessage reply) {
    return DmpAccessDeniedException.isAccessRefusal(errors)
        ? new DmpAccessDeniedException(op, who.accessMode(), errors, raw(reply))
        : new DmpRegistryException(op, errors, raw(reply));
  }

  private static String raw(IncomingMessage reply) {
    return new String(DmpXml.toBytes(reply.envelope().document()), StandardCharsets.UTF_8);
  }

  private static void provideAndRegister(XMLStreamWriter w, SubmissionRequest request,
      Map<String, String> cidByEntry) throws XMLStreamException {
    w.writeStartElement("xdsb", "ProvideAndRegisterDocumentSetRequest", SoapNamespaces.XDS_B);
    w.writeNamespace("xdsb", SoapNamespaces.XDS_B);
    EbRim.writeSubmitObjectsRequest(request, w);
    for (DocumentEntry e : request.documentEntries()) {
      w.writeStartElement("xdsb", "Document", SoapNamespaces.XDS_B);
      w.writeAttribute("id", e.entryUuid());
      w.writeStartElement("xop", "Include", SoapNamespaces.XOP);
      w.writeNamespace("xop", SoapNamespaces.XOP);
      w.writeAttribute("href", Mime.cidHref(cidByEntry.get(e.entryUuid())));
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static RegistryResponse registryResponse(Element e) {
    if (!"RegistryResponse".equals(e.getLocalName())
        || !SoapNamespaces.RS.equals(e.getNamespaceURI())) {
      throw new EparcoursClientException(DmpErrors.UNEXPECTED_REPLY, "the reply carries "
          + e.getLocalName() + " where a RegistryResponse was expected", null, false);
    }
    // Read from the DOM already parsed: a status and a flat list of attributes do not need
    // the envelope serialised again for a binder.
    List<RegistryError> errors = new ArrayList<>();
    Element list = Dom.child(e, SoapNamespaces.RS, "RegistryErrorList");
    if (list != null) {
      for (Element re : Dom.children(list, SoapNamespaces.RS, "RegistryError")) {
        errors.add(new RegistryError(re.getAttribute("errorCode"),
            re.getAttribute("codeContext"), re.getAttribute("severity"),
            re.getAttribute("location")));
      }
    }
    return RegistryResponse.of(e.getAttribute("status"), errors);
  }

  @Override
  public List<DocumentEntry> findDocuments(ActingIdentity who, FindDocumentsQuery query) {
    Map<String, List<String>> params = new java.util.LinkedHashMap<>();
    params.put("$XDSDocumentEntryPatientId", List.of(quote(query.patient().toCx())));
    params.put("$XDSDocumentEntryStatus", List.of(list(query.statuses().stream()
        .map(AvailabilityStatus::value).collect(Collectors.toList()))));
    if (!query.typeCodes().isEmpty()) {
      params.put("$XDSDocumentEntryTypeCode", List.of(list(query.typeCodes().stream()
          .map(c -> c.code() + "^^" + c.system()).collect(Collectors.toList()))));
    }
    query.createdFrom().ifPresent(t -> params.put("$XDSDocumentEntryCreationTimeFrom",
        List.of(t.value())));
    query.createdBefore().ifPresent(t -> params.put("$XDSDocumentEntryCreationTimeTo",
        List.of(t.value())));
    return storedQuery(who, query.patient(), FIND_DOCUMENTS, params);
  }

  @Override
  public List<DocumentEntry> getDocumentsByUniqueId(ActingIdentity who, Ins patient,
      List<String> uniqueIds) {
    return storedQuery(who, patient, GET_DOCUMENTS,
        Map.of("$XDSDocumentEntryUniqueId", List.of(list(uniqueIds))));
  }

  @Override
  public List<DocumentEntry> getDocumentsByEntryUuid(ActingIdentity who, Ins patient,
      List<String> entryUuids) {
    return storedQuery(who, patient, GET_DOCUMENTS,
        Map.of("$XDSDocumentEntryEntryUUID", List.of(list(entryUuids))));
  }

  private static String quote(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  private static String list(List<String> values) {
    return values.stream().map(DefaultDmpClient::quote).collect(Collectors.joining(",", "(", ")"));
  }

  private List<DocumentEntry> storedQuery(ActingIdentity who, Ins patient, String queryId,
      Map<String, List<String>> params) {
    SoapWriter.BodyContent body = w -> {
      w.writeStartElement("query", "AdhocQueryRequest", SoapNamespaces.QUERY);
      w.writeNamespace("query", SoapNamespaces.QUERY);
      w.writeNamespace("rim", SoapNamespaces.RIM);
      w.writeStartElement("query", "ResponseOption", SoapNamespaces.QUERY);
      w.writeAttribute("returnComposedObjects", "true");
      w.writeAttribute("returnType", "LeafClass");
      w.writeEndElement();
      w.writeStartElement("rim", "AdhocQuery", SoapNamespaces.RIM);
      w.writeAttribute("id", queryId);
      for (Map.Entry<String, List<String>> p : params.entrySet()) {
        w.writeStartElement("rim", "Slot", SoapNamespaces.RIM);
        w.writeAttribute("name", p.getKey());
        w.writeStartElement("rim", "ValueList", SoapNamespaces.RIM);
        for (String v : p.getValue()) {
          w.writeStartElement("rim", "Value", SoapNamespaces.RIM);
          w.writeCharacters(v);
          w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeEndElement();
    };
    try (IncomingMessage reply = soap.call(endpoints.registry(), ACTION_ITI18,
        vihf.issue(who, patient), body, List.of(), true)) {
      Element e = reply.envelope().bodyElement();
      if (!"AdhocQueryResponse".equals(e.getLocalName())) {
        throw new EparcoursClientException(DmpErrors.UNEXPECTED_REPLY, "the ITI-18 reply carries "
            + e.getLocalName() + " instead of AdhocQueryResponse", null, false);
      }
      QueryResponse qr = EbRim.readAdhocQueryResponse(new ByteArrayInputStream(DmpXml.toBytes(e)));
      if (FAILURE.equals(qr.status().status())) {
        throw refused("ITI-18", who, qr.status().errors(), reply);
      }
      return qr.documentEntries();
    } catch (IOException e) {
      throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
          "the ITI-18 reply could not be closed", e, true);
    }
  }

  @Override
  public RetrievedDocuments retrieve(ActingIdentity who, Ins patient,
      List<DocumentEntry> entries) {
    SoapWriter.BodyContent body = w -> {
      w.writeStartElement("xdsb", "RetrieveDocumentSetRequest", SoapNamespaces.XDS_B);
      w.writeNamespace("xdsb", SoapNamespaces.XDS_B);
      for (DocumentEntry e : entries) {
        w.writeStartElement("xdsb", "DocumentRequest", SoapNamespaces.XDS_B);
        xdsb(w, "RepositoryUniqueId", e.repositoryUniqueId().orElseThrow(() ->
            new EparcoursClientException(DmpErrors.DOCUMENT_NOT_FOUND, "an entry to retrieve has "
                + "no repositoryUniqueId; use the entries returned by findDocuments")));
        xdsb(w, "DocumentUniqueId", e.uniqueId().orElseThrow(() ->
            new EparcoursClientException(DmpErrors.DOCUMENT_NOT_FOUND,
                "an entry to retrieve has no uniqueId")));
        w.writeEndElement();
      }
      w.writeEndElement();
    };
    IncomingMessage reply = soap.call(endpoints.repository(), ACTION_ITI43,
        vihf.issue(who, patient), body, List.of(), true);
    try {
      Element resp = reply.envelope().bodyElement();
      Element rrEl = Dom.child(resp, SoapNamespaces.RS, "RegistryResponse");
      if (!"RetrieveDocumentSetResponse".equals(resp.getLocalName()) || rrEl == null) {
        throw new EparcoursClientException(DmpErrors.UNEXPECTED_REPLY, "the ITI-43 reply is not "
            + "a RetrieveDocumentSetResponse with a RegistryResponse", null, false);
      }
      RegistryResponse rr = registryResponse(rrEl);
      if (FAILURE.equals(rr.status())) {
        throw refused("ITI-43", who, rr.errors(), reply);
      }
      Map<String, String[]> byCid = new HashMap<>();
      for (Element dr : Dom.children(resp, SoapNamespaces.XDS_B, "DocumentResponse")) {
        Element doc = Dom.child(dr, SoapNamespaces.XDS_B, "Document");
        Element inc = doc == null ? null : Dom.child(doc, SoapNamespaces.XOP, "Include");
        if (inc == null) {
          throw new EparcoursClientException(DmpErrors.MTOM_MALFORMED, "an ITI-43 document is "
              + "not sent as an MTOM attachment (xop:Include)", null, false);
        }
        byCid.put(Mime.contentIdOf(inc.getAttribute("href")), new String[] {
            text(dr, "RepositoryUniqueId"), text(dr, "DocumentUniqueId"), text(dr, "mimeType")});
      }
      return new Retrieved(reply, byCid, rr.errors());
    } catch (RuntimeException e) {
      try {
        reply.close();
      } catch (IOException ignored) {
        // reporting e matters more
      }
      throw e;
    }
  }

  private static String text(Element parent, String name) {
    Element e = Dom.child(parent, SoapNamespaces.XDS_B, name);
    return e == null ? "" : e.getTextContent().trim();
  }

  private static void xdsb(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeStartElement("xdsb", name, SoapNamespaces.XDS_B);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  /** The streamed documents of one ITI-43 reply. */
  private static final class Retrieved implements RetrievedDocuments {
    private final IncomingMessage reply;
    private final Map<String, String[]> byCid;
    private final List<RegistryError> errors;

    Retrieved(IncomingMessage reply, Map<String, String[]> byCid, List<RegistryError> errors) {
      this.reply = reply;
      this.byCid = byCid;
      this.errors = List.copyOf(errors);
    }

    @Override
    public Optional<RetrievedDocument> next() {
      Optional<MultipartReader.Part> part = reply.nextAttachment();
      if (part.isEmpty()) {
        return Optional.empty();
      }
      String[] meta = byCid.get(part.get().contentId().orElse(""));
      if (meta == null) {
        throw new EparcoursClientException(DmpErrors.MTOM_MALFORMED, "an ITI-43 attachment is "
            + "referenced by no DocumentResponse", null, false);
      }
      return Optional.of(new RetrievedDocument(meta[0], meta[1], meta[2], part.get().body()));
    }

    @Override
    public List<RegistryError> errors() {
      return errors;
    }

    @Override
    public void close() {
      try {
        reply.close();
      } catch (IOException ignored) {
        // closing a finished exchange has no consequence for the caller
      }
    }
  }

  @Override
  public void updateStatus(ActingIdentity who, Ins patient, DocumentEntry entry,
      AvailabilityStatus newStatus) {
    SubmissionSet ss = updateSet(patient);
    Association a = Association.builder().entryUuid(XdsIds.newEntryUuid())
        .type(AssociationType.UPDATE_AVAILABILITY_STATUS).sourceUuid(ss.entryUuid())
        .targetUuid(entry.entryUuid())
        .originalStatus(entry.availabilityStatus().orElse(AvailabilityStatus.APPROVED))
        .newStatus(newStatus).build();
    update(who, patient, SubmissionRequest.builder().submissionSet(ss).addAssociation(a)
        .build());
  }

  @Override
  public void updateConfidentiality(ActingIdentity who, Ins patient, DocumentEntry current,
      List<io.github.eparcours.core.code.Code> confidentialityCodes) {
    SubmissionSet ss = updateSet(patient);
    // A new version: same logical id, registry-assigned fields left to the registry.
    DocumentEntry next = current.toBuilder().entryUuid(XdsIds.newEntryUuid())
        .logicalId(current.logicalId().orElse(current.entryUuid())).version(null)
        .availabilityStatus(null).confidentialityCodes(confidentialityCodes).build();
    Association member = Association.hasMember(ss.entryUuid(), next.entryUuid()).toBuilder()
        .extraSlot("PreviousVersion", List.of(current.version().orElse("1"))).build();
    update(who, patient, SubmissionRequest.builder().submissionSet(ss).addDocumentEntry(next)
        .addAssociation(member).build());
  }

  private SubmissionSet updateSet(Ins patient) {
    if (sourceId == null) {
      throw new IllegalStateException("an ITI-57 update needs the sending system's OID: set "
          + "DmpClient.builder().sourceId(...)");
    }
    return SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid())
        .uniqueId(XdsIds.newUniqueId()).sourceId(sourceId).patientId(Cx.parse(patient.toCx()))
        .submissionTime(XdsTime.of(Instant.now())).build();
  }

  private void update(ActingIdentity who, Ins patient, SubmissionRequest request) {
    try (IncomingMessage reply = soap.call(endpoints.registry(), ACTION_ITI57,
        vihf.issue(who, patient), w -> EbRim.writeSubmitObjectsRequest(request, w), List.of(),
        false)) {
      result("ITI-57", who, registryResponse(reply.envelope().bodyElement()), reply, 1, false,
          List.of());
    } catch (IOException e) {
      throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
          "the ITI-57 reply could not be closed", e, true);
    }
  }

  @Override
  public DmpClient.Builder toBuilder() {
    return DmpClient.builder().transport(transport).endpoints(endpoints).environment(environment)
        .vihfIssuer(vihf).sourceId(sourceId).submissionCheck(check)
        .maxFeedAttempts(maxFeedAttempts).maxEnvelopeBytes(maxEnvelopeBytes)
        .submissionSigner(signer);
  }

  @Override
  public void close() {
    // The transport is shared and owned by the caller.
  }

  @Override
  public String toString() {
    return "DmpClient[" + endpoints.registry().getHost() + ", " + environment + "]";
  }

}
