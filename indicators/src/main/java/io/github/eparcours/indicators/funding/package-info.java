/** Funding rules as data (e-parcours lump sums, 4.2 bonus/penalty, SUN-ES, IPEP) with exact decimal arithmetic and an explicit rounding rule. */
package io.github.eparcours.indicators.funding;
