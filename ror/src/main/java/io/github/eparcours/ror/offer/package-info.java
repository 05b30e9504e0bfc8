/**
 * ROR care offers: the search ({@link io.github.eparcours.ror.offer.OfferQuery}) and the typed
 * views of its results (offer, organisation chain, location, capacity), each with {@code
 * asFhir()}.
 *
 * <p>Nullness: parameters are non-null; absent values are empty {@code Optional}s or empty
 * collections.
 */
package io.github.eparcours.ror.offer;
