package io.github.eparcours.testkit.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.testkit.dmp.DmpConformanceSuite.Report;
import io.github.eparcours.testkit.dmp.DmpConformanceSuite.Step;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite offered to vendors: the SDK's own configuration passes it against the
 * fake, and a broken configuration fails the step concerned, with its reason, and skips what
 * depends on it.
 */
class DmpConformanceSuiteTest {

  private static final Ins INS = DmpClientLifecycleTest.INS;

  /** The SDK's configuration as a vendor would plug it into the suite. */
  private static final class SdkSuite extends DmpConformanceSuite {
    private final DmpClient client;
    private final Ins patient;

    SdkSuite(DmpClient client, Ins patient) {
      this.client = client;
      this.patient = patient;
    }

    @Override
    protected DmpClient client() {
      return client;
    }

    @Override
    protected ActingIdentity author() {
      return DmpClientLifecycleTest.AUTHOR;
    }

    @Override
    protected ActingIdentity colleague() {
      return DmpClientLifecycleTest.COLLEAGUE;
    }

    @Override
    protected PatientIdentity patient() {
      return DmpClientLifecycleTest.patient(patient, IdentityStatus.QUAL);
    }

    @Override
    protected SubmissionRequest newSubmission() {
      DocumentContent c = DocumentContent.ofBytes(
          "<ClinicalDocument>conformance</ClinicalDocument>".getBytes(StandardCharsets.UTF_8));
      DocumentEntry e = DmpClientLifecycleTest.entry(patient, c).build();
      return DmpClientLifecycleTest.submission(patient, e, c, new Association[0]);
    }
  }

  private static Report run(UnaryOperator<FakeDmp.Builder> fake, boolean sign, Ins patient) {
    try (TestDmp dmp = TestDmp.start(fake, sign)) {
      return new SdkSuite(dmp.client(), patient).run();
    }
  }

  @Test
  void run_sdkConfiguration_passesEveryStepOfTheLifeCycle() {
    Report report = run(b -> b.openDmp(INS.toCx()), true, INS);

    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.failures()).isEmpty();
    assertThat(report.steps()).extracting(Step::name).containsExactly(
        "check the DMP (TD0.2): it exists and is open",
        "authorise the author (setAuthorization); TD0.2 then reports the access",
        "feed (ITI-41)",
        "find (ITI-18 FindDocuments and GetDocuments)",
        "retrieve the same bytes (ITI-43)",
        "a professional without authorisation is refused (ITI-41, ITI-18, ITI-43)",
        "replace (ITI-41 RPLC): the new version approved, the old one deprecated",
        "mask to professionals, then unmask (ITI-57)",
        "hide from the patient, then show again (ITI-57)",
        "archive, then unarchive (ITI-57)",
        "delete: refused to another professional, done by the author (ITI-57)",
        "non-qualified identity refused before sending (DMP-0201)");
  }

  @Test
  void run_twiceOnTheSameDmp_passesAgain() {
    try (TestDmp dmp = TestDmp.start(b -> b.openDmp(INS.toCx()), true)) {
      SdkSuite suite = new SdkSuite(dmp.client(), INS);
      suite.run();

      Report again = suite.run();

      assertThat(again.passed()).as(again.toString()).isTrue();
      assertThat(dmp.fake().hasAuthorization(INS.toCx(), "1750712184",
          DmpClientLifecycleTest.COLLEAGUE.subjectId())).as("colleague's access removed").isFalse();
    }
  }

  @Test
  void run_unsignedSubmissionsWhileTheDmpRequiresThem_feedFailsWithItsCodeDependentsNotRun() {
    Report report = run(b -> b.openDmp(INS.toCx()).requireSignedSubmissions(true), false, INS);

    assertThat(report.passed()).isFalse();
    assertThat(report.steps().get(2).passed()).isFalse();
    assertThat(report.steps().get(2).detail()).contains("DMP-0204", "XDSRepositoryMetadataError");
    assertThat(report.steps().subList(3, 11)).allSatisfy(s -> {
      assertThat(s.passed()).isFalse();
      assertThat(s.detail()).isEqualTo("not run: 'feed (ITI-41)' failed");
    });
    assertThat(report.steps().get(11).passed()).as("checked before sending").isTrue();
    assertThat(report.toString()).contains("  FAIL feed (ITI-41) - DMP-0204");
  }

  @Test
  void run_patientWithoutDmp_firstStepFailsWithTheReasonNoPatientData() {
    Report report = run(b -> b, true, INS);

    assertThat(report.steps().get(0).passed()).isFalse();
    assertThat(report.steps().get(0).detail()).contains("the patient has no DMP");
    assertThat(report.failures()).hasSize(11);
    assertThat(report.toString()).doesNotContain(INS.value()).doesNotContain(INS.matricule());
  }
}
