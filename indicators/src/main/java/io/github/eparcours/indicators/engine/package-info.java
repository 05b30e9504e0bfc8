/** The pure evaluation engine: one pass, grouped by (tenant, subject), mergeable partial aggregates, sequential and parallel modes. */
package io.github.eparcours.indicators.engine;
