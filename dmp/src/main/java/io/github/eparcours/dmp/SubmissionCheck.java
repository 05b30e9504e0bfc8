package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.validation.ValidationReport;

/**
 * Checks a submission against the DMP rules before it is sent. The default is
 * {@link DmpSubmissionRules} (core DMP-profile metadata rules plus the client's own); a product
 * adding rules should chain it, {@code (r, p) -> DmpSubmissionRules.INSTANCE.check(r, p).and(mine)},
 * rather than replace it.
 *
 * <p>Implementations must be thread-safe and must not throw for invalid input: they report.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface SubmissionCheck {

  /**
   * Checks a submission.
   *
   * @param request the submission
   * @param patient the patient's qualified INS
   * @return the report; errors prevent sending
   */
  ValidationReport check(SubmissionRequest request, Ins patient);
}
