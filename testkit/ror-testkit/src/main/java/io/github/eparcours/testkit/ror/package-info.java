/**
 * Testkit for ror.
 */
package io.github.eparcours.testkit.ror;
