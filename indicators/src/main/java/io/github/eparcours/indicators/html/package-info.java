/** The self-contained HTML quarterly dashboard (inline SVG, no external resource). */
package io.github.eparcours.indicators.html;
