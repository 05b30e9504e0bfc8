/**
 * Testkit for core.
 */
package io.github.eparcours.testkit.core;
