package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.core.identity.Rpps;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.SubjectRole;
import io.github.eparcours.testkit.dmp.DmpConformanceSuite;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.io.PrintStream;
import java.time.OffsetDateTime;

/**
 * Task example: run the DMP conformance suite on the hospital's own configuration (its client,
 * its acting identities, its documents), without any test framework. Here against the fake
 * DMP; against the DMP test platform, the client is built as in production with
 * {@code DmpEndpoints.test()} and a test patient whose DMP is open.
 */
public final class RunDmpConformance {

  private RunDmpConformance() {}

  /**
   * Runs the example; exits with status 1 if a step failed (for a CI job).
   *
   * @param args unused
   */
  public static void main(String[] args) {
    if (!run(System.out).passed()) {
      System.exit(1);
    }
  }

  /**
   * Runs the suite on the fake DMP, printing the report to {@code out}.
   *
   * @param out where to print
   * @return the report
   */
  public static DmpConformanceSuite.Report run(PrintStream out) {
    try (DmpSandbox sandbox = DmpSandbox.start()) {
      // START SNIPPET: dmp-conformance
      DmpConformanceSuite suite = new DmpConformanceSuite() {
        @Override
        protected DmpClient client() {
          return sandbox.client(); // the production configuration, on the test DMP
        }

        @Override
        protected ActingIdentity author() {
          return ExampleData.actingDoctor(); // the author named in the documents' metadata
        }

        @Override
        protected ActingIdentity colleague() {
          IdNatPs nurse = IdNatPs.ofRpps(Rpps.parse(RorFixtures.RPPS_NO_MAILBOX));
          return ActingIdentity.professional(nurse, "Lea INFIRMIERE") // another professional
              .role(SubjectRole.profession("60", "Infirmier"))
              .structure(ExampleData.actingDoctor().structure())
              .sector("SA01")
              .build();
        }

        @Override
        protected PatientIdentity patient() {
          return ExampleData.patient(); // a test patient whose DMP is open
        }

        @Override
        protected SubmissionRequest newSubmission() {
          return DmpSandbox.submissionOf(BuildCdaN1.letter(patient(), OffsetDateTime.now()));
        }
      };
      DmpConformanceSuite.Report report = suite.run();
      out.print(report); // one PASS/FAIL line per step, with the reason
      // END SNIPPET: dmp-conformance
      return report;
    }
  }
}
