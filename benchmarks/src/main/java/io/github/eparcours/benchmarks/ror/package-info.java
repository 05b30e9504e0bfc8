/** JMH benchmarks of the ROR module: page mapping, a 10,000-offer walk, cold start. */
package io.github.eparcours.benchmarks.ror;
