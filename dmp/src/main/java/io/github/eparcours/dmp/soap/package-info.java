/**
 * The DMP wire format, written and read by the SDK itself: SOAP 1.2 envelopes with WS-Addressing
 * and the VIHF in {@code wsse:Security}, MTOM/XOP {@code multipart/related} messages streamed in
 * both directions, SOAP faults. Used by the DMP client and by the DMP fake of the testkit.
 */
package io.github.eparcours.dmp.soap;
