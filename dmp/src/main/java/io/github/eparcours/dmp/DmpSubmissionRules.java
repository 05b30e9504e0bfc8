package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.validation.ValidationReport;
import java.util.Optional;

/**
 * The DMP prerequisites checked before any feed is sent: every entry concerns the patient's INS,
 * has a uniqueId, its content, and the metadata the DMP requires (classCode, typeCode,
 * formatCode, confidentialityCode, healthcareFacilityTypeCode, practiceSettingCode,
 * creationTime, title, author); the submission set has its uniqueId, sourceId and patientId.
 *
 * <p>One stable code per rule ({@code DMP-03xx}, see {@link DmpErrors}). Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class DmpSubmissionRules implements SubmissionCheck {

  /** The shared instance. */
  public static final DmpSubmissionRules INSTANCE = new DmpSubmissionRules();

  private DmpSubmissionRules() {}

  @Override
  public ValidationReport check(SubmissionRequest request, Ins patient) {
    ValidationReport.Builder r = ValidationReport.builder();
    String cx = patient.toCx();
    SubmissionSet ss = request.submissionSet();
    if (ss.uniqueId().isEmpty() || ss.sourceId().isEmpty()) {
      r.error(DmpErrors.RULE_SUBMISSION_SET, "submissionSet",
          "the submission set needs a uniqueId and a sourceId (the sending system's OID)");
    }
    if (ss.patientId().map(p -> !p.value().equals(cx)).orElse(true)) {
      r.error(DmpErrors.RULE_PATIENT_ID, "submissionSet.patientId",
          "the submission set's patientId must be the patient's INS in CX form");
    }
    int i = 0;
    for (DocumentEntry e : request.documentEntries()) {
      String path = "documentEntries[" + i++ + "]";
      if (e.patientId().map(p -> !p.value().equals(cx)).orElse(true)) {
        r.error(DmpErrors.RULE_PATIENT_ID, path + ".patientId",
            "the entry's patientId must be the patient's INS in CX form");
      }
      if (e.uniqueId().isEmpty()) {
        r.error(DmpErrors.RULE_UNIQUE_ID, path + ".uniqueId", "the entry needs a uniqueId");
      }
      if (request.content(e.entryUuid()).isEmpty()) {
        r.error(DmpErrors.RULE_CONTENT, path, "the entry has no document content attached");
      }
      required(r, path, "classCode", e.classCode());
      required(r, path, "typeCode", e.typeCode());
      required(r, path, "formatCode", e.formatCode());
      required(r, path, "healthcareFacilityTypeCode", e.healthcareFacilityTypeCode());
      required(r, path, "practiceSettingCode", e.practiceSettingCode());
      required(r, path, "creationTime", e.creationTime());
      required(r, path, "title", e.title());
      if (e.confidentialityCodes().isEmpty()) {
        missing(r, path, "confidentialityCode");
      }
      if (e.authors().isEmpty()) {
        missing(r, path, "author");
      }
    }
    return r.build();
  }

  private static void required(ValidationReport.Builder r, String path, String name,
      Optional<?> value) {
    if (value.isEmpty()) {
      missing(r, path, name);
    }
  }

  private static void missing(ValidationReport.Builder r, String path, String name) {
    r.error(DmpErrors.RULE_REQUIRED_ATTRIBUTE, path + "." + name,
        "the DMP requires " + name + " on every document entry");
  }
}
