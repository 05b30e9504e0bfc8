/**
 * Annuaire Santé: the practitioner search and the typed views of professionals, practice
 * situations and MSSanté mailboxes, plus the answer type of the "which address reaches this
 * professional" helper.
 *
 * <p>Nullness: parameters are non-null; absent values are empty {@code Optional}s or empty
 * collections.
 */
package io.github.eparcours.ror.annuaire;
