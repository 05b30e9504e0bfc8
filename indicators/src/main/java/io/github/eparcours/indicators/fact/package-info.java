/**
 * Facts: what the vendor streams into the engine, in any order. Either small immutable records
 * ({@link io.github.eparcours.indicators.fact.Fact}: a file opened, a message sent, a document
 * sent to the DMP), or the same facts as primitive columns ({@link
 * io.github.eparcours.indicators.fact.FactColumns}) whose kinds, subjects, actors and values are
 * dense int ids given by a {@link io.github.eparcours.indicators.fact.FactEncoder}: the shape of
 * a database cursor or a Parquet/Arrow file, and the engine's fastest input.
 */
package io.github.eparcours.indicators.fact;
