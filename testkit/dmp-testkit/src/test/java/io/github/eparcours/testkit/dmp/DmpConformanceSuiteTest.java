package io.github.eparcours.testkit.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.DmpClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SDK's own configuration passes the conformance suite it offers to vendors. */
class DmpConformanceSuiteTest extends DmpConformanceSuite {

  @BeforeAll
  static void start() {
    DmpClientLifecycleTest.start();
  }

  @AfterAll
  static void stop() {
    DmpClientLifecycleTest.stop();
  }

  @Override
  protected DmpClient client() {
    return DmpClientLifecycleTest.dmp;
  }

  @Override
  protected ActingIdentity author() {
    return DmpClientLifecycleTest.AUTHOR;
  }

  @Override
  protected PatientIdentity patient() {
    return DmpClientLifecycleTest.patient(DmpClientLifecycleTest.INS, IdentityStatus.QUAL);
  }

  @Override
  protected SubmissionRequest newSubmission() {
    DocumentContent c = DocumentContent.ofBytes("<ClinicalDocument>conformance</ClinicalDocument>"
        .getBytes(StandardCharsets.UTF_8));
    DocumentEntry e = DmpClientLifecycleTest.entry(DmpClientLifecycleTest.INS, c).build();
    return DmpClientLifecycleTest.submission(DmpClientLifecycleTest.INS, e, c,
        new Association[0]);
  }

  @Test
  void run_sdkConfiguration_passesEveryStep() {
    Report report = run();

    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.steps()).hasSize(8);
  }
}
