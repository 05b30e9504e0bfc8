/**
 * Client for the DMP (Mon espace santé): IHE XDS.b over SOAP/MTOM with the signed VIHF assertion.
 */
package io.github.eparcours.dmp;
