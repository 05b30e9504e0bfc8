package io.github.eparcours.testkit.dmp.internal;

import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.internal.Dom;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The in-memory registry and repository of the fake DMP, applying the XDS and DMP rules a real
 * DMP applies: patient consistency, INS authority of the environment, required metadata,
 * unique ids, hash and size, replacement, status changes, delete by the author only, documents
 * masked to professionals other than their author.
 *
 * <p>Thread-safe: every operation runs under the registry's lock, so a submission is atomic.
 */
public final class FakeRegistry {

  private static final String RIM = SoapNamespaces.RIM;
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern INS_CX =
      Pattern.compile("^\\d{13}\\d{2}\\^\\^\\^&([0-9.]+)&ISO\\^NH$");
  private static final Map<String, String> REQUIRED_CLASSIFICATIONS = new LinkedHashMap<>();

  static {
    REQUIRED_CLASSIFICATIONS.put(Xds.CLASS_CODE, "classCode");
    REQUIRED_CLASSIFICATIONS.put(Xds.TYPE_CODE, "typeCode");
    REQUIRED_CLASSIFICATIONS.put(Xds.FORMAT_CODE, "formatCode");
    REQUIRED_CLASSIFICATIONS.put(Xds.CONFIDENTIALITY_CODE, "confidentialityCode");
    REQUIRED_CLASSIFICATIONS.put(Xds.FACILITY_TYPE_CODE, "healthcareFacilityTypeCode");
    REQUIRED_CLASSIFICATIONS.put(Xds.PRACTICE_SETTING_CODE, "practiceSettingCode");
    REQUIRED_CLASSIFICATIONS.put(Xds.DE_AUTHOR, "author");
  }

  /**
   * Who calls, as stated by the verified VIHF.
   *
   * @param subjectId the NameID
   * @param structureId the {@code Identifiant_Structure}
   * @param patientResourceId the patient's INS in CX form (resource-id), or null
   * @param accessMode the purposeofuse code, e.g. {@code normal}
   */
  public record Caller(String subjectId, String structureId, String patientResourceId,
      String accessMode) {}

  /** One version of a document entry. */
  public static final class Entry {
    final String entryUuid;
    final String lid;
    final String uniqueId;
    final String patientId;
    final String author;
    final List<String> confidentiality;
    final String typeCode;
    final String creationTime;
    final byte[] xml;
    final int version;
    String status;

    Entry(String entryUuid, String lid, int version, String uniqueId, String patientId,
        String author, List<String> confidentiality, String typeCode, String creationTime,
        byte[] xml) {
      this.entryUuid = entryUuid;
      this.version = version;
      this.lid = lid;
      this.uniqueId = uniqueId;
      this.patientId = patientId;
      this.author = author;
      this.confidentiality = List.copyOf(confidentiality);
      this.typeCode = typeCode;
      this.creationTime = creationTime;
      this.xml = xml;
      this.status = Xds.APPROVED;
    }

    /** @return the entryUUID */
    public String entryUuid() {
      return entryUuid;
    }

    /** @return the document uniqueId */
    public String uniqueId() {
      return uniqueId;
    }

    /** @return the availability status */
    public String status() {
      return status;
    }

    /** @return the confidentiality codes */
    public List<String> confidentiality() {
      return confidentiality;
    }

    /**
     * Returns the ExtrinsicObject as stored, with its registry-assigned id and status.
     *
     * @param into the document to import into
     * @return the element
     */
    public Element toElement(Document into) {
      Element eo = (Element) into.importNode(
          DmpXml.parse(xml, "a stored entry").getDocumentElement(), true);
      eo.setAttribute("status", status);
      return eo;
    }
  }

  private final Set<String> acceptedInsOids;
  private final String repositoryUniqueId;
  private final Map<String, Entry> byUuid = new LinkedHashMap<>();
  private final Map<String, StoredContent> contents = new HashMap<>();

  /**
   * Creates a registry.
   *
   * @param acceptedInsOids the INS authority OIDs accepted in this environment
   * @param repositoryUniqueId the repository's unique id
   */
  public FakeRegistry(Set<String> acceptedInsOids, String repositoryUniqueId) {
    this.acceptedInsOids = Set.copyOf(acceptedInsOids);
    this.repositoryUniqueId = repositoryUniqueId;
  }

  /**
   * Returns the repository unique id.
   *
   * @return the OID
   */
  public String repositoryUniqueId() {
    return repositoryUniqueId;
  }

  /**
   * Registers a submission (ITI-41).
   *
   * @param sor the SubmitObjectsRequest
   * @param documents the documents by ExtrinsicObject id
   * @param caller the caller
   * @return the outcome
   */
  public synchronized RegistryOutcome provideAndRegister(Element sor,
      Map<String, StoredContent> documents, Caller caller) {
    RegistryOutcome out = new RegistryOutcome();
    Element list = Dom.child(sor, RIM, "RegistryObjectList");
    if (list == null) {
      return out.error("XDSRegistryMetadataError", "RegistryObjectList is missing", "");
    }
    Element ss = submissionSet(list);
    if (ss == null) {
      return out.error("XDSRegistryMetadataError", "exactly one SubmissionSet is required", "");
    }
    String ssPatient = externalId(ss, Xds.SS_PATIENT_ID);
    checkPatient(out, ssPatient, caller, ss.getAttribute("id"));
    List<Element> eos = Dom.children(list, RIM, "ExtrinsicObject");
    Map<String, String> symbolicToUuid = new HashMap<>();
    List<Entry> fresh = new ArrayList<>();
    for (Element eo : eos) {
      String id = eo.getAttribute("id");
      String patient = externalId(eo, Xds.DE_PATIENT_ID);
      String uniqueId = externalId(eo, Xds.DE_UNIQUE_ID);
      if (patient == null || !patient.equals(ssPatient)) {
        out.error("XDSPatientIdDoesNotMatch",
            "the document entry's patientId differs from the submission set's", id);
      }
      if (uniqueId == null || uniqueId.isBlank()) {
        out.error("XDSRegistryMetadataError", "XDSDocumentEntry.uniqueId is missing", id);
        continue;
      }
      for (Map.Entry<String, String> req : REQUIRED_CLASSIFICATIONS.entrySet()) {
        if (classifications(eo, req.getKey()).isEmpty()) {
          out.error("XDSRegistryMetadataError", "XDSDocumentEntry." + req.getValue()
              + " is missing", id);
        }
      }
      StoredContent content = documents.get(id);
      if (content == null) {
        out.error("XDSMissingDocument", "no document is attached for entry " + id, id);
        continue;
      }
      String hash = slot(eo, "hash");
      if (hash != null && !hash.equalsIgnoreCase(content.sha1())) {
        out.error("XDSRepositoryMetadataError", "the hash slot does not match the document", id);
      }
      String size = slot(eo, "size");
      if (size != null && !size.equals(Long.toString(content.size()))) {
        out.error("XDSRepositoryMetadataError", "the size slot does not match the document", id);
      }
      Optional<Entry> existing = byUniqueId(uniqueId);
      if (existing.isPresent()) {
        StoredContent previous = contents.get(uniqueId);
        out.error(previous != null && previous.sha1().equals(content.sha1())
            ? "XDSDuplicateUniqueIdInRegistry" : "XDSNonIdenticalHash",
            "a document with this uniqueId is already registered", id);
      }
      String uuid = id.startsWith("urn:uuid:") ? id : "urn:uuid:" + UUID.randomUUID();
      symbolicToUuid.put(id, uuid);
      fresh.add(newEntry(eo, uuid, uuid, 1, uniqueId, patient, content));
    }
    for (String docId : documents.keySet()) {
      if (eos.stream().noneMatch(e -> e.getAttribute("id").equals(docId))) {
        out.error("XDSMissingDocumentMetadata", "a document has no metadata", docId);
      }
    }
    List<Entry> replaced = new ArrayList<>();
    for (Element a : Dom.children(list, RIM, "Association")) {
      if (!Xds.RPLC.equals(a.getAttribute("associationType"))) {
        continue;
      }
      Entry target = byUuid.get(a.getAttribute("targetObject"));
      if (target == null || !Xds.APPROVED.equals(target.status)) {
        out.error("XDSRegistryError", "UnresolvedReferenceException: the replaced entry is "
            + "unknown or not Approved", a.getAttribute("targetObject"));
      } else if (!target.patientId.equals(ssPatient)) {
        out.error("XDSPatientIdDoesNotMatch", "the replaced entry belongs to another patient",
            a.getAttribute("targetObject"));
      } else {
        replaced.add(target);
      }
    }
    if (!out.ok()) {
      documents.values().forEach(StoredContent::discard);
      return out;
    }
    for (Entry e : fresh) {
      byUuid.put(e.entryUuid, e);
    }
    for (Map.Entry<String, StoredContent> d : documents.entrySet()) {
      String uniqueId = externalId(eos.stream().filter(e -> e.getAttribute("id").equals(d.getKey()))
          .findFirst().orElseThrow(), Xds.DE_UNIQUE_ID);
      contents.put(uniqueId, d.getValue());
    }
    replaced.forEach(r -> r.status = Xds.DEPRECATED);
    return out;
  }

  private void checkPatient(RegistryOutcome out, String patient, Caller caller, String where) {
    if (patient == null) {
      out.error("XDSRegistryMetadataError", "the SubmissionSet has no patientId", where);
      return;
    }
    if (!acceptsPatientId(patient)) {
      out.error("XDSUnknownPatientId", "the patientId is not an INS of an authority accepted "
          + "in this environment", where);
    }
    if (caller.patientResourceId() != null && !caller.patientResourceId().equals(patient)) {
      out.error("XDSPatientIdDoesNotMatch", "the VIHF resource-id names another patient", where);
    }
  }

  /**
   * Tells whether a patientId is an INS in CX form of an authority accepted in this
   * environment.
   *
   * @param patientCx the patientId
   * @return true if accepted
   */
  public boolean acceptsPatientId(String patientCx) {
    Matcher m = INS_CX.matcher(patientCx);
    return m.matches() && acceptedInsOids.contains(m.group(1));
  }

  /** Whether the entry is about the patient the VIHF names: a request sees no other patient. */
  private static boolean ofCallersPatient(Entry e, Caller caller) {
    return caller.patientResourceId() == null || caller.patientResourceId().equals(e.patientId);
  }

  private Entry newEntry(Element eo, String uuid, String lid, int version, String uniqueId,
      String patient, StoredContent content) {
    Element copy = (Element) eo.cloneNode(true);
    copy.setAttribute("id", uuid);
    copy.setAttribute("lid", lid);
    versionInfo(copy, version);
    List<String> conf = new ArrayList<>();
    for (Element c : classifications(eo, Xds.CONFIDENTIALITY_CODE)) {
      conf.add(c.getAttribute("nodeRepresentation"));
    }
    List<Element> authors = classifications(eo, Xds.DE_AUTHOR);
    String author = authors.isEmpty() ? "" : firstComponent(slotOf(authors.get(0), "authorPerson"));
    List<Element> types = classifications(eo, Xds.TYPE_CODE);
    String type = types.isEmpty() ? "" : types.get(0).getAttribute("nodeRepresentation");
    if (content != null && slot(copy, "hash") == null) {
      addSlot(copy, "hash", content.sha1());
      addSlot(copy, "size", Long.toString(content.size()));
    }
    if (slot(copy, "repositoryUniqueId") == null) {
      addSlot(copy, "repositoryUniqueId", repositoryUniqueId);
    }
    String creation = slot(eo, "creationTime");
    return new Entry(uuid, lid, version, uniqueId, patient, author, conf, type,
        creation == null ? "" : creation, DmpXml.toBytes(copy));
  }

  /**
   * Applies a metadata update (ITI-57): a new version of an entry, or availability status
   * changes.
   *
   * @param sor the SubmitObjectsRequest
   * @param caller the caller
   * @return the outcome
   */
  public synchronized RegistryOutcome update(Element sor, Caller caller) {
    RegistryOutcome out = new RegistryOutcome();
    Element list = Dom.child(sor, RIM, "RegistryObjectList");
    if (list == null) {
      return out.error("XDSRegistryMetadataError", "RegistryObjectList is missing", "");
    }
    List<Runnable> commits = new ArrayList<>();
    for (Element eo : Dom.children(list, RIM, "ExtrinsicObject")) {
      String lid = eo.getAttribute("lid");
      Entry current = byUuid.values().stream()
          .filter(e -> e.lid.equals(lid) && Xds.APPROVED.equals(e.status)
              && ofCallersPatient(e, caller)).findFirst().orElse(null);
      if (current == null) {
        out.error("XDSMetadataUpdateError", "no approved entry has this logical id", lid);
        continue;
      }
      if (!current.author.equals(caller.subjectId()) && !isStructureOf(caller)) {
        out.error("XDSMetadataUpdateError", "only the author may update this entry", lid);
        continue;
      }
      String previous = previousVersion(list, eo.getAttribute("id"));
      if (!Integer.toString(current.version).equals(previous)) {
        out.error("XDSMetadataVersionError", "the HasMember association's PreviousVersion must"
            + " be the current version " + current.version, lid);
        continue;
      }
      String uuid = "urn:uuid:" + UUID.randomUUID();
      Entry next = newEntry(eo, uuid, lid, current.version + 1, current.uniqueId,
          current.patientId, null);
      commits.add(() -> {
        current.status = Xds.DEPRECATED;
        byUuid.put(uuid, next);
      });
    }
    for (Element a : Dom.children(list, RIM, "Association")) {
      if (!Xds.UPDATE_STATUS.equals(a.getAttribute("associationType"))) {
        continue;
      }
      Entry stored = byUuid.get(a.getAttribute("targetObject"));
      Entry target = stored != null && ofCallersPatient(stored, caller) ? stored : null;
      String original = slot(a, "OriginalStatus");
      String wanted = slot(a, "NewStatus");
      if (target == null) {
        out.error("XDSMetadataUpdateError", "the target entry is unknown",
            a.getAttribute("targetObject"));
      } else if (original == null || !original.equals(target.status)) {
        out.error("XDSMetadataUpdateError", "OriginalStatus does not match the entry's status",
            target.entryUuid);
      } else if (!Set.of(Xds.APPROVED, Xds.DELETED, Xds.ARCHIVED).contains(wanted)) {
        out.error("XDSMetadataUpdateError", "NewStatus is not a status the DMP accepts",
            target.entryUuid);
      } else if (Xds.DELETED.equals(wanted) && !target.author.equals(caller.subjectId())) {
        out.error("XDSMetadataUpdateError", "only the author of a document may delete it",
            target.entryUuid);
      } else {
        commits.add(() -> target.status = wanted);
      }
    }
    if (out.ok()) {
      commits.forEach(Runnable::run);
    }
    return out;
  }

  private static String previousVersion(Element list, String entryId) {
    for (Element a : Dom.children(list, RIM, "Association")) {
      if (Xds.HAS_MEMBER.equals(a.getAttribute("associationType"))
          && entryId.equals(a.getAttribute("targetObject"))) {
        return slot(a, "PreviousVersion");
      }
    }
    return null;
  }

  /** Replaces the object's VersionInfo, placed where ebRIM wants it (before classifications). */
  private static void versionInfo(Element obj, int version) {
    Element before = null;
    for (Element c : Dom.children(obj, RIM, "VersionInfo")) {
      obj.removeChild(c);
    }
    for (org.w3c.dom.Node n = obj.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && !Set.of("Slot", "Name", "Description")
          .contains(e.getLocalName())) {
        before = e;
        break;
      }
    }
    Element v = obj.getOwnerDocument().createElementNS(RIM, "rim:VersionInfo");
    v.setAttribute("versionName", Integer.toString(version));
    obj.insertBefore(v, before);
  }

  private static boolean isStructureOf(Caller caller) {
    return caller.subjectId().equals(caller.structureId());
  }

  /**
   * Runs a stored query (ITI-18).
   *
   * @param query the AdhocQuery element
   * @param caller the caller
   * @param out receives errors
   * @return the matching entries, visible to the caller
   */
  public synchronized List<Entry> query(Element query, Caller caller, RegistryOutcome out) {
    Map<String, List<String>> params = new HashMap<>();
    for (Element s : Dom.children(query, RIM, "Slot")) {
      List<String> values = new ArrayList<>();
      Element vl = Dom.child(s, RIM, "ValueList");
      if (vl != null) {
        for (Element v : Dom.children(vl, RIM, "Value")) {
          Matcher m = QUOTED.matcher(v.getTextContent());
          boolean any = false;
          while (m.find()) {
            values.add(m.group(1));
            any = true;
          }
          if (!any) {
            values.add(v.getTextContent().trim());
          }
        }
      }
      params.put(s.getAttribute("name"), values);
    }
    String id = query.getAttribute("id");
    List<Entry> found = new ArrayList<>();
    if (Xds.FIND_DOCUMENTS.equals(id)) {
      List<String> patient = params.get("$XDSDocumentEntryPatientId");
      List<String> status = params.getOrDefault("$XDSDocumentEntryStatus", List.of());
      if (patient == null || patient.isEmpty() || status.isEmpty()) {
        out.error("XDSStoredQueryParamNumber",
            "FindDocuments needs $XDSDocumentEntryPatientId and $XDSDocumentEntryStatus", id);
        return List.of();
      }
      List<String> types = params.getOrDefault("$XDSDocumentEntryTypeCode", List.of());
      String from = first(params.get("$XDSDocumentEntryCreationTimeFrom"));
      String to = first(params.get("$XDSDocumentEntryCreationTimeTo"));
      for (Entry e : byUuid.values()) {
        if (e.patientId.equals(patient.get(0)) && status.contains(e.status)
            && (types.isEmpty() || types.stream().anyMatch(t -> t.startsWith(e.typeCode + "^")
                || t.equals(e.typeCode)))
            && (from == null || e.creationTime.compareTo(from) >= 0)
            && (to == null || e.creationTime.compareTo(to) < 0)) {
          found.add(e);
        }
      }
    } else if (Xds.GET_DOCUMENTS.equals(id)) {
      List<String> uuids = params.getOrDefault("$XDSDocumentEntryEntryUUID", List.of());
      List<String> uids = params.getOrDefault("$XDSDocumentEntryUniqueId", List.of());
      if (uuids.isEmpty() == uids.isEmpty()) {
        out.error("XDSStoredQueryParamNumber",
            "GetDocuments needs either $XDSDocumentEntryEntryUUID or $XDSDocumentEntryUniqueId",
            id);
        return List.of();
      }
      for (Entry e : byUuid.values()) {
        if (uuids.contains(e.entryUuid)
            || uids.contains(e.uniqueId) && !Xds.DEPRECATED.equals(e.status)) {
          found.add(e);
        }
      }
    } else {
      out.error("XDSUnknownStoredQuery", "this stored query is not supported by the fake", id);
      return List.of();
    }
    found.removeIf(e -> Xds.DELETED.equals(e.status) || !visibleTo(e, caller)
        || !ofCallersPatient(e, caller));
    return found;
  }

  private static boolean visibleTo(Entry e, Caller caller) {
    return !e.confidentiality.contains(Xds.MASKED_TO_PROFESSIONALS)
        || e.author.equals(caller.subjectId());
  }

  /**
   * Returns a document's content, if it is registered, not deleted and visible to the caller.
   *
   * @param uniqueId the document uniqueId
   * @param caller the caller
   * @return the content
   */
  public synchronized Optional<StoredContent> content(String uniqueId, Caller caller) {
    Optional<Entry> e = byUniqueId(uniqueId);
    if (e.isEmpty() || Xds.DELETED.equals(e.get().status) || !visibleTo(e.get(), caller)
        || !ofCallersPatient(e.get(), caller)) {
      return Optional.empty();
    }
    return Optional.ofNullable(contents.get(uniqueId));
  }

  /**
   * Returns every entry version, for assertions in tests.
   *
   * @return the entries
   */
  public synchronized List<Entry> entries() {
    return List.copyOf(byUuid.values());
  }

  /**
   * Tells whether the patient has documents (the fake's notion of "has a DMP").
   *
   * @param patientCx the INS in CX form
   * @return true if any entry is registered for the patient
   */
  public synchronized boolean knowsPatient(String patientCx) {
    return byUuid.values().stream().anyMatch(e -> e.patientId.equals(patientCx));
  }

  private Optional<Entry> byUniqueId(String uniqueId) {
    Entry latest = null;
    for (Entry e : byUuid.values()) {
      if (e.uniqueId.equals(uniqueId)) {
        latest = e;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static String first(List<String> v) {
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  static Element submissionSet(Element list) {
    Element found = null;
    for (Element rp : Dom.children(list, RIM, "RegistryPackage")) {
      for (Element c : Dom.children(rp, RIM, "Classification")) {
        if (Xds.SS_NODE.equals(c.getAttribute("classificationNode"))) {
          if (found != null) {
            return null;
          }
          found = rp;
        }
      }
    }
    if (found == null) {
      for (Element c : Dom.children(list, RIM, "Classification")) {
        if (Xds.SS_NODE.equals(c.getAttribute("classificationNode"))) {
          String target = c.getAttribute("classifiedObject");
          for (Element rp : Dom.children(list, RIM, "RegistryPackage")) {
            if (rp.getAttribute("id").equals(target)) {
              return rp;
            }
          }
        }
      }
    }
    return found;
  }

  static String externalId(Element obj, String scheme) {
    for (Element x : Dom.children(obj, RIM, "ExternalIdentifier")) {
      if (scheme.equals(x.getAttribute("identificationScheme"))) {
        return x.getAttribute("value");
      }
    }
    return null;
  }

  private static List<Element> classifications(Element obj, String scheme) {
    List<Element> out = new ArrayList<>();
    for (Element c : Dom.children(obj, RIM, "Classification")) {
      if (scheme.equals(c.getAttribute("classificationScheme"))) {
        out.add(c);
      }
    }
    return out;
  }

  static String slot(Element obj, String name) {
    return slotOf(obj, name);
  }

  private static String slotOf(Element obj, String name) {
    for (Element s : Dom.children(obj, RIM, "Slot")) {
      if (name.equals(s.getAttribute("name"))) {
        Element vl = Dom.child(s, RIM, "ValueList");
        Element v = vl == null ? null : Dom.child(vl, RIM, "Value");
        return v == null ? null : v.getTextContent().trim();
      }
    }
    return null;
  }

  private static void addSlot(Element obj, String name, String value) {
    Document d = obj.getOwnerDocument();
    Element s = d.createElementNS(RIM, "rim:Slot");
    s.setAttribute("name", name);
    Element vl = d.createElementNS(RIM, "rim:ValueList");
    Element v = d.createElementNS(RIM, "rim:Value");
    v.setTextContent(value);
    vl.appendChild(v);
    s.appendChild(vl);
    Element firstNonSlot = null;
    for (org.w3c.dom.Node n = obj.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && !"Slot".equals(n.getLocalName())) {
        firstNonSlot = (Element) n;
        break;
      }
    }
    obj.insertBefore(s, firstNonSlot);
  }

  private static String firstComponent(String xcn) {
    if (xcn == null) {
      return "";
    }
    int caret = xcn.indexOf('^');
    return caret < 0 ? xcn : xcn.substring(0, caret);
  }
}
