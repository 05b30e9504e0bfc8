package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.internal.Checks;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.validation.ValidationReport;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks XDS metadata against the rules of a profile, one stable code per rule
 * ({@code XDS-nnnn}).
 *
 * <p>The {@link Profile} says which rules apply (generic IHE XDS.b, or the French DMP's extra
 * requirements); the {@link Direction} how hard: {@link Direction#OUTBOUND} reports every broken
 * rule as an error (refuse to send), {@link Direction#INBOUND} reports as errors only what makes
 * the metadata unusable (identifiers, patient, associations) and as warnings the rest, so that
 * documents from other systems can still be read.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class XdsMetadataValidator {

  /** Which rule set applies. */
  public enum Profile {
    /** IHE ITI TF-3 XDS.b metadata for ITI-41. */
    GENERIC_XDS_B,
    /** XDS.b plus the DMP's requirements (INS patientId, IdNat_PS authors, hash, title...). */
    FRENCH_DMP
  }

  /** Strict for what we send, lenient for what we receive. */
  public enum Direction {
    /** Every broken rule is an error. */
    OUTBOUND,
    /** Only structural rules are errors; the others are warnings. */
    INBOUND
  }

  /** SubmissionSet.uniqueId missing or not an OID. */
  public static final String SS_UNIQUE_ID = "XDS-0001";
  /** SubmissionSet.sourceId missing or not an OID. */
  public static final String SS_SOURCE_ID = "XDS-0002";
  /** SubmissionSet.submissionTime missing. */
  public static final String SS_SUBMISSION_TIME = "XDS-0003";
  /** SubmissionSet.patientId missing or not a CX with an OID authority. */
  public static final String SS_PATIENT_ID = "XDS-0004";
  /** SubmissionSet.contentTypeCode missing (French DMP). */
  public static final String SS_CONTENT_TYPE = "XDS-0005";
  /** SubmissionSet.author missing (French DMP). */
  public static final String SS_AUTHOR = "XDS-0006";
  /** DocumentEntry.uniqueId missing, malformed or longer than 128 characters. */
  public static final String DE_UNIQUE_ID = "XDS-0007";
  /** DocumentEntry.patientId missing or not a CX with an OID authority. */
  public static final String DE_PATIENT_ID = "XDS-0008";
  /** DocumentEntry.patientId differs from the submission set's. */
  public static final String PATIENT_ID_MISMATCH = "XDS-0009";
  /** DocumentEntry.classCode missing. */
  public static final String DE_CLASS_CODE = "XDS-0010";
  /** DocumentEntry.typeCode missing. */
  public static final String DE_TYPE_CODE = "XDS-0011";
  /** DocumentEntry.formatCode missing. */
  public static final String DE_FORMAT_CODE = "XDS-0012";
  /** DocumentEntry.confidentialityCode missing. */
  public static final String DE_CONFIDENTIALITY_CODE = "XDS-0013";
  /** DocumentEntry.healthcareFacilityTypeCode missing. */
  public static final String DE_FACILITY_TYPE = "XDS-0014";
  /** DocumentEntry.practiceSettingCode missing. */
  public static final String DE_PRACTICE_SETTING = "XDS-0015";
  /** DocumentEntry.creationTime missing. */
  public static final String DE_CREATION_TIME = "XDS-0016";
  /** DocumentEntry.languageCode missing. */
  public static final String DE_LANGUAGE = "XDS-0017";
  /** DocumentEntry.mimeType missing or not {@code type/subtype}. */
  public static final String DE_MIME_TYPE = "XDS-0018";
  /** DocumentEntry.sourcePatientId missing or malformed. */
  public static final String DE_SOURCE_PATIENT_ID = "XDS-0019";
  /** A time slot is not {@code YYYY[MM[DD[hh[mm[ss]]]]]}. */
  public static final String TIME_FORMAT = "XDS-0020";
  /** DocumentEntry.hash is not 40 hex digits, or size is negative. */
  public static final String HASH_FORMAT = "XDS-0021";
  /** DocumentEntry.hash or size missing (French DMP, outbound). */
  public static final String HASH_MISSING = "XDS-0022";
  /** DocumentEntry.title missing (French DMP). */
  public static final String DE_TITLE = "XDS-0023";
  /** DocumentEntry.author missing (French DMP). */
  public static final String DE_AUTHOR = "XDS-0024";
  /** authorPerson malformed (French DMP: IdNat_PS with its OID). */
  public static final String AUTHOR_PERSON = "XDS-0025";
  /** authorInstitution malformed (name, identifier and OID required). */
  public static final String AUTHOR_INSTITUTION = "XDS-0026";
  /** A coded classification has no codingScheme. */
  public static final String CODE_SYSTEM = "XDS-0027";
  /** A confidentialityCode is not allowed by the French DMP. */
  public static final String CONFIDENTIALITY_VALUE = "XDS-0028";
  /** French DMP: patientId is not an INS (INS OID and CX.5 NH). */
  public static final String PATIENT_ID_NOT_INS = "XDS-0029";
  /** An association points at an object that is neither in the request nor a registry UUID. */
  public static final String ASSOCIATION_TARGET = "XDS-0030";
  /** A HasMember from the submission set has no SubmissionSetStatus. */
  public static final String SUBMISSION_SET_STATUS = "XDS-0031";
  /** A document entry is not a member of the submission set. */
  public static final String NOT_MEMBER = "XDS-0032";
  /** Two objects share an entryUUID or a uniqueId. */
  public static final String DUPLICATE_ID = "XDS-0033";
  /** An availabilityStatus unknown to the SDK (warning). */
  public static final String UNKNOWN_STATUS = "XDS-0034";
  /** An association type unknown to the SDK. */
  public static final String UNKNOWN_ASSOCIATION = "XDS-0035";
  /** An extra slot's name does not start with {@code urn:} or starts with {@code urn:ihe:}. */
  public static final String EXTRA_SLOT_NAME = "XDS-0036";
  /** legalAuthenticator malformed (French DMP: IdNat_PS with its OID). */
  public static final String LEGAL_AUTHENTICATOR = "XDS-0037";
  /** serviceStartTime is after serviceStopTime. */
  public static final String SERVICE_TIMES = "XDS-0038";
  /** An UpdateAvailabilityStatus association lacks OriginalStatus or NewStatus. */
  public static final String STATUS_UPDATE = "XDS-0039";

  private static final Set<String> STRUCTURAL = Set.of(DE_UNIQUE_ID, DE_PATIENT_ID,
      PATIENT_ID_MISMATCH, ASSOCIATION_TARGET, DUPLICATE_ID, SS_PATIENT_ID, SS_UNIQUE_ID);
  private static final Set<String> TIME_SLOTS = Set.of("creationTime", "serviceStartTime",
      "serviceStopTime", "submissionTime");
  private static final Set<String> DMP_CONFIDENTIALITY = Set.of("MASQUE_PS",
      "INVISIBLE_PATIENT", "INVISIBLE_REP_LEGAUX");
  private static final Set<String> HL7_CONFIDENTIALITY = Set.of("N", "R", "V");
  private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern MIME = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
  private static final Pattern UUID_URN = Pattern.compile(
      "urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Profile profile;
  private final Direction direction;

  private XdsMetadataValidator(Profile profile, Direction direction) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.direction = Objects.requireNonNull(direction, "direction");
  }

  /**
   * Returns a validator.
   *
   * @param profile the rule set
   * @param direction outbound (strict) or inbound (lenient)
   * @return the validator
   */
  public static XdsMetadataValidator of(Profile profile, Direction direction) {
    return new XdsMetadataValidator(profile, direction);
  }

  /** @return the profile */
  public Profile profile() {
    return profile;
  }

  /** @return the direction */
  public Direction direction() {
    return direction;
  }

  /**
   * Validates a whole submission: set, entries, associations and how they fit together.
   *
   * @param request the submission
   * @return every broken rule
   */
  public ValidationReport validate(SubmissionRequest request) {
    Issues r = new Issues();
    SubmissionSet ss = request.submissionSet();
    submissionSet(ss, r);
    Set<String> entryUuids = new HashSet<>();
    Set<String> uniqueIds = new HashSet<>();
    if (ss.uniqueId().isPresent()) {
      uniqueIds.add(ss.uniqueId().get());
    }
    entryUuids.add(ss.entryUuid());
    List<DocumentEntry> entries = request.documentEntries();
    for (int i = 0; i < entries.size(); i++) {
      DocumentEntry de = entries.get(i);
      String path = "documentEntries[" + i + "]";
      entry(de, path, r);
      if (!entryUuids.add(de.entryUuid())
          || (de.uniqueId().isPresent() && !uniqueIds.add(de.uniqueId().get()))) {
        r.add(DUPLICATE_ID, path, "entryUUID or uniqueId already used by another object of"
            + " the submission; each object needs its own");
      }
      if (de.patientId().isPresent() && ss.patientId().isPresent()
          && !de.patientId().get().equals(ss.patientId().get())) {
        r.add(PATIENT_ID_MISMATCH, path + ".patientId", "the document's patientId differs from"
            + " the submission set's; a submission concerns one patient");
      }
    }
    Set<String> members = new HashSet<>();
    List<Association> associations = request.associations();
    for (int i = 0; i < associations.size(); i++) {
      Association a = associations.get(i);
      String path = "associations[" + i + "]";
      association(a, path, ss, entryUuids, r);
      if (a.type().equals(AssociationType.HAS_MEMBER) && a.sourceUuid().equals(ss.entryUuid())) {
        members.add(a.targetUuid());
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!members.contains(entries.get(i).entryUuid())) {
        r.add(NOT_MEMBER, "documentEntries[" + i + "]", "the document is not linked to the"
            + " submission set by a HasMember association; use SubmissionRequest.addDocument");
      }
    }
    return r.build();
  }

  /**
   * Validates a submission and throws when a rule is broken: the check to run before sending.
   *
   * @param request the submission
   * @return the report (warnings only)
   * @throws io.github.eparcours.core.error.ValidationException CORE-0505 with the report
   */
  public ValidationReport requireValid(SubmissionRequest request) {
    ValidationReport report = validate(request);
    report.throwIfInvalid(io.github.eparcours.core.document.DocumentErrors.XDS_INVALID,
        "XDS submission");
    return report;
  }

  /**
   * Validates one document entry on its own (e.g. a query result).
   *
   * @param entry the entry
   * @return every broken rule
   */
  public ValidationReport validate(DocumentEntry entry) {
    Issues r = new Issues();
    entry(entry, "documentEntry", r);
    return r.build();
  }

  private void submissionSet(SubmissionSet ss, Issues r) {
    String p = "submissionSet";
    if (ss.uniqueId().isEmpty() || !Checks.isOid(ss.uniqueId().get())) {
      r.add(SS_UNIQUE_ID, p + ".uniqueId", "missing or not an OID; use XdsIds.newUniqueId()");
    }
    if (ss.sourceId().isEmpty() || !Checks.isOid(ss.sourceId().get())) {
      r.add(SS_SOURCE_ID, p + ".sourceId", "missing or not an OID; give the OID of the sending"
          + " system");
    }
    if (ss.submissionTime().isEmpty()) {
      r.add(SS_SUBMISSION_TIME, p + ".submissionTime", "missing; set it to the sending time");
    }
    if (ss.patientId().isEmpty() || !isCx(ss.patientId().get())) {
      r.add(SS_PATIENT_ID, p + ".patientId", "missing or not id^^^&OID&ISO");
    } else {
      insPatient(ss.patientId().get(), p + ".patientId", r);
    }
    if (profile == Profile.FRENCH_DMP) {
      if (ss.contentTypeCode().isEmpty()) {
        r.add(SS_CONTENT_TYPE, p + ".contentTypeCode", "missing; the DMP wants a code of"
            + " JDV_J59 (system " + XdsConstants.CONTENT_TYPE_SYSTEM + ")");
      }
      if (ss.authors().isEmpty()) {
        r.add(SS_AUTHOR, p + ".author", "missing; the DMP wants the submitting author");
      }
    }
    ss.contentTypeCode().ifPresent(c -> code(c, p + ".contentTypeCode", r));
    authors(ss.authors(), p, r);
    status(ss.availabilityStatus().orElse(null), p, r);
    slots(ss.extraSlots(), p, r);
  }

  private void entry(DocumentEntry de, String p, Issues r) {
    String uid = de.uniqueId().orElse(null);
    if (uid == null || uid.length() > 128 || !isUniqueId(uid)) {
      r.add(DE_UNIQUE_ID, p + ".uniqueId", "missing, longer than 128 characters, or not an OID"
          + " (optionally OID^extension); use the CDA id or XdsIds.newUniqueId()");
    }
    if (de.patientId().isEmpty() || !isCx(de.patientId().get())) {
      r.add(DE_PATIENT_ID, p + ".patientId", "missing or not id^^^&OID&ISO");
    } else {
      insPatient(de.patientId().get(), p + ".patientId", r);
    }
    required(de.classCode().orElse(null), DE_CLASS_CODE, p + ".classCode", r);
    required(de.typeCode().orElse(null), DE_TYPE_CODE, p + ".typeCode", r);
    required(de.formatCode().orElse(null), DE_FORMAT_CODE, p + ".formatCode", r);
    required(de.healthcareFacilityTypeCode().orElse(null), DE_FACILITY_TYPE,
        p + ".healthcareFacilityTypeCode", r);
    required(de.practiceSettingCode().orElse(null), DE_PRACTICE_SETTING,
        p + ".practiceSettingCode", r);
    if (de.confidentialityCodes().isEmpty()) {
      r.add(DE_CONFIDENTIALITY_CODE, p + ".confidentialityCode", "missing; N (normal) unless"
          + " the document is restricted");
    }
    for (int i = 0; i < de.confidentialityCodes().size(); i++) {
      Code c = de.confidentialityCodes().get(i);
      code(c, p + ".confidentialityCode[" + i + "]", r);
      if (profile == Profile.FRENCH_DMP && !allowedConfidentiality(c)) {
        r.add(CONFIDENTIALITY_VALUE, p + ".confidentialityCode[" + i + "]", "the DMP accepts N,"
            + " R, V (" + XdsConstants.CONFIDENTIALITY_SYSTEM + ") and MASQUE_PS,"
            + " INVISIBLE_PATIENT, INVISIBLE_REP_LEGAUX (" + XdsConstants.DMP_CONFIDENTIALITY_SYSTEM
            + ")");
      }
    }
    for (int i = 0; i < de.eventCodes().size(); i++) {
      code(de.eventCodes().get(i), p + ".eventCodeList[" + i + "]", r);
    }
    if (de.creationTime().isEmpty() && !de.extraSlots().containsKey("creationTime")) {
      r.add(DE_CREATION_TIME, p + ".creationTime", "missing; the CDA effectiveTime in UTC");
    }
    if (de.languageCode().isEmpty()) {
      r.add(DE_LANGUAGE, p + ".languageCode", "missing; fr-FR for French documents");
    }
    if (de.mimeType().isEmpty() || !MIME.matcher(de.mimeType().get()).matches()) {
      r.add(DE_MIME_TYPE, p + ".mimeType", "missing or not type/subtype; text/xml for a CDA");
    }
    if (de.sourcePatientId().isEmpty() || !isCx(de.sourcePatientId().get())) {
      r.add(DE_SOURCE_PATIENT_ID, p + ".sourcePatientId", "missing or not id^^^&OID&ISO; the"
          + " IPP, or the INS when there is no IPP");
    }
    if (de.hash().isPresent() && !HASH.matcher(de.hash().get()).matches()
        || de.size().isPresent() && de.size().get() < 0) {
      r.add(HASH_FORMAT, p + ".hash", "hash must be the 40 hex digits of a SHA-1 and size a"
          + " non-negative byte count; use DocumentEntry.Builder.hashAndSize");
    }
    if (de.serviceStartTime().isPresent() && de.serviceStopTime().isPresent()
        && de.serviceStartTime().get().toInstant()
            .isAfter(de.serviceStopTime().get().toInstant())) {
      r.add(SERVICE_TIMES, p + ".serviceStartTime", "the service starts after it stops");
    }
    if (profile == Profile.FRENCH_DMP) {
      if (direction == Direction.OUTBOUND && (de.hash().isEmpty() || de.size().isEmpty())) {
        r.add(HASH_MISSING, p + ".hash", "the DMP wants hash and size; use"
            + " DocumentEntry.Builder.hashAndSize");
      }
      if (de.title().isEmpty() || de.title().get().isBlank()) {
        r.add(DE_TITLE, p + ".title", "missing; the CDA title");
      }
      if (de.authors().isEmpty()) {
        r.add(DE_AUTHOR, p + ".author", "missing; the CDA author");
      }
      de.legalAuthenticator().ifPresent(x -> {
        if (x.idNumber().isEmpty() || !Checks.isOid(x.assigningAuthorityOid())) {
          r.add(LEGAL_AUTHENTICATOR, p + ".legalAuthenticator", "must carry the IdNat_PS and"
              + " its OID: id^family^given^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS");
        }
      });
    }
    authors(de.authors(), p, r);
    status(de.availabilityStatus().orElse(null), p, r);
    slots(de.extraSlots(), p, r);
  }

  private void association(Association a, String p, SubmissionSet ss, Set<String> known,
      Issues r) {
    if (!a.type().isKnown()) {
      r.add(UNKNOWN_ASSOCIATION, p + ".associationType", "association type unknown to XDS.b;"
          + " check the URN");
    }
    boolean sourceOk = known.contains(a.sourceUuid());
    boolean targetOk = known.contains(a.targetUuid())
        || (!a.type().equals(AssociationType.HAS_MEMBER)
            && UUID_URN.matcher(a.targetUuid()).matches());
    if (!sourceOk || !targetOk) {
      r.add(ASSOCIATION_TARGET, p, "the source or target is neither an object of the"
          + " submission nor (for a relationship) the urn:uuid of a registered object");
    }
    if (a.type().equals(AssociationType.HAS_MEMBER) && a.sourceUuid().equals(ss.entryUuid())
        && a.submissionSetStatus().isEmpty()) {
      r.add(SUBMISSION_SET_STATUS, p, "a HasMember from the submission set needs the slot"
          + " SubmissionSetStatus (Original or Reference)");
    }
    if (a.type().equals(AssociationType.UPDATE_AVAILABILITY_STATUS)
        && (a.originalStatus().isEmpty() || a.newStatus().isEmpty())) {
      r.add(STATUS_UPDATE, p, "an UpdateAvailabilityStatus association needs the OriginalStatus"
          + " and NewStatus slots");
    }
  }

  private void authors(List<Author> authors, String p, Issues r) {
    for (int i = 0; i < authors.size(); i++) {
      Author a = authors.get(i);
      String path = p + ".author[" + i + "]";
      a.person().ifPresent(x -> {
        boolean ok = profile == Profile.FRENCH_DMP
            ? !x.idNumber().isEmpty() && Checks.isOid(x.assigningAuthorityOid())
            : !x.idNumber().isEmpty() || !x.familyName().isEmpty();
        if (!ok) {
          r.add(AUTHOR_PERSON, path + ".authorPerson", profile == Profile.FRENCH_DMP
              ? "must carry the IdNat_PS and its OID (1.2.250.1.71.4.2.1)"
              : "must carry an identifier or a family name");
        }
      });
      for (Xon x : a.institutions()) {
        boolean ok = !x.organizationName().isEmpty() && (profile != Profile.FRENCH_DMP
            || !x.organizationIdentifier().isEmpty() && Checks.isOid(x.assigningAuthorityOid()));
        if (!ok) {
          r.add(AUTHOR_INSTITUTION, path + ".authorInstitution", "must carry a name"
              + (profile == Profile.FRENCH_DMP ? ", the IdNat_Struct and its OID" : ""));
        }
      }
    }
  }

  private void insPatient(Cx cx, String path, Issues r) {
    if (profile == Profile.FRENCH_DMP && (InsAuthority.fromOid(cx.assigningAuthorityOid())
        .isEmpty() || !Cx.TYPE_NATIONAL.equals(cx.identifierTypeCode()))) {
      r.add(PATIENT_ID_NOT_INS, path, "the DMP identifies the patient by the INS: an INS OID"
          + " (1.2.250.1.213.1.4.x) and CX.5 NH");
    }
  }

  private void required(Code c, String rule, String path, Issues r) {
    if (c == null) {
      r.add(rule, path, "missing; it comes from the CDA header (see DocumentEntry.fromCda)");
    } else {
      code(c, path, r);
    }
  }

  private void code(Code c, String path, Issues r) {
    if (c.system().startsWith("urn:uuid:")) {
      r.add(CODE_SYSTEM, path, "the code has no codingScheme slot; give the code system OID");
    }
  }

  private void status(AvailabilityStatus s, String path, Issues r) {
    if (s != null && !s.isKnown()) {
      r.warning(UNKNOWN_STATUS, path + ".availabilityStatus", "status unknown to the SDK, kept"
          + " as received");
    }
  }

  private void slots(Map<String, List<String>> slots, String p, Issues r) {
    for (String name : slots.keySet()) {
      if (TIME_SLOTS.contains(name)) {
        r.add(TIME_FORMAT, p + "." + name, "not YYYY[MM[DD[hh[mm[ss]]]]] in UTC");
      } else if (!name.startsWith("urn:") || name.startsWith("urn:ihe:")) {
        r.add(EXTRA_SLOT_NAME, p + ".slot(" + name + ")", "extra metadata slot names must"
            + " start with urn: and not with urn:ihe:");
      }
    }
  }

  private static boolean allowedConfidentiality(Code c) {
    return XdsConstants.CONFIDENTIALITY_SYSTEM.equals(c.system())
        && HL7_CONFIDENTIALITY.contains(c.code())
        || XdsConstants.DMP_CONFIDENTIALITY_SYSTEM.equals(c.system())
        && DMP_CONFIDENTIALITY.contains(c.code());
  }

  private static boolean isCx(Cx cx) {
    return !cx.idNumber().isEmpty() && Checks.isOid(cx.assigningAuthorityOid())
        && "ISO".equals(cx.universalIdType());
  }

  private static boolean isUniqueId(String uid) {
    int caret = uid.indexOf('^');
    return caret < 0 ? Checks.isOid(uid)
        : Checks.isOid(uid.substring(0, caret)) && caret < uid.length() - 1;
  }

  /** Collects issues, turning non-structural errors into warnings when inbound. */
  private final class Issues {
    private final ValidationReport.Builder b = ValidationReport.builder();

    void add(String code, String path, String message) {
      if (direction == Direction.INBOUND && !STRUCTURAL.contains(code)) {
        b.warning(code, path, message);
      } else {
        b.error(code, path, message);
      }
    }

    void warning(String code, String path, String message) {
      b.warning(code, path, message);
    }

    ValidationReport build() {
      return b.build();
    }
  }
}
