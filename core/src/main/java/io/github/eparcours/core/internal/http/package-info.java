/**
 * Implementation of the JDK HTTP transport. Not API: may change in any release.
 */
package io.github.eparcours.core.internal.http;
