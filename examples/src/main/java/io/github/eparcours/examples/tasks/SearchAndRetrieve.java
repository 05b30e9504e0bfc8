package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.DmpClient;
import io.github.eparcours.dmp.FindDocumentsQuery;
import io.github.eparcours.dmp.RetrievedDocument;
import io.github.eparcours.dmp.RetrievedDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Task example: find a patient's discharge letters in the DMP (ITI-18) and retrieve one
 * (ITI-43, streamed: the content is read from the reply without holding it twice).
 */
public final class SearchAndRetrieve {

  private SearchAndRetrieve() {}

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
   * @return the retrieved CDA bytes
   */
  public static byte[] run(PrintStream out) {
    try (DmpSandbox sandbox = DmpSandbox.start()) {
      DischargeLetter letter = BuildCdaN1.letter(ExampleData.patient(), OffsetDateTime.now());
      sandbox.client().submit(sandbox.authorise(ExampleData.actingDoctor()),
          ExampleData.patient(), DmpSandbox.submissionOf(letter));
      DmpClient dmp = sandbox.client();
      ActingIdentity doctor = ExampleData.actingDoctor();
      Ins ins = ExampleData.patient().ins().orElseThrow();

      // START SNIPPET: search-retrieve
      List<DocumentEntry> letters = dmp.findDocuments(doctor, FindDocumentsQuery.forPatient(ins)
          .typeCode(Code.of("11490-0", XdsConstants.LOINC)) // lettres de liaison
          .build());
      out.println("Found " + letters.size() + " discharge letter(s)");
      try (RetrievedDocuments documents = dmp.retrieve(doctor, ins, letters.subList(0, 1))) {
        RetrievedDocument document = documents.next().orElseThrow();
        try (InputStream content = document.content()) {
          byte[] cda = content.readAllBytes();
          out.println("Retrieved " + document.uniqueId() + ": " + cda.length + " bytes");
          return cda;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // END SNIPPET: search-retrieve
    }
  }
}
