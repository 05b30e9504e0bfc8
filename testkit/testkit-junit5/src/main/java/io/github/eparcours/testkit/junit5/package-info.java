/**
 * Testkit for junit5.
 */
package io.github.eparcours.testkit.junit5;
