/**
 * Facts: the small immutable records a vendor streams into the engine (a file opened, a message
 * sent, a document sent to the DMP), in any order.
 */
package io.github.eparcours.indicators.fact;
