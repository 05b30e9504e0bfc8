package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.RorClient;
import io.github.eparcours.ror.RorEnvironment;
import io.github.eparcours.ror.RorUserProfile;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.offer.CareOffer;
import io.github.eparcours.ror.offer.OfferQuery;
import io.github.eparcours.testkit.ror.FakeRorAnnuaire;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.io.PrintStream;
import java.util.List;

/**
 * Task example: search the ROR for care offers with beds available: SMR in full hospitalisation
 * within 30 km of a commune, with their site and free beds.
 */
public final class SearchRorOffers {

  private SearchRorOffers() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example on the ROR fake, printing to {@code out}.
   *
   * @param out where to print
   * @return the offers found
   */
  public static List<CareOffer> run(PrintStream out) {
    try (FakeRorAnnuaire fake = FakeRorAnnuaire.start();
        HttpTransport transport = JdkHttpTransport.builder().build()) {
      // START SNIPPET: search-ror-offers
      try (RorClient ror = RorClient.builder()
          .environment(RorEnvironment.of(fake.rorFhirBase(), fake.rorTokenUri())) // SANDBOX
          .clientSecret("ror-client", "ror-secret".toCharArray()) // OAuth2 client credentials
          .userProfile(RorUserProfile.of("CU22", "AUTOMATE"))
          .transport(transport)
          .build()) {
        List<CareOffer> offers = ror.searchOffers(OfferQuery.builder()
                .activityField(RorCodes.CHAMP_SMR)
                .careMode(RorCodes.MODE_HOSPITALISATION_COMPLETE)
                .near(RorFixtures.COG_RENNES, 30)
                .withAvailable(RorCodes.CAPACITE_LIT, 1)
                .build())
            .toList(20); // pages are fetched lazily, only as many as needed
        for (CareOffer offer : offers) {
          out.println(offer.name().orElse("?") + " at "
              + offer.organizations().site().flatMap(Structure::name).orElse("?") + ", "
              + offer.distanceKm().orElse(Double.NaN) + " km, "
              + offer.available(RorCodes.CAPACITE_LIT).orElse(0) + " free bed(s)");
        }
        return offers;
      }
      // END SNIPPET: search-ror-offers
    }
  }
}
