/** Indicators as data: criteria over a subject's facts, periods, targets, stratifiers and the policies chosen where the texts are ambiguous; the built-in definitions. */
package io.github.eparcours.indicators.definition;
