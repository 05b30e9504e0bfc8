package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.SubmitResult;
import java.io.PrintStream;
import java.time.OffsetDateTime;

/**
 * Task example: feed a document to the DMP (ITI-41 with a signed VIHF and a XAdES-signed
 * submission set). A lost reply is never resent blindly: the client first asks the registry.
 */
public final class FeedDmp {

  private FeedDmp() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example on the fake DMP, printing to {@code out}.
   *
   * @param out where to print
   * @return how many times the fake holds the letter (1)
   */
  public static long run(PrintStream out) {
    try (DmpSandbox sandbox = DmpSandbox.start()) {
      PatientIdentity patient = ExampleData.patient();
      DischargeLetter letter = BuildCdaN1.letter(patient, OffsetDateTime.now());
      DmpClient dmp = sandbox.client();
      // START SNIPPET: feed-dmp
      ActingIdentity doctor = ExampleData.actingDoctor();
      Ins ins = patient.ins().orElseThrow();
      // TD0.2: without an access authorisation the DMP refuses the feed (DMP-0210).
      if (!dmp.dmpStatus(doctor, ins).isAccessible()) {
        dmp.setAuthorization(doctor, ins, AuthorizationAction.ADD); // the patient agreed
      }
      SubmitResult result = dmp.submit(doctor, patient, DmpSandbox.submissionOf(letter));
      out.println("Feed: " + result.status() + " after " + result.attempts() + " attempt(s)"
          + (result.confirmedByQuery() ? ", outcome confirmed by a query" : ""));
      // END SNIPPET: feed-dmp
      long copies = sandbox.fake().registeredCount(letter.uniqueId());
      out.println("Registered copies: " + copies);
      return copies;
    }
  }
}
