/**
 * Implementation of the MSSanté client; not an API, may change at any release.
 */
package io.github.eparcours.mss.internal;
