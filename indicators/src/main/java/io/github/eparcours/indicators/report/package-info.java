/** Reports: MeasureReport-shaped results with populations, score, target, verdict, strata and explanations. */
package io.github.eparcours.indicators.report;
