package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsMetadataValidator;
import io.github.eparcours.core.document.xds.XdsMetadataValidator.Direction;
import io.github.eparcours.core.document.xds.XdsMetadataValidator.Profile;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.validation.ValidationReport;
import java.util.Optional;

/**
 * The checks run before any feed is sent: the core metadata rules of the French DMP profile
 * ({@link XdsMetadataValidator} with {@link Profile#FRENCH_DMP} and {@link Direction#OUTBOUND},
 * codes {@code XDS-00xx}: identifiers, required codes, title, author, hash and size, INS form of
 * the patientId, associations...), then the rules that need what only the DMP client knows
 * (codes {@code DMP-03xx}, see {@link DmpErrors}): the submission concerns <em>this</em> patient,
 * and every entry has its content attached.
 *
 * <p>Each rule is checked once: what the core validator covers is not repeated here. Stateless
 * and thread-safe.
 *
 * @since 0.1
 */
public final class DmpSubmissionRules implements SubmissionCheck {

  /** The shared instance. */
  public static final DmpSubmissionRules INSTANCE = new DmpSubmissionRules();

  private static final XdsMetadataValidator METADATA =
      XdsMetadataValidator.of(Profile.FRENCH_DMP, Direction.OUTBOUND);

  private DmpSubmissionRules() {}

  /**
   * Checks a submission: the core DMP-profile metadata rules, then the DMP client's own rules.
   *
   * @param request the submission, not null
   * @param patient the patient's qualified INS, not null
   * @return every broken rule; errors prevent sending
   */
  @Override
  public ValidationReport check(SubmissionRequest request, Ins patient) {
    return METADATA.validate(request).and(clientRules(request, patient));
  }

  private static ValidationReport clientRules(SubmissionRequest request, Ins patient) {
    ValidationReport.Builder r = ValidationReport.builder();
    String cx = patient.toCx();
    SubmissionSet ss = request.submissionSet();
    // A missing patientId is the core validator's XDS-0004/0008; here only "another patient".
    if (otherPatient(ss.patientId(), cx)) {
      r.error(DmpErrors.RULE_PATIENT_ID, "submissionSet.patientId",
          "the submission set's patientId must be the INS of the patient the feed is for");
    }
    int i = 0;
    for (DocumentEntry e : request.documentEntries()) {
      String path = "documentEntries[" + i++ + "]";
      if (otherPatient(e.patientId(), cx)) {
        r.error(DmpErrors.RULE_PATIENT_ID, path + ".patientId",
            "the entry's patientId must be the INS of the patient the feed is for");
      }
      if (request.content(e.entryUuid()).isEmpty()) {
        r.error(DmpErrors.RULE_CONTENT, path, "the entry has no document content attached;"
            + " use SubmissionRequest.Builder.addDocument(entry, content)");
      }
    }
    return r.build();
  }

  private static boolean otherPatient(Optional<Cx> patientId, String cx) {
    return patientId.map(p -> !p.value().equals(cx)).orElse(false);
  }
}
