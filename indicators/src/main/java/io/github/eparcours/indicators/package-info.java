/**
 * A pure engine computing the e-parcours and Ségur usage indicators and the funding they trigger.
 */
package io.github.eparcours.indicators;
