package io.github.eparcours.core.document.cda;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the {@code structuredBody} of a structured (N3) document, in the {@code urn:hl7-org:v3}
 * default namespace, into the writer {@link CdaWriter} hands over.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CdaBody {

  /**
   * Writes the {@code structuredBody} element and its content.
   *
   * @param writer the writer, positioned inside {@code component}
   * @throws XMLStreamException when writing fails
   */
  void writeTo(XMLStreamWriter writer) throws XMLStreamException;
}
