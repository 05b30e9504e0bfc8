/**
 * The ebRS/ebRIM 3.0 subset used by IHE XDS.b, read and written without a binding framework: a
 * streaming writer from the public XDS model ({@link
 * io.github.eparcours.core.document.xds.internal.EbRimWriter}), a SAX/StAX reading state machine
 * and its mapping to the model ({@link
 * io.github.eparcours.core.document.xds.internal.EbRimReader}), and the CDA-to-XDS derivation.
 * Not an API: may change in any release.
 */
package io.github.eparcours.core.document.xds.internal;
