package io.github.eparcours.examples.scenario;

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
import java.net.URI;
import java.util.List;

/**
 * Step 4: the hospital's discharge team looks in the ROR for follow-up care: SMR (ex-SSR) offers
 * in full hospitalisation with beds available near the patient's commune.
 *
 * <p>On the ROR fake unless {@code ror.endpoint} is configured (see the README).
 */
public final class RorSearchStep implements ScenarioStep {

  /**
   * What the step leaves for checks.
   *
   * @param offers the offers found, nearest first
   */
  public record FollowUpOffers(List<CareOffer> offers) {

    /** Copies the list. */
    public FollowUpOffers {
      offers = List.copyOf(offers);
    }
  }

  @Override
  public String title() {
    return "The discharge team searches the ROR for SMR beds near the patient's home";
  }

  @Override
  public void run(ScenarioContext context) {
    ScenarioConfig config = context.config();
    Narrator narrator = context.narrator();
    String commune = config.get("patient.commune").orElse(RorFixtures.COG_RENNES);
    double radiusKm = Double.parseDouble(config.get("ror.radius-km").orElse("40"));

    RorClient.Builder builder = RorClient.builder();
    if (config.usesRealService("ror")) {
      builder.environment(RorEnvironment.of(URI.create(config.require("ror.endpoint")),
              URI.create(config.require("ror.token-uri"))))
          .clientSecret(config.require("ror.client-id"),
              config.require("ror.client-secret").toCharArray());
    } else {
      FakeRorAnnuaire fake = RorAnnuaireFake.shared(context).server();
      builder.environment(RorEnvironment.of(fake.rorFhirBase(), fake.rorTokenUri()))
          .clientSecret(RorAnnuaireFake.ROR_CLIENT_ID,
              RorAnnuaireFake.ROR_CLIENT_SECRET.toCharArray());
    }
    HttpTransport transport = context.closeAtEnd(JdkHttpTransport.builder().build());
    RorClient ror = context.closeAtEnd(builder
        .userProfile(RorUserProfile.of(config.get("ror.profile").orElse("CU22"),
            config.get("ror.role").orElse("AUTOMATE")))
        .transport(transport)
        .build());

    // START SNIPPET: ror-smr-beds
    OfferQuery query = OfferQuery.builder()
        .activityField(RorCodes.CHAMP_SMR)
        .careMode(RorCodes.MODE_HOSPITALISATION_COMPLETE)
        .near(commune, radiusKm) // location.near-insee-code: COG of the commune, radius in km
        .withAvailable(RorCodes.CAPACITE_LIT, 1) // at least one free bed
        .build();
    List<CareOffer> offers = ror.searchOffers(query).toList(20);
    // END SNIPPET: ror-smr-beds

    if (offers.isEmpty()) {
      throw new IllegalStateException("the ROR lists no SMR offer with a free bed within "
          + radiusKm + " km of commune " + commune + "; widen it with --set ror.radius-km=...");
    }
    narrator.sayf("%d SMR offer(s) in full hospitalisation with free beds within %.0f km of "
        + "commune %s:", offers.size(), radiusKm, commune);
    for (CareOffer offer : offers) {
      narrator.sayf("  - %s, %s: %s km, %s free bed(s)",
          offer.name().orElse("(unnamed offer)"),
          offer.organizations().site().flatMap(Structure::name).orElse("site not given"),
          offer.distanceKm().isPresent()
              ? String.format(java.util.Locale.ROOT, "%.1f", offer.distanceKm().getAsDouble())
              : "?",
          offer.available(RorCodes.CAPACITE_LIT).isPresent()
              ? String.valueOf(offer.available(RorCodes.CAPACITE_LIT).getAsInt()) : "?");
      narrator.detail(offer.id().orElse("?") + " in "
          + offer.organizations().legalEntity().flatMap(Structure::name).orElse("?"));
    }
    context.put(FollowUpOffers.class, new FollowUpOffers(offers));
    context.summarise("ROR: " + offers.size() + " SMR offer(s) with free beds, nearest "
        + offers.get(0).name().orElse("?"));
  }
}
