package io.github.eparcours.testkit.dmp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.dmp.DmpAccessDeniedException;
import io.github.eparcours.dmp.DmpState;
import io.github.eparcours.dmp.internal.Dom;
import io.github.eparcours.dmp.internal.PatientsWire;
import io.github.eparcours.dmp.soap.Attachment;
import io.github.eparcours.dmp.soap.IncomingMessage;
import io.github.eparcours.dmp.soap.Mime;
import io.github.eparcours.dmp.soap.MtomWriter;
import io.github.eparcours.dmp.soap.SoapMessage;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.soap.SoapWriter;
import io.github.eparcours.dmp.soap.WsAddressing;
import io.github.eparcours.dmp.vihf.VerifiedVihf;
import io.github.eparcours.dmp.vihf.VihfAttributes;
import io.github.eparcours.dmp.vihf.VihfVerifier;
import io.github.eparcours.dmp.xades.SubmissionSetVerifier;
import io.github.eparcours.testkit.dmp.internal.FakePatients;
import io.github.eparcours.testkit.dmp.internal.FakeRegistry;
import io.github.eparcours.testkit.dmp.internal.RegistryOutcome;
import io.github.eparcours.testkit.dmp.internal.Replies;
import io.github.eparcours.testkit.dmp.internal.SignatureCheck;
import io.github.eparcours.testkit.dmp.internal.StoredContent;
import io.github.eparcours.testkit.dmp.internal.Xds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.w3c.dom.Element;

/**
 * A fake DMP: a real HTTPS server on loopback that requires a client certificate and speaks the
 * DMP's SOAP 1.2 / MTOM, with an in-memory registry and repository.
 *
 * <p>It verifies the VIHF of every request (signature, trusted signer, validity, required
 * attributes) and the XAdES signature of submission sets, applies the XDS and DMP rules,
 * answers TD0.2 and setAuthorization from its per-patient DMP state and authorisations, answers
 * with the registry errors a real DMP would, enforces delete-by-author and masking, records
 * every request, and injects scripted faults. Endpoints follow the DMP layout:
 * {@code <base>/registry}, {@code /repository}, {@code /patients}, {@code /habilitations}.
 *
 * <p><b>Access authorisation</b>, as the DMP applies it to a patient who has a DMP: a feed
 * (ITI-41), query (ITI-18), retrieval (ITI-43) or update (ITI-57) is refused with the registry
 * error {@value #ACCESS_DENIED} unless the acting subject (VIHF NameID: the professional, or the
 * automaton acting for its structure) has been authorised for that patient in that structure
 * ({@code Identifiant_Structure}) with {@code setAuthorization}, as vendors do once the patient
 * agreed. Without authorisation, emergency access (VIHF purposeofuse {@code bris_de_glace} or
 * {@code centre_de_regulation}) may query and retrieve, unless the patient opposed it
 * ({@link #opposeEmergencyAccess}); it never feeds nor updates. Being the author of a document
 * gives no access by itself: it is required on top of the authorisation to delete the document,
 * and lets its author see it while it is masked to professionals. Every request sees only the
 * patient its VIHF names (resource-id). The error code the real DMP answers is not public:
 * {@value #ACCESS_DENIED} is the fake's, to be confirmed on the DMP test platform.
 *
 * <p>Thread-safe. Start it with {@link Builder#start()}, stop it with {@link #close()}.
 */
public final class FakeDmp implements AutoCloseable {

  /**
   * The registry error code of a refusal for lack of access authorisation (the same as
   * {@link DmpAccessDeniedException#ACCESS_DENIED}, which the client maps to
   * {@link DmpAccessDeniedException}).
   */
  public static final String ACCESS_DENIED = DmpAccessDeniedException.ACCESS_DENIED;

  /** The base path of the services. */
  public static final String BASE_PATH = "/si-dmp-server/v2/services";
  private static final int MAX_ENVELOPE = 32 * 1024 * 1024;

  private final HttpsServer server;
  private final ExecutorService executor;
  private final VihfVerifier verifier;
  private final FakeRegistry registry;
  private final FakePatients patients;
  private final SignatureCheck signatures;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<FakeDmpFault> queuedFaults = new ConcurrentLinkedQueue<>();
  private volatile Function<String, FakeDmpFault> faultPolicy = action -> null;

  private FakeDmp(Builder b) throws IOException {
    this.verifier = VihfVerifier.of(b.vihfTrust, b.clock);
    this.registry = new FakeRegistry(b.acceptedInsOids, b.repositoryUniqueId);
    this.patients = new FakePatients(b.clock);
    this.signatures = new SignatureCheck(SubmissionSetVerifier.of(b.vihfTrust),
        b.requireSignedSubmissions);
    b.openDmps.forEach(cx -> patients.state(cx, DmpState.OPEN));
    this.server = HttpsServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    SSLContext ssl = b.sslContext;
    server.setHttpsConfigurator(new HttpsConfigurator(ssl) {
      @Override
      public void configure(HttpsParameters params) {
        SSLParameters p = ssl.getDefaultSSLParameters();
        p.setNeedClientAuth(true);
        params.setSSLParameters(p);
      }
    });
    this.executor = Executors.newFixedThreadPool(b.threads, r -> {
      Thread t = new Thread(r, "fake-dmp");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext(BASE_PATH, this::handle);
    server.start();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the base URL of the services ({@code https://localhost:<port>/si-dmp-server/v2/services}).
   *
   * @return the URL
   */
  public URI baseUri() {
    return URI.create("https://localhost:" + server.getAddress().getPort() + BASE_PATH);
  }

  /**
   * Opens a DMP for a patient (the fake refuses feeds for patients without a DMP).
   *
   * @param patientCx the patient's INS in CX form
   */
  public void openDmp(String patientCx) {
    patients.state(patientCx, DmpState.OPEN);
  }

  /**
   * Closes a patient's DMP: TD0.2 then answers it closed, feeds and authorisations are refused.
   *
   * @param patientCx the patient's INS in CX form
   */
  public void closeDmp(String patientCx) {
    patients.state(patientCx, DmpState.CLOSED);
  }

  /**
   * Tells whether the patient has authorised a professional (or automaton) of a structure, as
   * given by {@code setAuthorization}.
   *
   * @param patientCx the patient's INS in CX form
   * @param structureId the structure's {@code Identifiant_Structure}
   * @param subjectId the VIHF subject (NameID) of the professional or automaton
   * @return true if authorised
   */
  public boolean hasAuthorization(String patientCx, String structureId, String subjectId) {
    return patients.isAuthorized(patientCx, structureId, subjectId);
  }

  /**
   * Records that the patient opposed emergency access to his DMP (or withdraws the
   * opposition): emergency access modes are then refused like any access without
   * authorisation.
   *
   * @param patientCx the patient's INS in CX form
   * @param opposed true to oppose
   */
  public void opposeEmergencyAccess(String patientCx, boolean opposed) {
    patients.opposeEmergencyAccess(patientCx, opposed);
  }

  /**
   * Tells whether the patient has a DMP.
   *
   * @param patientCx the INS in CX form
   * @return true if open
   */
  public boolean hasDmp(String patientCx) {
    return patients.isOpen(patientCx);
  }

  /**
   * Injects a fault into the next request.
   *
   * @param fault the fault
   */
  public void enqueueFault(FakeDmpFault fault) {
    queuedFaults.add(Objects.requireNonNull(fault, "fault"));
  }

  /**
   * Sets a policy choosing a fault (or null) for each request by its Action; queued faults come
   * first.
   *
   * @param policy the policy; must be thread-safe
   */
  public void faultPolicy(Function<String, FakeDmpFault> policy) {
    this.faultPolicy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Returns every request received so far.
   *
   * @return the requests, in arrival order
   */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    requests.clear();
  }

  /**
   * Returns how many current (Approved or Archived) entries carry this uniqueId.
   *
   * @param uniqueId the document uniqueId
   * @return the count
   */
  public long registeredCount(String uniqueId) {
    return registry.entries().stream().filter(e -> e.uniqueId().equals(uniqueId)
        && !Xds.DEPRECATED.equals(e.status())).count();
  }

  /**
   * Returns the availability status of the current version of a document.
   *
   * @param uniqueId the document uniqueId
   * @return the status URN, or null if unknown
   */
  public String statusOf(String uniqueId) {
    String status = null;
    for (FakeRegistry.Entry e : registry.entries()) {
      if (e.uniqueId().equals(uniqueId)) {
        status = e.status();
      }
    }
    return status;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      serve(ex);
    } catch (RuntimeException | IOException e) {
      // A fault or a broken client connection: the exchange is closed, nothing else to do.
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String service = path.substring(path.lastIndexOf('/') + 1);
    String contentType = ex.getRequestHeaders().getFirst("Content-Type");
    String clientSubject = clientSubject(ex);
    if (!"POST".equals(ex.getRequestMethod())) {
      ex.sendResponseHeaders(405, -1);
      return;
    }
    IncomingMessage in;
    try {
      in = IncomingMessage.read(contentType, ex.getRequestBody(), MAX_ENVELOPE);
    } catch (EparcoursException e) {
      record(path, contentType, "", "", clientSubject, null, e.code().value(), new byte[0],
          List.of(), null);
      fault(ex, "", "env:Sender", null, null, "the request is not a SOAP 1.2 message");
      return;
    }
    try (in) {
      SoapMessage env = in.envelope();
      String action = env.action().orElse("");
      String messageId;
      try {
        messageId = env.addressing().messageId();
      } catch (EparcoursException e) {
        record(path, contentType, action, "", clientSubject, null, e.code().value(), new byte[0],
            List.of(), null);
        fault(ex, "", "env:Sender", "wsa:MessageAddressingHeaderRequired", SoapNamespaces.WSA,
            "the WS-Addressing Action and MessageID headers are required");
        return;
      }
      Map<String, StoredContent> attachments = new HashMap<>();
      List<Long> sizes = new ArrayList<>();
      for (var part = in.nextAttachment(); part.isPresent(); part = in.nextAttachment()) {
        StoredContent c = StoredContent.read(part.get().body());
        attachments.put(part.get().contentId().orElse(""), c);
        sizes.add(c.size());
      }
      VerifiedVihf vihf = null;
      String vihfError = "";
      try {
        Element assertion = env.securityAssertion().orElseThrow(() -> new IllegalStateException(
            "no VIHF"));
        vihf = verifier.verify(assertion);
      } catch (EparcoursException e) {
        vihfError = e.code().value();
      } catch (IllegalStateException e) {
        vihfError = "missing";
      }
      FakeDmpFault fault = queuedFaults.poll();
      if (fault == null) {
        fault = faultPolicy.apply(action);
      }
      record(path, contentType, action, messageId, clientSubject, vihf, vihfError,
          env.document() == null ? new byte[0] : io.github.eparcours.dmp.internal.DmpXml.toBytes(
              env.document()), sizes, fault);
      if (fault != null && fault.phase() == FakeDmpFault.Phase.BEFORE && inject(ex, fault,
          messageId, action)) {
        return;
      }
      if (vihf == null) {
        fault(ex, messageId, "env:Sender", "wsse:InvalidSecurity", SoapNamespaces.WSSE,
            "the VIHF is missing or invalid (" + vihfError + ")");
        return;
      }
      Reply reply = process(service, action, env, attachments, vihf);
      if (fault != null && fault.phase() == FakeDmpFault.Phase.AFTER && inject(ex, fault,
          messageId, action)) {
        return;
      }
      if (reply.soapFault != null) {
        send(ex, reply.status, messageId, action + "Response", reply.soapFault, List.of());
      } else {
        send(ex, 200, messageId, action + "Response", reply.body, reply.attachments);
      }
    }
  }

  private record Reply(int status, Element body, Element soapFault, List<Attachment> attachments) {
    static Reply of(Element body) {
      return new Reply(200, body, null, List.of());
    }
  }

  private Reply process(String service, String action, SoapMessage env,
      Map<String, StoredContent> attachments, VerifiedVihf vihf) {
    FakeRegistry.Caller caller = new FakeRegistry.Caller(vihf.subjectId(),
        vihf.first(VihfAttributes.STRUCTURE_ID).orElse(""),
        vihf.first(VihfAttributes.RESOURCE_ID).orElse(null),
        vihf.first(VihfAttributes.PURPOSE_OF_USE).map(v -> v.split("\\^", 2)[0]).orElse(""));
    Element body = env.bodyElement();
    switch (action) {
      case Xds.ACTION_ITI41:
        if (!service.equals("repository")) {
          break;
        }
        return Reply.of(Replies.registryResponse(provide(body, attachments, caller)));
      case Xds.ACTION_ITI18: {
        if (!service.equals("registry")) {
          break;
        }
        Element q = Dom.child(body, SoapNamespaces.RIM, "AdhocQuery");
        RegistryOutcome out = new RegistryOutcome();
        if (q == null) {
          out.error("XDSRegistryError", "AdhocQuery is missing", "");
          return Reply.of(Replies.queryResponse(List.of(), out, true));
        }
        Element opts = Dom.child(body, SoapNamespaces.QUERY, "ResponseOption");
        boolean leaf = opts == null || "LeafClass".equals(opts.getAttribute("returnType"));
        if (refused(out, caller, true)) {
          return Reply.of(Replies.queryResponse(List.of(), out, leaf));
        }
        var found = registry.query(q, caller, out);
        return Reply.of(Replies.queryResponse(found, out, leaf));
      }
      case Xds.ACTION_ITI43:
        if (!service.equals("repository")) {
          break;
        }
        return retrieve(body, caller);
      case PatientsWire.ACTION_TD02:
        if (!service.equals("patients")) {
          break;
        }
        return Reply.of(patients.td02(body, caller));
      case PatientsWire.ACTION_SET_AUTHORIZATION: {
        if (!service.equals("habilitations")) {
          break;
        }
        Element r = patients.setAuthorization(body, caller);
        return "Fault".equals(r.getLocalName()) ? new Reply(500, null, r, List.of())
            : Reply.of(r);
      }
      case Xds.ACTION_ITI57:
        if (!service.equals("registry")) {
          break;
        }
        RegistryOutcome refusal = new RegistryOutcome();
        return Reply.of(Replies.registryResponse(refused(refusal, caller, false) ? refusal
            : registry.update(body, caller)));
      default:
        break;
    }
    return new Reply(500, null, Replies.fault("env:Sender", "wsa:ActionNotSupported",
        SoapNamespaces.WSA, "the action is not supported on the " + service + " endpoint"),
        List.of());
  }

  private RegistryOutcome provide(Element body, Map<String, StoredContent> attachments,
      FakeRegistry.Caller caller) {
    Element sor = Dom.child(body, SoapNamespaces.LCM, "SubmitObjectsRequest");
    if (sor == null) {
      return new RegistryOutcome().error("XDSRepositoryError",
          "SubmitObjectsRequest is missing", "");
    }
    Map<String, StoredContent> byEntry = new HashMap<>();
    for (Element doc : Dom.children(body, SoapNamespaces.XDS_B, "Document")) {
      Element inc = Dom.child(doc, SoapNamespaces.XOP, "Include");
      StoredContent c = inc == null ? null
          : attachments.get(Mime.contentIdOf(inc.getAttribute("href")));
      if (c == null) {
        return new RegistryOutcome().error("XDSMissingDocument",
            "a Document references no attached part", doc.getAttribute("id"));
      }
      byEntry.put(doc.getAttribute("id"), c);
    }
    if (caller.patientResourceId() != null && (!patients.isOpen(caller.patientResourceId())
        || !registry.acceptsPatientId(caller.patientResourceId()))) {
      return new RegistryOutcome().error("XDSUnknownPatientId",
          "the patient has no open DMP", "");
    }
    RegistryOutcome refusal = new RegistryOutcome();
    if (refused(refusal, caller, false)) {
      documentsDiscarded(byEntry);
      return refusal;
    }
    RegistryOutcome signature = signatures.check(sor, byEntry);
    if (!signature.ok()) {
      return signature;
    }
    return registry.provideAndRegister(sor, byEntry, caller);
  }

  private Reply retrieve(Element body, FakeRegistry.Caller caller) {
    org.w3c.dom.Document d = io.github.eparcours.dmp.internal.DmpXml.newDocument();
    Element resp = d.createElementNS(SoapNamespaces.XDS_B, "xdsb:RetrieveDocumentSetResponse");
    d.appendChild(resp);
    RegistryOutcome out = new RegistryOutcome();
    List<Attachment> atts = new ArrayList<>();
    List<Element> docs = new ArrayList<>();
    if (refused(out, caller, true)) {
      resp.appendChild(Replies.registryResponse(d, out, false));
      return new Reply(200, resp, null, atts);
    }
    for (Element req : Dom.children(body, SoapNamespaces.XDS_B, "DocumentRequest")) {
      Element uidEl = Dom.child(req, SoapNamespaces.XDS_B, "DocumentUniqueId");
      Element repoEl = Dom.child(req, SoapNamespaces.XDS_B, "RepositoryUniqueId");
      String uid = uidEl == null ? "" : uidEl.getTextContent().trim();
      String repo = repoEl == null ? "" : repoEl.getTextContent().trim();
      if (!registry.repositoryUniqueId().equals(repo)) {
        out.error("XDSUnknownRepositoryId", "unknown repository", repo);
        continue;
      }
      var content = registry.content(uid, caller);
      if (content.isEmpty()) {
        out.error("XDSDocumentUniqueIdError", "no such document, or not visible", uid);
        continue;
      }
      String cid = Mime.newContentId("doc" + atts.size());
      StoredContent c = content.get();
      atts.add(Attachment.of(cid, "application/octet-stream", c::open));
      Element dr = d.createElementNS(SoapNamespaces.XDS_B, "xdsb:DocumentResponse");
      text(d, dr, "RepositoryUniqueId", repo);
      text(d, dr, "DocumentUniqueId", uid);
      text(d, dr, "mimeType", "text/xml");
      Element docEl = d.createElementNS(SoapNamespaces.XDS_B, "xdsb:Document");
      Element inc = d.createElementNS(SoapNamespaces.XOP, "xop:Include");
      inc.setAttribute("href", Mime.cidHref(cid));
      docEl.appendChild(inc);
      dr.appendChild(docEl);
      docs.add(dr);
    }
    resp.appendChild(Replies.registryResponse(d, out, !atts.isEmpty()));
    docs.forEach(resp::appendChild);
    return new Reply(200, resp, null, atts);
  }

  /** Adds the access refusal to {@code out}, if the access rules refuse the caller. */
  private boolean refused(RegistryOutcome out, FakeRegistry.Caller caller, boolean read) {
    String why = patients.accessRefusal(caller, read);
    if (why == null) {
      return false;
    }
    out.error(ACCESS_DENIED, why, "");
    return true;
  }

  private static void documentsDiscarded(Map<String, StoredContent> documents) {
    documents.values().forEach(StoredContent::discard);
  }

  private static void text(org.w3c.dom.Document d, Element parent, String name, String value) {
    Element e = d.createElementNS(SoapNamespaces.XDS_B, "xdsb:" + name);
    e.setTextContent(value);
    parent.appendChild(e);
  }

  /** Applies a fault; returns true if the exchange is finished. */
  private boolean inject(HttpExchange ex, FakeDmpFault fault, String messageId, String action)
      throws IOException {
    switch (fault.kind()) {
      case DELAY:
        sleep(fault.delay().toMillis());
        return false;
      case TIMEOUT:
        sleep(fault.delay().toMillis());
        throw new IOException("held past the client's time-out");
      case CONNECTION_RESET:
        throw new IOException("connection dropped on purpose");
      case HTTP_STATUS: {
        byte[] html = "<html><body>Service indisponible</body></html>"
            .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        if (fault.status() == 503) {
          ex.getResponseHeaders().set("Retry-After", "1");
        }
        ex.sendResponseHeaders(fault.status(), html.length);
        ex.getResponseBody().write(html);
        return true;
      }
      case SOAP_FAULT:
        fault(ex, messageId, fault.code(), null, null, fault.text());
        return true;
      case REGISTRY_ERROR:
        send(ex, 200, messageId, action + "Response", Replies.registryResponse(
            new RegistryOutcome().error(fault.code(), fault.text(), "")), List.of());
        return true;
      case MALFORMED_REPLY: {
        byte[] junk = "<env:Envelope><unclosed>".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", Mime.SOAP_XML + "; charset=UTF-8");
        ex.sendResponseHeaders(200, junk.length);
        ex.getResponseBody().write(junk);
        return true;
      }
      default:
        return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void fault(HttpExchange ex, String messageId, String code, String subcode,
      String subcodeNs, String reason) throws IOException {
    send(ex, 500, messageId.isEmpty() ? WsAddressing.newMessageId() : messageId,
        "http://www.w3.org/2005/08/addressing/soap/fault",
        Replies.fault(code, subcode, subcodeNs, reason), List.of());
  }

  private static void send(HttpExchange ex, int status, String relatesTo, String action,
      Element body, List<Attachment> attachments) throws IOException {
    WsAddressing wsa = WsAddressing.reply(action, relatesTo);
    if (attachments.isEmpty()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      SoapWriter.write(buf, wsa, null, SoapWriter.BodyContent.of(body));
      ex.getResponseHeaders().set("Content-Type", Mime.SOAP_XML + "; charset=UTF-8");
      ex.sendResponseHeaders(status, buf.size());
      buf.writeTo(ex.getResponseBody());
      return;
    }
    MtomWriter mtom = new MtomWriter(Mime.newBoundary(), Mime.newContentId("root"), action);
    ex.getResponseHeaders().set("Content-Type", mtom.contentType());
    ex.sendResponseHeaders(status, 0);
    OutputStream out = ex.getResponseBody();
    mtom.write(out, o -> SoapWriter.write(o, wsa, null, SoapWriter.BodyContent.of(body)),
        attachments);
  }

  private void record(String path, String contentType, String action, String messageId,
      String clientSubject, VerifiedVihf vihf, String vihfError, byte[] envelope, List<Long> sizes,
      FakeDmpFault fault) {
    requests.add(new RecordedRequest(path, contentType == null ? "" : contentType, action,
        messageId, clientSubject, vihf, vihfError, envelope, sizes, fault));
  }

  private static String clientSubject(HttpExchange ex) {
    if (ex instanceof HttpsExchange) {
      try {
        Certificate[] certs = ((HttpsExchange) ex).getSSLSession().getPeerCertificates();
        return ((X509Certificate) certs[0]).getSubjectX500Principal().getName();
      } catch (SSLPeerUnverifiedException e) {
        return "";
      }
    }
    return "";
  }

  /** Builder of {@link FakeDmp}; not thread-safe. */
  public static final class Builder {
    private SSLContext sslContext;
    private Predicate<X509Certificate> vihfTrust;
    private Clock clock = Clock.systemUTC();
    private Set<String> acceptedInsOids = Set.of("1.2.250.1.213.1.4.10", "1.2.250.1.213.1.4.11");
    private String repositoryUniqueId = "1.2.250.1.213.4.1.1.2";
    private final Set<String> openDmps = new HashSet<>();
    private boolean requireSignedSubmissions;
    private int threads = 8;

    private Builder() {}

    /**
     * Sets the server TLS context (its key manager holds the server certificate; its trust
     * manager decides which client certificates are accepted).
     *
     * @param sslContext the context
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    /**
     * Sets which VIHF signing certificates are trusted.
     *
     * @param trust the predicate
     * @return this builder
     */
    public Builder vihfTrust(Predicate<X509Certificate> trust) {
      this.vihfTrust = trust;
      return this;
    }

    /**
     * Trusts VIHF signing certificates issued by one of these CA certificates.
     *
     * @param issuers the CA certificates
     * @return this builder
     */
    public Builder vihfIssuers(X509Certificate... issuers) {
      List<X509Certificate> cas = List.of(issuers);
      this.vihfTrust = cert -> cas.stream().anyMatch(ca -> {
        try {
          cert.verify(ca.getPublicKey());
          return cert.getIssuerX500Principal().equals(ca.getSubjectX500Principal());
        } catch (java.security.GeneralSecurityException e) {
          return false;
        }
      });
      return this;
    }

    /**
     * Sets the clock for VIHF validity checks.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the INS authority OIDs accepted (default: test and demonstration INS).
     *
     * @param oids the OIDs
     * @return this builder
     */
    public Builder acceptedInsOids(Set<String> oids) {
      this.acceptedInsOids = Set.copyOf(oids);
      return this;
    }

    /**
     * Sets the repository unique id.
     *
     * @param oid the OID
     * @return this builder
     */
    public Builder repositoryUniqueId(String oid) {
      this.repositoryUniqueId = oid;
      return this;
    }

    /**
     * Opens a DMP for a patient from the start.
     *
     * @param patientCx the INS in CX form
     * @return this builder
     */
    public Builder openDmp(String patientCx) {
      openDmps.add(patientCx);
      return this;
    }

    /**
     * Refuses unsigned submissions, as the DMP does (default false, so that unsigned test
     * submissions can be fed). A submission that carries a XAdES signature is always verified:
     * signature, trusted signer (the VIHF trust), manifest digests of the set and every
     * document; a broken one is refused with {@code XDSRepositoryMetadataError}.
     *
     * @param required true to refuse unsigned submissions
     * @return this builder
     */
    public Builder requireSignedSubmissions(boolean required) {
      this.requireSignedSubmissions = required;
      return this;
    }

    /**
     * Sets the number of server threads (default 8).
     *
     * @param threads the count
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * Starts the server on a free loopback port.
     *
     * @return the running fake
     * @throws IllegalStateException if the TLS context or the VIHF trust is missing, or the
     *     server cannot start
     */
    public FakeDmp start() {
      if (sslContext == null || vihfTrust == null) {
        throw new IllegalStateException("FakeDmp needs sslContext(...) and vihfTrust(...) or "
            + "vihfIssuers(...)");
      }
      try {
        return new FakeDmp(this);
      } catch (IOException e) {
        throw new IllegalStateException("the fake DMP cannot listen on loopback", e);
      }
    }
  }
}
