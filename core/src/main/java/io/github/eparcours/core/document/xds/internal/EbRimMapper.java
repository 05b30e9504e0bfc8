package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.AssociationType;
import io.github.eparcours.core.document.xds.Author;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.QueryResponse;
import io.github.eparcours.core.document.xds.RegistryResponse;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.document.xds.Xcn;
import io.github.eparcours.core.document.xds.Xon;
import io.github.eparcours.core.error.EparcoursClientException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps the registry objects read by {@link EbRimParser} to the public XDS model: well-known
 * slots, classifications and external identifiers become typed fields, unknown slots are kept
 * as extra slots, unknown classifications are ignored. Stateless.
 */
final class EbRimMapper {

  static final String SLOT_CODING_SCHEME = "codingScheme";
  private static final Set<String> DE_SLOTS = Set.of("creationTime", "languageCode",
      "legalAuthenticator", "serviceStartTime", "serviceStopTime", "sourcePatientId",
      "sourcePatientInfo", "hash", "size", "repositoryUniqueId",
      "urn:ihe:iti:xds:2013:referenceIdList");
  private static final Set<String> SS_SLOTS = Set.of("submissionTime", "intendedRecipient");
  private static final Set<String> ASSOCIATION_SLOTS =
      Set.of("SubmissionSetStatus", "OriginalStatus", "NewStatus");

  private EbRimMapper() {}

  /**
   * Maps a SubmitObjectsRequest; the submission set is the RegistryPackage classified as such.
   *
   * @param rim the message read
   * @return the submission, without content
   * @throws EparcoursClientException CORE-0504 without a submission set
   */
  static SubmissionRequest submission(RimMessage rim) {
    Parsed parsed = parse(rim.objects);
    if (parsed.sets.isEmpty()) {
      throw new EparcoursClientException(DocumentErrors.EBRIM_UNREADABLE,
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
   * @param rim the message read
   * @return the response
   */
  static QueryResponse queryResponse(RimMessage rim) {
    Parsed parsed = parse(rim.objects);
    return QueryResponse.of(status(rim), parsed.entries, parsed.sets, parsed.associations,
        parsed.refs);
  }

  /**
   * Maps a RegistryResponse.
   *
   * @param rim the message read
   * @return the response
   */
  static RegistryResponse registryResponse(RimMessage rim) {
    return status(rim);
  }

  private static RegistryResponse status(RimMessage rim) {
    return RegistryResponse.of(rim.status == null ? "" : rim.status, rim.errors);
  }

  private static final class Parsed {
    final List<DocumentEntry> entries = new ArrayList<>();
    final List<SubmissionSet> sets = new ArrayList<>();
    final List<Association> associations = new ArrayList<>();
    final List<String> refs = new ArrayList<>();
  }

  private static Parsed parse(List<RimObject> objects) {
    Set<String> setIds = new HashSet<>();
    for (RimObject o : objects) {
      if (o.kind == RimObject.CLASSIFICATION
          && XdsConstants.SUBMISSION_SET_NODE.equals(o.classificationNode)) {
        setIds.add(o.classifiedObject);
      } else if (o.kind == RimObject.REGISTRY_PACKAGE) {
        for (RimObject c : o.classifications()) {
          if (XdsConstants.SUBMISSION_SET_NODE.equals(c.classificationNode)) {
            setIds.add(o.id);
          }
        }
        for (RimObject e : o.externalIdentifiers()) {
          if (XdsConstants.SS_UNIQUE_ID.equals(e.identificationScheme)) {
            setIds.add(o.id);
          }
        }
      }
    }
    Parsed parsed = new Parsed();
    for (RimObject o : objects) {
      switch (o.kind) {
        case RimObject.EXTRINSIC_OBJECT -> parsed.entries.add(entry(o));
        case RimObject.REGISTRY_PACKAGE -> {
          if (setIds.contains(o.id)) {
            parsed.sets.add(set(o));
          }
        }
        case RimObject.ASSOCIATION -> parsed.associations.add(association(o));
        case RimObject.OBJECT_REF -> parsed.refs.add(o.id);
        default -> { /* classifications and identifiers at top level: used above or ignored */ }
      }
    }
    return parsed;
  }

  private static DocumentEntry entry(RimObject eo) {
    DocumentEntry.Builder b = DocumentEntry.builder().entryUuid(eo.id)
        .logicalId(eo.lid).version(eo.versionName)
        .mimeType(eo.mimeType)
        .title(eo.name)
        .comments(eo.description);
    if (eo.objectType != null) {
      b.objectType(eo.objectType);
    }
    if (eo.status != null) {
      b.availabilityStatus(AvailabilityStatus.of(eo.status));
    }
    for (RimSlot s : eo.slots) {
      List<String> v = s.values;
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
    for (RimObject c : eo.classifications()) {
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
    for (RimObject e : eo.externalIdentifiers()) {
      if (XdsConstants.DE_PATIENT_ID.equals(e.identificationScheme) && e.value != null) {
        b.patientId(Cx.parse(e.value));
      } else if (XdsConstants.DE_UNIQUE_ID.equals(e.identificationScheme)) {
        b.uniqueId(e.value);
      }
    }
    return b.build();
  }

  private static SubmissionSet set(RimObject p) {
    SubmissionSet.Builder b = SubmissionSet.builder().entryUuid(p.id)
        .title(p.name)
        .comments(p.description);
    if (p.status != null) {
      b.availabilityStatus(AvailabilityStatus.of(p.status));
    }
    for (RimSlot s : p.slots) {
      List<String> v = s.values;
      if ("submissionTime".equals(s.name) && !v.isEmpty() && XdsTime.isWellFormed(v.get(0))) {
        b.submissionTime(new XdsTime(v.get(0)));
      } else if ("intendedRecipient".equals(s.name)) {
        v.forEach(b::addIntendedRecipient);
      } else if (!SS_SLOTS.contains(s.name) || !v.isEmpty()) {
        b.extraSlot(s.name, v);
      }
    }
    for (RimObject c : p.classifications()) {
      if (XdsConstants.SS_AUTHOR.equals(c.classificationScheme)) {
        b.addAuthor(author(c));
      } else if (XdsConstants.SS_CONTENT_TYPE_CODE.equals(c.classificationScheme)) {
        b.contentTypeCode(code(c));
      }
    }
    for (RimObject e : p.externalIdentifiers()) {
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

  private static Association association(RimObject a) {
    Association.Builder b = Association.builder().entryUuid(a.id)
        .type(AssociationType.of(a.associationType == null ? "" : a.associationType))
        .sourceUuid(a.sourceObject).targetUuid(a.targetObject);
    for (RimSlot s : a.slots) {
      List<String> v = s.values;
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
  private static Code code(RimObject c) {
    String system = c.slotValue(SLOT_CODING_SCHEME);
    if (system == null || system.isBlank()) {
      system = c.classificationScheme;
    }
    String code = c.nodeRepresentation == null || c.nodeRepresentation.isBlank()
        ? "?" : c.nodeRepresentation;
    return Code.of(code, system, c.name);
  }

  private static Author author(RimObject c) {
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
