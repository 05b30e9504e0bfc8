/**
 * Implementation of credential and TLS helpers. Not API: may change in any release.
 */
package io.github.eparcours.core.internal.tls;
