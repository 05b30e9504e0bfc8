package io.github.eparcours.examples.scenario;

import io.github.eparcours.testkit.ror.FakeRorAnnuaire;

/**
 * The ROR and Annuaire Santé fake, started once by the first step that needs it and shared by the
 * next ones (it serves both APIs on one loopback port).
 *
 * @param server the running fake
 */
public record RorAnnuaireFake(FakeRorAnnuaire server) {

  /** The API key the fake expects on the Annuaire Santé API. */
  public static final String API_KEY = "test-api-key";
  /** The ROR OAuth2 client the fake knows. */
  public static final String ROR_CLIENT_ID = "ror-client";
  /** Its secret. */
  public static final String ROR_CLIENT_SECRET = "ror-secret";

  /**
   * Returns the shared fake of this run, starting it on first use.
   *
   * @param context the run
   * @return the fake
   */
  public static RorAnnuaireFake shared(ScenarioContext context) {
    return context.getOrCreate(RorAnnuaireFake.class, () -> {
      FakeRorAnnuaire fake = context.closeAtEnd(FakeRorAnnuaire.start());
      context.narrator().detail("fake ROR and Annuaire Santé (FHIR R4) on "
          + fake.rorFhirBase().resolve("/"));
      return new RorAnnuaireFake(fake);
    });
  }
}
