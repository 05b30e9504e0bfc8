package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.DmpClient;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Task example: feed a document masked from other professionals (confidentiality
 * {@code MASQUE_PS}, as the patient may ask), then delete it (only its author may, ITI-57).
 */
public final class MaskAndDelete {

  private MaskAndDelete() {}

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
   * @return the status the fake DMP holds for the document at the end
   */
  public static String run(PrintStream out) {
    try (DmpSandbox sandbox = DmpSandbox.start()) {
      DmpClient dmp = sandbox.client();
      ActingIdentity doctor = ExampleData.actingDoctor();
      Ins ins = ExampleData.patient().ins().orElseThrow();
      DischargeLetter letter = BuildCdaN1.letter(ExampleData.patient(), OffsetDateTime.now());

      // START SNIPPET: mask-delete
      DocumentEntry masked = letter.entry().toBuilder()
          .addConfidentialityCode(Code.of("MASQUE_PS", XdsConstants.DMP_CONFIDENTIALITY_SYSTEM,
              "Masqué aux professionnels de santé"))
          .build();
      dmp.submit(doctor, ExampleData.patient(), DmpSandbox.submissionOf(
          new DischargeLetter(letter.header(), letter.pdf(), letter.cda(), masked)));

      DocumentEntry current = dmp.getDocumentsByUniqueId(doctor, ins,
          List.of(letter.uniqueId())).get(0); // the registry's entry: entryUUID and status
      out.println("Fed with confidentiality " + current.confidentialityCodes().stream()
          .map(Code::code).toList());
      dmp.delete(doctor, ins, current);
      out.println("Deleted: still listed = "
          + !dmp.getDocumentsByUniqueId(doctor, ins, List.of(letter.uniqueId())).isEmpty());
      // END SNIPPET: mask-delete
      return sandbox.fake().statusOf(letter.uniqueId());
    }
  }
}
