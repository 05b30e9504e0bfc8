package io.github.eparcours.testkit.ror;

/**
 * The endpoints of the fake, each of which can be scripted and recorded on its own.
 *
 * @since 0.1.0
 */
public enum FakeService {
  /** The ROR FHIR API ({@code /ws-diffusion-fhir}). */
  ROR_FHIR,
  /** The ROR OAuth2 token endpoint (Keycloak realm {@code ror}). */
  ROR_TOKEN,
  /** The Annuaire Santé FHIR API ({@code /fhir/v2}). */
  ANNUAIRE
}
