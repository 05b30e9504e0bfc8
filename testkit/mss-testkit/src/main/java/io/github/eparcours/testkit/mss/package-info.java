/**
 * Testkit for mss.
 */
package io.github.eparcours.testkit.mss;
