/**
 * JMH benchmarks of the SDK, one sub-package per module. Run with
 * {@code java -jar benchmarks/target/eparcours-benchmarks.jar <regex>}.
 */
package io.github.eparcours.benchmarks;
