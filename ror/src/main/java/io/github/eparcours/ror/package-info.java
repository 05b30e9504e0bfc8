/**
 * Typed FHIR R4 clients for the ROR (care offers, capacities) and the Annuaire Santé
 * (professionals, structures, MSSanté mailboxes): {@link io.github.eparcours.ror.RorClient},
 * {@link io.github.eparcours.ror.AnnuaireSanteClient}, their configuration values and errors
 * ({@link io.github.eparcours.ror.RorErrors}, {@link io.github.eparcours.ror.FhirServiceException}).
 *
 * <p>Nullness: parameters are non-null unless documented; absent values are returned as empty
 * {@code Optional}s or empty collections, never null.
 */
package io.github.eparcours.ror;
