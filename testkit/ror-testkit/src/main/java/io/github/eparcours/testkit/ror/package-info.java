/**
 * A fake ROR and Annuaire Santé for tests: {@link io.github.eparcours.testkit.ror.FakeRorAnnuaire},
 * a real FHIR R4 server on loopback over {@link io.github.eparcours.testkit.ror.RorFixtures},
 * with scripted {@link io.github.eparcours.testkit.ror.Fault}s and
 * {@link io.github.eparcours.testkit.ror.RecordedRequest}s.
 */
package io.github.eparcours.testkit.ror;
