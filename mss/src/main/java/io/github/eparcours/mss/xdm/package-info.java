/**
 * IHE XDM ({@code IHE_XDM.ZIP}) writing and defensive reading.
 */
package io.github.eparcours.mss.xdm;
