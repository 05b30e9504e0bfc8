/**
 * What the ROR and Annuaire clients share: code systems and named codes, the FHIR context
 * holder, search parameters, lazy paged results with their listener, and the common views
 * (structure, address, contact point).
 *
 * <p>Nullness: parameters are non-null; absent values are empty {@code Optional}s or empty
 * collections.
 */
package io.github.eparcours.ror.fhir;
