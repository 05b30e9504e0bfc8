/**
 * The SDK's exception hierarchy and its stable error codes.
 *
 * <p>Every failure surfaces as an {@link io.github.eparcours.core.error.EparcoursException}
 * subtype: parsing, XML, crypto and I/O errors of the libraries underneath are wrapped at the
 * module boundary. Parameters and return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.error;
