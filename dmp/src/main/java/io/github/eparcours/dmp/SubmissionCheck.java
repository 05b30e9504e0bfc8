package io.github.eparcours.dmp;

import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.validation.ValidationReport;

/**
 * Checks a submission against the DMP rules before it is sent. The default is
 * {@link DmpSubmissionRules}; a product may chain a fuller metadata validator with
 * {@link ValidationReport#and(ValidationReport)}.
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
