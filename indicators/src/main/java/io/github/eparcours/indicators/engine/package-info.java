/**
 * The pure evaluation engine: one pass, grouped by (tenant, subject), mergeable partial
 * aggregates, sequential and parallel modes, over records or primitive columns.
 */
package io.github.eparcours.indicators.engine;
