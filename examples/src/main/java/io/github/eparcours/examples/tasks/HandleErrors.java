package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.core.error.ValidationException;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.InsAuthority;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.testkit.dmp.FakeDmpFault;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Task example: the three kinds of error and what to do with each. Every error is an
 * {@link EparcoursException} with a stable code; none carries patient data in its message.
 * <ul>
 *   <li>{@link ValidationException}: the data breaks a rule; fix the data (the report names each
 *       rule and where);
 *   <li>{@link EparcoursClientException}: the call cannot be made as asked (configuration,
 *       identity not qualified, TLS); fix the caller;
 *   <li>{@link EparcoursServiceException}: the service refused or failed; retry later when
 *       {@link EparcoursException#isRetryable()}, else show the service's reason.
 * </ul>
 */
public final class HandleErrors {

  private HandleErrors() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   * @return the error codes met, in order
   */
  public static List<String> run(PrintStream out) {
    List<String> codes = new ArrayList<>();
    try {
      Ins.parse("279035121518988", InsAuthority.NIR_TEST); // wrong key
    } catch (EparcoursException e) {
      codes.add(handle(e, out));
    }
    try (DmpSandbox sandbox = DmpSandbox.start()) {
      DischargeLetter letter = BuildCdaN1.letter(ExampleData.patient(), OffsetDateTime.now());
      PatientIdentity notQualified = ExampleData.patient().toBuilder().ins(null)
          .status(IdentityStatus.VALI).build();
      try {
        sandbox.client().submit(ExampleData.actingDoctor(), notQualified,
            DmpSandbox.submissionOf(letter));
      } catch (EparcoursException e) {
        codes.add(handle(e, out));
      }
      try { // a doctor the patient has not authorised: DMP-0210, the message says what to do
        sandbox.client().submit(ExampleData.actingDoctor(), ExampleData.patient(),
            DmpSandbox.submissionOf(letter));
      } catch (EparcoursException e) {
        codes.add(handle(e, out));
      }
      sandbox.fake().enqueueFault(FakeDmpFault.registryError("XDSRegistryBusy", "busy"));
      try {
        sandbox.client().submit(ExampleData.actingDoctor(), ExampleData.patient(),
            DmpSandbox.submissionOf(letter));
      } catch (EparcoursException e) {
        codes.add(handle(e, out));
      }
    }
    return codes;
  }

  // START SNIPPET: handle-errors
  static String handle(EparcoursException e, PrintStream out) {
    if (e instanceof ValidationException v) {
      out.println("Invalid data (" + e.code() + "): fix " + v.report().errors().size()
          + " rule(s), e.g. " + v.report().codes());
    } else if (e instanceof EparcoursServiceException s) {
      out.println("Service refused (" + e.code() + (s.status().isPresent() ? ", HTTP "
          + s.status().getAsInt() : "") + "): " + (e.isRetryable()
          ? "retry later" : "show the reason and stop") + " - " + e.getMessage());
    } else {
      out.println("Call refused before sending (" + e.code() + "): " + e.getMessage());
    }
    return e.code().value();
  }
  // END SNIPPET: handle-errors
}
