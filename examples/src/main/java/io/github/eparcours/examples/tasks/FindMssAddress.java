package io.github.eparcours.examples.tasks;

import io.github.eparcours.ror.AnnuaireSanteClient;
import io.github.eparcours.ror.annuaire.MailboxRoute;
import io.github.eparcours.testkit.ror.FakeRorAnnuaire;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.io.PrintStream;
import java.util.List;

/**
 * Task example: find a professional's MSSanté addresses in the Annuaire Santé (FHIR API) from
 * an RPPS number: personal mailboxes first, then those of the places they practise.
 */
public final class FindMssAddress {

  private FindMssAddress() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example on the Annuaire Santé fake, printing to {@code out}.
   *
   * @param out where to print
   * @return the addresses found, best first
   */
  public static List<String> run(PrintStream out) {
    try (FakeRorAnnuaire fake = FakeRorAnnuaire.start()) {
      // START SNIPPET: find-mss-address
      try (AnnuaireSanteClient annuaire = AnnuaireSanteClient.builder()
          .baseUrl(fake.annuaireFhirBase()) // AnnuaireSanteClient.PRODUCTION
          .apiKey("test-api-key".toCharArray()) // the ESANTE-API-KEY of the vendor
          .build()) {
        List<MailboxRoute> routes = annuaire.mssanteAddressesOf(RorFixtures.RPPS_GP_RENNES);
        routes.forEach(r -> out.println(r.address() + " (" + r.via() + ")"));
        return routes.stream().map(MailboxRoute::address).toList();
      }
      // END SNIPPET: find-mss-address
    }
  }
}
