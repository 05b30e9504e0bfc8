/**
 * Implementation of the ROR and Annuaire clients (HTTP glue, OAuth2 tokens, rate limiting,
 * Bundle indexing). Not an API: may change in any release.
 */
package io.github.eparcours.ror.internal;
