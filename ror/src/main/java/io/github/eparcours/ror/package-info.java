/**
 * Typed FHIR R4 clients for the ROR (care offers) and the Annuaire Santé.
 */
package io.github.eparcours.ror;
