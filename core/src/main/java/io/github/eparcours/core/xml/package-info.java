/**
 * Hardened XML: every parser, reader, writer, transformer and schema factory of the SDK comes
 * from {@link io.github.eparcours.core.xml.SecureXml} (no DTD, no external entity, no XInclude,
 * secure processing, {@link io.github.eparcours.core.xml.XmlLimits}).
 *
 * <p>Failures are {@link io.github.eparcours.core.error.EparcoursClientException}s with a
 * {@code CORE-04xx} code from {@link io.github.eparcours.core.xml.XmlErrorCodes}. Parameters and
 * return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.xml;
