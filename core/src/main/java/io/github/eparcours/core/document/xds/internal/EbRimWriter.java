package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.QueryResponse;
import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.document.xds.RegistryResponse;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.Xon;
import io.github.eparcours.core.error.EparcoursClientException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the public XDS model as ebRS/ebRIM 3.0, element by element, in the schema's order
 * (Slot, Name, Description, VersionInfo, Classification, ExternalIdentifier). One writing logic
 * for both destinations: UTF-8 bytes or a caller's {@link XMLStreamWriter}.
 *
 * <p>A value holding a character XML 1.0 cannot carry is refused with CORE-0507 naming the
 * object and the field (never the value): nothing ill-formed is ever written, though the output
 * may already hold the part written before the failure.
 *
 * <p>Thread-safe: the static methods use a new writer state per call.
 */
public final class EbRimWriter {

  private static final int BUFFER_BYTES = 8192;

  static final XmlTag SUBMIT_OBJECTS_REQUEST =
      new XmlTag("lcm", "SubmitObjectsRequest", EbRimNs.LCM);
  static final XmlTag ADHOC_QUERY_RESPONSE =
      new XmlTag("query", "AdhocQueryResponse", EbRimNs.QUERY);
  static final XmlTag REGISTRY_RESPONSE = new XmlTag("rs", "RegistryResponse", EbRimNs.RS);
  static final XmlTag REGISTRY_ERROR_LIST = new XmlTag("rs", "RegistryErrorList", EbRimNs.RS);
  static final XmlTag REGISTRY_ERROR = new XmlTag("rs", "RegistryError", EbRimNs.RS);
  static final XmlTag REGISTRY_OBJECT_LIST = rim("RegistryObjectList");
  static final XmlTag EXTRINSIC_OBJECT = rim("ExtrinsicObject");
  static final XmlTag REGISTRY_PACKAGE = rim("RegistryPackage");
  static final XmlTag CLASSIFICATION = rim("Classification");
  static final XmlTag EXTERNAL_IDENTIFIER = rim("ExternalIdentifier");
  static final XmlTag ASSOCIATION = rim("Association");
  static final XmlTag OBJECT_REF = rim("ObjectRef");
  static final XmlTag SLOT = rim("Slot");
  static final XmlTag VALUE_LIST = rim("ValueList");
  static final XmlTag VALUE = rim("Value");
  static final XmlTag NAME = rim("Name");
  static final XmlTag DESCRIPTION = rim("Description");
  static final XmlTag LOCALIZED_STRING = rim("LocalizedString");
  static final XmlTag VERSION_INFO = rim("VersionInfo");

  private final XmlOut out;
  // Where the writer is, for the message of a refused value: e.g. DocumentEntry #2, classCode,
  // slot codingScheme. Only constants and slot names, never values.
  private String subject = "message";
  private int index;
  private String part;
  private String slot;

  private EbRimWriter(XmlOut out) {
    this.out = out;
  }

  private static XmlTag rim(String localName) {
    return new XmlTag("rim", localName, EbRimNs.RIM);
  }

  // ------------------------------------------------------------------------------ entry points

  /**
   * Writes a submission as a UTF-8 document.
   *
   * @param request the submission
   * @param destination where to write; flushed, not closed
   * @throws EparcoursClientException CORE-0502 on I/O failure, CORE-0507 for a value XML cannot
   *     carry
   */
  public static void write(SubmissionRequest request, OutputStream destination) {
    EbRimWriter w = new EbRimWriter(new Utf8XmlOut(destination, BUFFER_BYTES));
    w.guarded(() -> w.submission(request));
  }

  /**
   * Writes a submission into an open StAX writer, where the element goes.
   *
   * @param request the submission
   * @param destination the writer; neither flushed nor closed
   * @throws EparcoursClientException CORE-0502 when the writer fails, CORE-0507 for a value XML
   *     cannot carry
   */
  public static void write(SubmissionRequest request, XMLStreamWriter destination) {
    EbRimWriter w = new EbRimWriter(new StaxXmlOut(destination));
    w.guarded(() -> w.submission(request));
  }

  /**
   * Writes a query response as a UTF-8 document.
   *
   * @param response the response
   * @param destination where to write; flushed, not closed
   * @throws EparcoursClientException CORE-0502, CORE-0507 as above
   */
  public static void write(QueryResponse response, OutputStream destination) {
    EbRimWriter w = new EbRimWriter(new Utf8XmlOut(destination, BUFFER_BYTES));
    w.guarded(() -> w.queryResponse(response));
  }

  /**
   * Writes a registry response as a UTF-8 document.
   *
   * @param response the response
   * @param destination where to write; flushed, not closed
   * @throws EparcoursClientException CORE-0502, CORE-0507 as above
   */
  public static void write(RegistryResponse response, OutputStream destination) {
    EbRimWriter w = new EbRimWriter(new Utf8XmlOut(destination, BUFFER_BYTES));
    w.guarded(() -> w.registryResponse(response));
  }

  // ---------------------------------------------------------------------------------- messages

  private void guarded(Runnable message) {
    try {
      message.run();
    } catch (XmlOut.InvalidCharacter e) {
      throw refused(e);
    }
  }

  private void submission(SubmissionRequest request) {
    out.start(SUBMIT_OBJECTS_REQUEST);
    out.namespace("lcm", EbRimNs.LCM);
    out.namespace("rim", EbRimNs.RIM);
    out.start(REGISTRY_OBJECT_LIST);
    extrinsicObjects(request.documentEntries());
    SubmissionSet set = request.submissionSet();
    at("SubmissionSet", 0);
    registryPackage(set, false);
    submissionSetNode(set.entryUuid());
    associations(request.associations());
    out.end();
    out.end();
    out.finish();
  }

  private void queryResponse(QueryResponse response) {
    out.start(ADHOC_QUERY_RESPONSE);
    out.namespace("query", EbRimNs.QUERY);
    out.namespace("rim", EbRimNs.RIM);
    out.namespace("rs", EbRimNs.RS);
    status(response.status());
    out.start(REGISTRY_OBJECT_LIST);
    extrinsicObjects(response.documentEntries());
    List<SubmissionSet> sets = response.submissionSets();
    for (int i = 0; i < sets.size(); i++) {
      at("SubmissionSet", i + 1);
      registryPackage(sets.get(i), true);
    }
    associations(response.associations());
    List<String> refs = response.objectRefs();
    for (int i = 0; i < refs.size(); i++) {
      at("ObjectRef", i + 1);
      out.start(OBJECT_REF);
      out.attribute("id", refs.get(i));
      out.end();
    }
    out.end();
    out.end();
    out.finish();
  }

  private void registryResponse(RegistryResponse response) {
    out.start(REGISTRY_RESPONSE);
    out.namespace("rs", EbRimNs.RS);
    status(response);
    out.end();
    out.finish();
  }

  /** The status attribute and error list of rs:RegistryResponseType, on the open root. */
  private void status(RegistryResponse response) {
    at("RegistryResponse", 0);
    out.attribute("status", response.status());
    List<RegistryError> errors = response.errors();
    if (errors.isEmpty()) {
      return;
    }
    boolean anyError = false;
    for (RegistryError e : errors) {
      anyError |= e.isError();
    }
    out.start(REGISTRY_ERROR_LIST);
    out.attribute("highestSeverity",
        anyError ? RegistryError.SEVERITY_ERROR : RegistryError.SEVERITY_WARNING);
    for (int i = 0; i < errors.size(); i++) {
      RegistryError e = errors.get(i);
      at("RegistryError", i + 1);
      out.start(REGISTRY_ERROR);
      out.attribute("codeContext", e.codeContext());
      out.attribute("errorCode", e.errorCode());
      out.attribute("severity",
          e.severity().isEmpty() ? RegistryError.SEVERITY_ERROR : e.severity());
      if (!e.location().isEmpty()) {
        out.attribute("location", e.location());
      }
      out.end();
    }
    out.end();
  }

  // ----------------------------------------------------------------------------------- objects

  private void extrinsicObjects(List<DocumentEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      at("DocumentEntry", i + 1);
      extrinsicObject(entries.get(i));
    }
  }

  private void extrinsicObject(DocumentEntry de) {
    String id = de.entryUuid();
    out.start(EXTRINSIC_OBJECT);
    out.attribute("id", id);
    optionalAttribute("lid", de.logicalId());
    out.attribute("objectType", de.objectType());
    de.availabilityStatus().ifPresent(s -> out.attribute("status", s.value()));
    optionalAttribute("mimeType", de.mimeType());
    de.creationTime().ifPresent(t -> slot("creationTime", t.value()));
    de.hash().ifPresent(v -> slot("hash", v));
    de.languageCode().ifPresent(v -> slot("languageCode", v));
    de.legalAuthenticator().ifPresent(v -> slot("legalAuthenticator", v.value()));
    de.repositoryUniqueId().ifPresent(v -> slot("repositoryUniqueId", v));
    de.serviceStartTime().ifPresent(t -> slot("serviceStartTime", t.value()));
    de.serviceStopTime().ifPresent(t -> slot("serviceStopTime", t.value()));
    de.size().ifPresent(v -> slot("size", Long.toString(v)));
    de.sourcePatientId().ifPresent(v -> slot("sourcePatientId", v.value()));
    slotUnlessEmpty("sourcePatientInfo", de.sourcePatientInfo());
    List<Cx> references = de.referenceIds();
    if (!references.isEmpty()) {
      slotStart("urn:ihe:iti:xds:2013:referenceIdList");
      for (Cx reference : references) {
        value(reference.value());
      }
      slotEnd();
    }
    extraSlots(de.extraSlots());
    localized(NAME, "title", de.title().orElse(null));
    localized(DESCRIPTION, "comments", de.comments().orElse(null));
    if (de.version().isPresent()) {
      part = "version";
      out.start(VERSION_INFO);
      out.attribute("versionName", de.version().get());
      out.end();
    }
    for (Author a : de.authors()) {
      author(XdsConstants.DE_AUTHOR, id, a);
    }
    de.classCode().ifPresent(c -> code("classCode", XdsConstants.DE_CLASS_CODE, id, c));
    for (Code c : de.confidentialityCodes()) {
      code("confidentialityCode", XdsConstants.DE_CONFIDENTIALITY_CODE, id, c);
    }
    for (Code c : de.eventCodes()) {
      code("eventCodeList", XdsConstants.DE_EVENT_CODE, id, c);
    }
    de.formatCode().ifPresent(c -> code("formatCode", XdsConstants.DE_FORMAT_CODE, id, c));
    de.healthcareFacilityTypeCode().ifPresent(c -> code("healthcareFacilityTypeCode",
        XdsConstants.DE_HEALTHCARE_FACILITY_TYPE_CODE, id, c));
    de.practiceSettingCode().ifPresent(c -> code("practiceSettingCode",
        XdsConstants.DE_PRACTICE_SETTING_CODE, id, c));
    de.typeCode().ifPresent(c -> code("typeCode", XdsConstants.DE_TYPE_CODE, id, c));
    de.patientId().ifPresent(v -> externalIdentifier(XdsConstants.DE_PATIENT_ID, id, v.value(),
        "XDSDocumentEntry.patientId"));
    de.uniqueId().ifPresent(v -> externalIdentifier(XdsConstants.DE_UNIQUE_ID, id, v,
        "XDSDocumentEntry.uniqueId"));
    out.end();
  }

  /**
   * Writes a RegistryPackage; in a query response the classification that makes it a
   * submission set goes inside it, in a submission it is a sibling.
   */
  private void registryPackage(SubmissionSet ss, boolean nodeInside) {
    String id = ss.entryUuid();
    out.start(REGISTRY_PACKAGE);
    out.attribute("id", id);
    out.attribute("objectType", XdsConstants.OBJECT_TYPE_REGISTRY_PACKAGE);
    ss.availabilityStatus().ifPresent(s -> out.attribute("status", s.value()));
    ss.submissionTime().ifPresent(t -> slot("submissionTime", t.value()));
    slotUnlessEmpty("intendedRecipient", ss.intendedRecipients());
    extraSlots(ss.extraSlots());
    localized(NAME, "title", ss.title().orElse(null));
    localized(DESCRIPTION, "comments", ss.comments().orElse(null));
    if (nodeInside) {
      submissionSetNode(id);
    }
    for (Author a : ss.authors()) {
      author(XdsConstants.SS_AUTHOR, id, a);
    }
    ss.contentTypeCode().ifPresent(c -> code("contentTypeCode",
        XdsConstants.SS_CONTENT_TYPE_CODE, id, c));
    ss.uniqueId().ifPresent(v -> externalIdentifier(XdsConstants.SS_UNIQUE_ID, id, v,
        "XDSSubmissionSet.uniqueId"));
    ss.sourceId().ifPresent(v -> externalIdentifier(XdsConstants.SS_SOURCE_ID, id, v,
        "XDSSubmissionSet.sourceId"));
    ss.patientId().ifPresent(v -> externalIdentifier(XdsConstants.SS_PATIENT_ID, id, v.value(),
        "XDSSubmissionSet.patientId"));
    out.end();
  }

  private void submissionSetNode(String setId) {
    part = "submission set classification";
    out.start(CLASSIFICATION);
    out.attribute("id", Ids.newUrnUuid());
    out.attribute("objectType", XdsConstants.OBJECT_TYPE_CLASSIFICATION);
    out.attribute("classifiedObject", setId);
    out.attribute("classificationNode", XdsConstants.SUBMISSION_SET_NODE);
    out.end();
  }

  private void associations(List<Association> associations) {
    for (int i = 0; i < associations.size(); i++) {
      Association a = associations.get(i);
      at("Association", i + 1);
      out.start(ASSOCIATION);
      out.attribute("id", a.entryUuid());
      out.attribute("objectType", XdsConstants.OBJECT_TYPE_ASSOCIATION);
      out.attribute("associationType", a.type().value());
      out.attribute("sourceObject", a.sourceUuid());
      out.attribute("targetObject", a.targetUuid());
      a.submissionSetStatus().ifPresent(v -> slot("SubmissionSetStatus", v));
      a.originalStatus().ifPresent(v -> slot("OriginalStatus", v.value()));
      a.newStatus().ifPresent(v -> slot("NewStatus", v.value()));
      extraSlots(a.extraSlots());
      out.end();
    }
  }

  private void code(String field, String scheme, String objectId, Code code) {
    part = field;
    classificationStart(scheme, objectId, code.code());
    slot(EbRimMapper.SLOT_CODING_SCHEME, code.system());
    localized(NAME, field, code.displayName());
    out.end();
  }

  /** Opens an external classification of {@code objectId} by {@code scheme}. */
  private void classificationStart(String scheme, String objectId, String nodeRepresentation) {
    out.start(CLASSIFICATION);
    out.attribute("id", Ids.newUrnUuid());
    out.attribute("objectType", XdsConstants.OBJECT_TYPE_CLASSIFICATION);
    out.attribute("classificationScheme", scheme);
    out.attribute("classifiedObject", objectId);
    out.attribute("nodeRepresentation", nodeRepresentation);
  }

  private void author(String scheme, String objectId, Author a) {
    part = "author";
    classificationStart(scheme, objectId, "");
    a.person().ifPresent(p -> slot("authorPerson", p.value()));
    List<Xon> institutions = a.institutions();
    if (!institutions.isEmpty()) {
      slotStart("authorInstitution");
      for (Xon institution : institutions) {
        value(institution.value());
      }
      slotEnd();
    }
    slotUnlessEmpty("authorRole", a.roles());
    slotUnlessEmpty("authorSpecialty", a.specialties());
    slotUnlessEmpty("authorTelecommunication", a.telecoms());
    out.end();
  }

  private void externalIdentifier(String scheme, String objectId, String value, String name) {
    part = name;
    out.start(EXTERNAL_IDENTIFIER);
    out.attribute("id", Ids.newUrnUuid());
    out.attribute("objectType", XdsConstants.OBJECT_TYPE_EXTERNAL_IDENTIFIER);
    out.attribute("registryObject", objectId);
    out.attribute("identificationScheme", scheme);
    out.attribute("value", value);
    localized(NAME, name, name);
    out.end();
  }

  // --------------------------------------------------------------------------------- pieces

  private void localized(XmlTag tag, String field, String value) {
    if (value == null) {
      return;
    }
    part = field;
    out.start(tag);
    out.start(LOCALIZED_STRING);
    out.attribute("value", value);
    out.end();
    out.end();
  }

  private void optionalAttribute(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.attribute(name, value.get());
    }
  }

  private void extraSlots(Map<String, List<String>> slots) {
    for (Map.Entry<String, List<String>> e : slots.entrySet()) {
      slotStart(e.getKey());
      for (String v : e.getValue()) {
        value(v);
      }
      slotEnd();
    }
  }

  private void slotUnlessEmpty(String name, List<String> values) {
    if (!values.isEmpty()) {
      slotStart(name);
      for (String v : values) {
        value(v);
      }
      slotEnd();
    }
  }

  private void slot(String name, String value) {
    slotStart(name);
    value(value);
    slotEnd();
  }

  private void slotStart(String name) {
    slot = name;
    out.start(SLOT);
    out.attribute("name", name);
    out.start(VALUE_LIST);
  }

  private void value(String value) {
    out.start(VALUE);
    out.text(value);
    out.end();
  }

  private void slotEnd() {
    out.end();
    out.end();
    slot = null;
  }

  private void at(String what, int position) {
    subject = what;
    index = position;
    part = null;
    slot = null;
  }

  private EparcoursClientException refused(XmlOut.InvalidCharacter e) {
    StringBuilder where = new StringBuilder(subject);
    if (index > 0) {
      where.append(" #").append(index);
    }
    if (part != null) {
      where.append(", ").append(part);
    }
    if (slot != null) {
      where.append(", slot ").append(XmlOut.firstInvalid(slot) < 0 ? slot : "(its name)");
    }
    where.append(e.attribute == null ? ", value" : ", attribute " + e.attribute);
    return new EparcoursClientException(DocumentErrors.INVALID_VALUE, String.format(Locale.ROOT,
        "ebRIM message not written: %s holds the character U+%04X at index %d, which XML 1.0"
            + " cannot carry (control characters other than tab, line feed and carriage"
            + " return, U+FFFE, U+FFFF and unpaired surrogates); remove it from the value",
        where, e.character, e.index), e, false);
  }
}
