package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.AssociationType;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.QueryResponse;
import io.github.eparcours.core.document.xds.RegistryError;
import io.github.eparcours.core.document.xds.RegistryResponse;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.document.xds.Xcn;
import io.github.eparcours.core.document.xds.Xon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps the public XDS model to and from the ebRIM JAXB classes. Stateless. */
public final class EbRimMapper {

  static final String SLOT_CODING_SCHEME = "codingScheme";
  private static final Set<String> DE_SLOTS = Set.of("creationTime", "languageCode",
      "legalAuthenticator", "serviceStartTime", "serviceStopTime", "sourcePatientId",
      "sourcePatientInfo", "hash", "size", "repositoryUniqueId",
      "urn:ihe:iti:xds:2013:referenceIdList");
  private static final Set<String> SS_SLOTS = Set.of("submissionTime", "intendedRecipient");
  private static final Set<String> ASSOCIATION_SLOTS =
      Set.of("SubmissionSetStatus", "OriginalStatus", "NewStatus");

  private EbRimMapper() {}

  // ---------------------------------------------------------------- model -> ebRIM

  /**
   * Maps a submission to a SubmitObjectsRequest.
   *
   * @param request the submission
   * @return the JAXB tree
   */
  public static LcmSubmitObjectsRequest toRim(SubmissionRequest request) {
    LcmSubmitObjectsRequest out = new LcmSubmitObjectsRequest();
    List<RimIdentifiable> objects = out.registryObjectList.objects;
    for (DocumentEntry de : request.documentEntries()) {
      objects.add(toRim(de));
    }
    SubmissionSet ss = request.submissionSet();
    objects.add(toRim(ss));
    RimClassification node = new RimClassification();
    node.id = Ids.newUrnUuid();
    node.objectType = XdsConstants.OBJECT_TYPE_CLASSIFICATION;
    node.classifiedObject = ss.entryUuid();
    node.classificationNode = XdsConstants.SUBMISSION_SET_NODE;
    objects.add(node);
    for (Association a : request.associations()) {
      objects.add(toRim(a));
    }
    return out;
  }

  /**
   * Maps a query response.
   *
   * @param response the response
   * @return the JAXB tree
   */
  public static QueryAdhocQueryResponse toRim(QueryResponse response) {
    QueryAdhocQueryResponse out = new QueryAdhocQueryResponse();
    fillStatus(out, response.status());
    List<RimIdentifiable> objects = out.registryObjectList.objects;
    for (DocumentEntry de : response.documentEntries()) {
      objects.add(toRim(de));
    }
    for (SubmissionSet ss : response.submissionSets()) {
      RimRegistryPackage p = toRim(ss);
      RimClassification node = new RimClassification();
      node.id = Ids.newUrnUuid();
      node.objectType = XdsConstants.OBJECT_TYPE_CLASSIFICATION;
      node.classifiedObject = ss.entryUuid();
      node.classificationNode = XdsConstants.SUBMISSION_SET_NODE;
      p.classifications.add(0, node);
      objects.add(p);
    }
    for (Association a : response.associations()) {
      objects.add(toRim(a));
    }
    for (String ref : response.objectRefs()) {
      RimObjectRef r = new RimObjectRef();
      r.id = ref;
      objects.add(r);
    }
    return out;
  }

  /**
   * Maps a registry response.
   *
   * @param response the response
   * @return the JAXB tree
   */
  public static RsRegistryResponse toRim(RegistryResponse response) {
    RsRegistryResponse out = new RsRegistryResponse();
    fillStatus(out, response);
    return out;
  }

  private static void fillStatus(RsRegistryResponseBase out, RegistryResponse response) {
    out.status = response.status();
    if (!response.errors().isEmpty()) {
      RsRegistryErrorList list = new RsRegistryErrorList();
      boolean anyError = false;
      for (RegistryError e : response.errors()) {
        RsRegistryError r = new RsRegistryError();
        r.errorCode = e.errorCode();
        r.codeContext = e.codeContext();
        r.severity = e.severity().isEmpty() ? RegistryError.SEVERITY_ERROR : e.severity();
        r.location = e.location().isEmpty() ? null : e.location();
        anyError |= e.isError();
        list.errors.add(r);
      }
      list.highestSeverity = anyError ? RegistryError.SEVERITY_ERROR
          : RegistryError.SEVERITY_WARNING;
      out.registryErrorList = list;
    }
  }

  private static RimExtrinsicObject toRim(DocumentEntry de) {
    RimExtrinsicObject eo = new RimExtrinsicObject();
    eo.id = de.entryUuid();
    eo.lid = de.logicalId().orElse(null);
    eo.versionInfo = RimVersionInfo.of(de.version().orElse(null));
    eo.objectType = de.objectType();
    eo.mimeType = de.mimeType().orElse(null);
    eo.status = de.availabilityStatus().map(AvailabilityStatus::value).orElse(null);
    de.creationTime().ifPresent(t -> eo.addSlot("creationTime", List.of(t.value())));
    de.hash().ifPresent(v -> eo.addSlot("hash", List.of(v)));
    de.languageCode().ifPresent(v -> eo.addSlot("languageCode", List.of(v)));
    de.legalAuthenticator().ifPresent(v -> eo.addSlot("legalAuthenticator", List.of(v.value())));
    de.repositoryUniqueId().ifPresent(v -> eo.addSlot("repositoryUniqueId", List.of(v)));
    de.serviceStartTime().ifPresent(t -> eo.addSlot("serviceStartTime", List.of(t.value())));
    de.serviceStopTime().ifPresent(t -> eo.addSlot("serviceStopTime", List.of(t.value())));
    de.size().ifPresent(v -> eo.addSlot("size", List.of(Long.toString(v))));
    de.sourcePatientId().ifPresent(v -> eo.addSlot("sourcePatientId", List.of(v.value())));
    eo.addSlot("sourcePatientInfo", de.sourcePatientInfo());
    eo.addSlot("urn:ihe:iti:xds:2013:referenceIdList",
        de.referenceIds().stream().map(Cx::value).toList());
    addExtraSlots(eo, de.extraSlots());
    eo.name = RimInternationalString.of(de.title().orElse(null));
    eo.description = RimInternationalString.of(de.comments().orElse(null));
    for (Author a : de.authors()) {
      eo.classifications.add(author(XdsConstants.DE_AUTHOR, eo.id, a));
    }
    de.classCode().ifPresent(c -> eo.classifications.add(code(XdsConstants.DE_CLASS_CODE, eo.id,
        c)));
    for (Code c : de.confidentialityCodes()) {
      eo.classifications.add(code(XdsConstants.DE_CONFIDENTIALITY_CODE, eo.id, c));
    }
    for (Code c : de.eventCodes()) {
      eo.classifications.add(code(XdsConstants.DE_EVENT_CODE, eo.id, c));
    }
    de.formatCode().ifPresent(c -> eo.classifications.add(code(XdsConstants.DE_FORMAT_CODE,
        eo.id, c)));
    de.healthcareFacilityTypeCode().ifPresent(c -> eo.classifications.add(
        code(XdsConstants.DE_HEALTHCARE_FACILITY_TYPE_CODE, eo.id, c)));
    de.practiceSettingCode().ifPresent(c -> eo.classifications.add(
        code(XdsConstants.DE_PRACTICE_SETTING_CODE, eo.id, c)));
    de.typeCode().ifPresent(c -> eo.classifications.add(code(XdsConstants.DE_TYPE_CODE, eo.id,
        c)));
    de.patientId().ifPresent(v -> eo.externalIdentifiers.add(externalId(
        XdsConstants.DE_PATIENT_ID, eo.id, v.value(), "XDSDocumentEntry.patientId")));
    de.uniqueId().ifPresent(v -> eo.externalIdentifiers.add(externalId(
        XdsConstants.DE_UNIQUE_ID, eo.id, v, "XDSDocumentEntry.uniqueId")));
    return eo;
  }

  private static RimRegistryPackage toRim(SubmissionSet ss) {
    RimRegistryPackage p = new RimRegistryPackage();
    p.id = ss.entryUuid();
    p.objectType = XdsConstants.OBJECT_TYPE_REGISTRY_PACKAGE;
    p.status = ss.availabilityStatus().map(AvailabilityStatus::value).orElse(null);
    ss.submissionTime().ifPresent(t -> p.addSlot("submissionTime", List.of(t.value())));
    p.addSlot("intendedRecipient", ss.intendedRecipients());
    addExtraSlots(p, ss.extraSlots());
    p.name = RimInternationalString.of(ss.title().orElse(null));
    p.description = RimInternationalString.of(ss.comments().orElse(null));
    for (Author a : ss.authors()) {
      p.classifications.add(author(XdsConstants.SS_AUTHOR, p.id, a));
    }
    ss.contentTypeCode().ifPresent(c -> p.classifications.add(
        code(XdsConstants.SS_CONTENT_TYPE_CODE, p.id, c)));
    ss.uniqueId().ifPresent(v -> p.externalIdentifiers.add(externalId(
        XdsConstants.SS_UNIQUE_ID, p.id, v, "XDSSubmissionSet.uniqueId")));
    ss.sourceId().ifPresent(v -> p.externalIdentifiers.add(externalId(
        XdsConstants.SS_SOURCE_ID, p.id, v, "XDSSubmissionSet.sourceId")));
    ss.patientId().ifPresent(v -> p.externalIdentifiers.add(externalId(
        XdsConstants.SS_PATIENT_ID, p.id, v.value(), "XDSSubmissionSet.patientId")));
    return p;
  }

  private static RimAssociation toRim(Association a) {
    RimAssociation r = new RimAssociation();
    r.id = a.entryUuid();
    r.objectType = XdsConstants.OBJECT_TYPE_ASSOCIATION;
    r.associationType = a.type().value();
    r.sourceObject = a.sourceUuid();
    r.targetObject = a.targetUuid();
    a.submissionSetStatus().ifPresent(v -> r.addSlot("SubmissionSetStatus", List.of(v)));
    a.originalStatus().ifPresent(v -> r.addSlot("OriginalStatus", List.of(v.value())));
    a.newStatus().ifPresent(v -> r.addSlot("NewStatus", List.of(v.value())));
    addExtraSlots(r, a.extraSlots());
    return r;
  }

  private static void addExtraSlots(RimIdentifiable o, Map<String, List<String>> slots) {
    slots.forEach((name, values) -> o.slots.add(new RimSlot(name, values)));
  }

  private static RimClassification code(String scheme, String objectId, Code code) {
    RimClassification c = new RimClassification();
    c.id = Ids.newUrnUuid();
    c.objectType = XdsConstants.OBJECT_TYPE_CLASSIFICATION;
    c.classificationScheme = scheme;
    c.classifiedObject = objectId;
    c.nodeRepresentation = code.code();
    c.addSlot(SLOT_CODING_SCHEME, List.of(code.system()));
    c.name = RimInternationalString.of(code.displayName());
    return c;
  }

  private static RimClassification author(String scheme, String objectId, Author a) {
    RimClassification c = new RimClassification();
    c.id = Ids.newUrnUuid();
    c.objectType = XdsConstants.OBJECT_TYPE_CLASSIFICATION;
    c.classificationScheme = scheme;
    c.classifiedObject = objectId;
    c.nodeRepresentation = "";
    a.person().ifPresent(p -> c.addSlot("authorPerson", List.of(p.value())));
    c.addSlot("authorInstitution", a.institutions().stream().map(Xon::value).toList());
    c.addSlot("authorRole", a.roles());
    c.addSlot("authorSpecialty", a.specialties());
    c.addSlot("authorTelecommunication", a.telecoms());
    return c;
  }

  private static RimExternalIdentifier externalId(String scheme, String objectId, String value,
      String name) {
    RimExternalIdentifier e = new RimExternalIdentifier();
    e.id = Ids.newUrnUuid();
    e.objectType = XdsConstants.OBJECT_TYPE_EXTERNAL_IDENTIFIER;
    e.identificationScheme = scheme;
    e.registryObject = objectId;
    e.value = value;
    e.name = RimInternationalString.of(name);
    return e;
  }

  // ---------------------------------------------------------------- ebRIM -> model

  /**
   * Maps a SubmitObjectsRequest; the submission set is the RegistryPackage classified as such.
   *
   * @param rim the JAXB tree
   * @return the submission, without content
   * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0504 without a
   *     submission set
   */
  public static SubmissionRequest fromRim(LcmSubmitObjectsRequest rim) {
    Parsed parsed = parse(rim.registryObjectList);
    if (parsed.sets.isEmpty()) {
      throw new io.github.eparcours.core.error.EparcoursClientException(
          io.github.eparcours.core.document.DocumentErrors.EBRIM_UNREADABLE,
          "SubmitObjectsRequest has no RegistryPackage classified as a submission set; the"
              + " sender must classify it with " + XdsConstants.SUBMISSION_SET_NODE);
    }
    SubmissionRequest.Builder b = SubmissionRequest.builder().submissionSet(parsed.sets.get(0));
    parsed.entries.forEach(b::addDocumentEntry);
    parsed.associations.forEach(b::addAssociation);
    return b.build();
  }

  /**
   * Maps an AdhocQueryResponse.
   *
   * @param rim the JAXB tree
   * @return the response
   */
  public static QueryResponse fromRim(QueryAdhocQueryResponse rim) {
    Parsed parsed = rim.registryObjectList == null ? new Parsed()
        : parse(rim.registryObjectList);
    return QueryResponse.of(status(rim), parsed.entries, parsed.sets, parsed.associations,
        parsed.refs);
  }

  /**
   * Maps a RegistryResponse.
   *
   * @param rim the JAXB tree
   * @return the response
   */
  public static RegistryResponse fromRim(RsRegistryResponse rim) {
    return status(rim);
  }

  private static RegistryResponse status(RsRegistryResponseBase rim) {
    List<RegistryError> errors = new ArrayList<>();
    if (rim.registryErrorList != null) {
      for (RsRegistryError e : rim.registryErrorList.errors) {
        errors.add(new RegistryError(e.errorCode, e.codeContext, e.severity, e.location));
      }
    }
    return RegistryResponse.of(rim.status == null ? "" : rim.status, errors);
  }

  private static final class Parsed {
    final List<DocumentEntry> entries = new ArrayList<>();
    final List<SubmissionSet> sets = new ArrayList<>();
    final List<Association> associations = new ArrayList<>();
    final List<String> refs = new ArrayList<>();
  }

  private static Parsed parse(RimRegistryObjectList list) {
    Set<String> setIds = new HashSet<>();
    for (RimIdentifiable o : list.objects) {
      if (o instanceof RimClassification c
          && XdsConstants.SUBMISSION_SET_NODE.equals(c.classificationNode)) {
        setIds.add(c.classifiedObject);
      } else if (o instanceof RimRegistryPackage p) {
        for (RimClassification c : p.classifications) {
          if (XdsConstants.SUBMISSION_SET_NODE.equals(c.classificationNode)) {
            setIds.add(p.id);
          }
        }
        for (RimExternalIdentifier e : p.externalIdentifiers) {
          if (XdsConstants.SS_UNIQUE_ID.equals(e.identificationScheme)) {
            setIds.add(p.id);
          }
        }
      }
    }
    Parsed parsed = new Parsed();
    for (RimIdentifiable o : list.objects) {
      if (o instanceof RimExtrinsicObject eo) {
        parsed.entries.add(entry(eo));
      } else if (o instanceof RimRegistryPackage p && setIds.contains(p.id)) {
        parsed.sets.add(set(p));
      } else if (o instanceof RimAssociation a) {
        parsed.associations.add(association(a));
      } else if (o instanceof RimObjectRef r) {
        parsed.refs.add(r.id);
      }
    }
    return parsed;
  }

  private static DocumentEntry entry(RimExtrinsicObject eo) {
    DocumentEntry.Builder b = DocumentEntry.builder().entryUuid(eo.id)
        .logicalId(eo.lid).version(eo.versionInfo == null ? null : eo.versionInfo.versionName)
        .mimeType(eo.mimeType)
        .title(RimInternationalString.first(eo.name))
        .comments(RimInternationalString.first(eo.description));
    if (eo.objectType != null) {
      b.objectType(eo.objectType);
    }
    if (eo.status != null) {
      b.availabilityStatus(AvailabilityStatus.of(eo.status));
    }
    for (RimSlot s : eo.slots) {
      List<String> v = s.values == null ? List.of() : s.values;
      String first = v.isEmpty() ? null : v.get(0);
      if (!DE_SLOTS.contains(s.name) || first == null) {
        b.extraSlot(s.name, v);
        continue;
      }
      switch (s.name) {
        case "creationTime" -> time(first, s, b, b::creationTime);
        case "serviceStartTime" -> time(first, s, b, b::serviceStartTime);
        case "serviceStopTime" -> time(first, s, b, b::serviceStopTime);
        case "languageCode" -> b.languageCode(first);
        case "legalAuthenticator" -> b.legalAuthenticator(Xcn.parse(first));
        case "sourcePatientId" -> b.sourcePatientId(Cx.parse(first));
        case "sourcePatientInfo" -> b.sourcePatientInfo(v);
        case "hash" -> b.hash(first);
        case "size" -> {
          try {
            b.size(Long.parseLong(first.trim()));
          } catch (NumberFormatException e) {
            b.extraSlot(s.name, v);
          }
        }
        case "repositoryUniqueId" -> b.repositoryUniqueId(first);
        default -> v.forEach(ref -> b.addReferenceId(Cx.parse(ref)));
      }
    }
    for (RimClassification c : eo.classifications) {
      String scheme = c.classificationScheme == null ? "" : c.classificationScheme;
      switch (scheme) {
        case XdsConstants.DE_AUTHOR -> b.addAuthor(author(c));
        case XdsConstants.DE_CLASS_CODE -> b.classCode(code(c));
        case XdsConstants.DE_CONFIDENTIALITY_CODE -> b.addConfidentialityCode(code(c));
        case XdsConstants.DE_EVENT_CODE -> b.addEventCode(code(c));
        case XdsConstants.DE_FORMAT_CODE -> b.formatCode(code(c));
        case XdsConstants.DE_HEALTHCARE_FACILITY_TYPE_CODE ->
            b.healthcareFacilityTypeCode(code(c));
        case XdsConstants.DE_PRACTICE_SETTING_CODE -> b.practiceSettingCode(code(c));
        case XdsConstants.DE_TYPE_CODE -> b.typeCode(code(c));
        default -> { /* classification unknown to XDS.b: ignored */ }
      }
    }
    for (RimExternalIdentifier e : eo.externalIdentifiers) {
      if (XdsConstants.DE_PATIENT_ID.equals(e.identificationScheme) && e.value != null) {
        b.patientId(Cx.parse(e.value));
      } else if (XdsConstants.DE_UNIQUE_ID.equals(e.identificationScheme)) {
        b.uniqueId(e.value);
      }
    }
    return b.build();
  }

  private static SubmissionSet set(RimRegistryPackage p) {
    SubmissionSet.Builder b = SubmissionSet.builder().entryUuid(p.id)
        .title(RimInternationalString.first(p.name))
        .comments(RimInternationalString.first(p.description));
    if (p.status != null) {
      b.availabilityStatus(AvailabilityStatus.of(p.status));
    }
    for (RimSlot s : p.slots) {
      List<String> v = s.values == null ? List.of() : s.values;
      if ("submissionTime".equals(s.name) && !v.isEmpty() && XdsTime.isWellFormed(v.get(0))) {
        b.submissionTime(new XdsTime(v.get(0)));
      } else if ("intendedRecipient".equals(s.name)) {
        v.forEach(b::addIntendedRecipient);
      } else if (!SS_SLOTS.contains(s.name) || !v.isEmpty()) {
        b.extraSlot(s.name, v);
      }
    }
    for (RimClassification c : p.classifications) {
      if (XdsConstants.SS_AUTHOR.equals(c.classificationScheme)) {
        b.addAuthor(author(c));
      } else if (XdsConstants.SS_CONTENT_TYPE_CODE.equals(c.classificationScheme)) {
        b.contentTypeCode(code(c));
      }
    }
    for (RimExternalIdentifier e : p.externalIdentifiers) {
      if (XdsConstants.SS_UNIQUE_ID.equals(e.identificationScheme)) {
        b.uniqueId(e.value);
      } else if (XdsConstants.SS_SOURCE_ID.equals(e.identificationScheme)) {
        b.sourceId(e.value);
      } else if (XdsConstants.SS_PATIENT_ID.equals(e.identificationScheme) && e.value != null) {
        b.patientId(Cx.parse(e.value));
      }
    }
    return b.build();
  }

  private static Association association(RimAssociation a) {
    Association.Builder b = Association.builder().entryUuid(a.id)
        .type(AssociationType.of(a.associationType == null ? "" : a.associationType))
        .sourceUuid(a.sourceObject).targetUuid(a.targetObject);
    for (RimSlot s : a.slots) {
      List<String> v = s.values == null ? List.of() : s.values;
      if (v.isEmpty() || !ASSOCIATION_SLOTS.contains(s.name)) {
        b.extraSlot(s.name, v);
      } else if ("SubmissionSetStatus".equals(s.name)) {
        b.submissionSetStatus(v.get(0));
      } else if ("OriginalStatus".equals(s.name)) {
        b.originalStatus(AvailabilityStatus.of(v.get(0)));
      } else {
        b.newStatus(AvailabilityStatus.of(v.get(0)));
      }
    }
    return b.build();
  }

  private static void time(String value, RimSlot slot, DocumentEntry.Builder b,
      java.util.function.Consumer<XdsTime> setter) {
    if (XdsTime.isWellFormed(value)) {
      setter.accept(new XdsTime(value));
    } else {
      // Kept raw so that the validator reports it and a round trip does not lose it.
      b.extraSlot(slot.name, slot.values);
    }
  }

  /**
   * Reads a coded classification. Without a codingScheme slot the code's system is the
   * classification scheme URN, which the validator reports.
   */
  private static Code code(RimClassification c) {
    String system = c.slotValue(SLOT_CODING_SCHEME);
    if (system == null || system.isBlank()) {
      system = c.classificationScheme;
    }
    String code = c.nodeRepresentation == null || c.nodeRepresentation.isBlank()
        ? "?" : c.nodeRepresentation;
    return Code.of(code, system, RimInternationalString.first(c.name));
  }

  private static Author author(RimClassification c) {
    Author.Builder b = Author.builder();
    String person = c.slotValue("authorPerson");
    if (person != null) {
      b.person(Xcn.parse(person));
    }
    c.slotValues("authorInstitution").forEach(v -> b.addInstitution(Xon.parse(v)));
    c.slotValues("authorRole").forEach(b::addRole);
    c.slotValues("authorSpecialty").forEach(b::addSpecialty);
    c.slotValues("authorTelecommunication").forEach(b::addTelecom);
    return b.build();
  }
}
