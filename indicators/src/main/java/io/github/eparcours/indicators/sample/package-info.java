/** Seeded synthetic populations with known indicator values, for examples, tests and benchmarks. */
package io.github.eparcours.indicators.sample;
