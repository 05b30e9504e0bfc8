/**
 * Testkit for dmp.
 */
package io.github.eparcours.testkit.dmp;
