package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.AvailabilityStatus;
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
      ActingIdentity doctor = sandbox.authorise(ExampleData.actingDoctor());
      Ins ins = ExampleData.patient().ins().orElseThrow();
      DischargeLetter letter = BuildCdaN1.letter(ExampleData.patient(), OffsetDateTime.now());

      // START SNIPPET: mask-delete
      dmp.submit(doctor, ExampleData.patient(), DmpSandbox.submissionOf(letter));
      DocumentEntry current = dmp.getDocumentsByUniqueId(doctor, ins,
          List.of(letter.uniqueId())).get(0); // the registry's entry: entryUUID, lid, version

      // ITI-57: masking is a new metadata version carrying MASQUE_PS (unmask with false).
      dmp.maskToProfessionals(doctor, ins, current, true);
      DocumentEntry masked = dmp.getDocumentsByUniqueId(doctor, ins,
              List.of(letter.uniqueId())).stream()   // every version: keep the approved one
          .filter(e -> e.availabilityStatus().filter(AvailabilityStatus.APPROVED::equals)
              .isPresent())
          .findFirst().orElseThrow();
      out.println("Masked: confidentiality " + masked.confidentialityCodes().stream()
          .map(Code::code).toList());

      dmp.delete(doctor, ins, masked); // only the author may delete
      out.println("Deleted: still listed = "
          + !dmp.getDocumentsByUniqueId(doctor, ins, List.of(letter.uniqueId())).isEmpty());
      // END SNIPPET: mask-delete
      return sandbox.fake().statusOf(letter.uniqueId());
    }
  }
}
