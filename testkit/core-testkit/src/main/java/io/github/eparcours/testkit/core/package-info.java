/**
 * Testkit for core: a run-time generated, IGC-Santé-shaped test PKI ({@link
 * io.github.eparcours.testkit.core.TestPki}) whose credentials the SDK and the protocol fakes
 * load, so that no key material is ever committed.
 *
 * <p>This package depends on no test framework. Parameters and return values are non-null
 * unless documented otherwise.
 */
package io.github.eparcours.testkit.core;
