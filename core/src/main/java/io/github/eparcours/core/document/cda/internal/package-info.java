/** CDA reading plumbing. Not an API. */
package io.github.eparcours.core.document.cda.internal;
