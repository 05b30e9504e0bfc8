package io.github.eparcours.core.document.xds.internal;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sends the markup to a caller's {@link XMLStreamWriter} (e.g. inside a SOAP body). Values are
 * checked before they reach it: StAX writers write forbidden characters as they are, which would
 * make the whole envelope ill-formed. Not thread-safe.
 */
final class StaxXmlOut implements XmlOut {

  private final XMLStreamWriter writer;

  StaxXmlOut(XMLStreamWriter writer) {
    this.writer = writer;
  }

  @Override
  public void start(XmlTag tag) {
    try {
      writer.writeStartElement(tag.prefix, tag.localName, tag.namespace);
    } catch (XMLStreamException e) {
      throw Utf8XmlOut.ioFailure(e);
    }
  }

  @Override
  public void namespace(String prefix, String uri) {
    try {
      writer.writeNamespace(prefix, uri);
    } catch (XMLStreamException e) {
      throw Utf8XmlOut.ioFailure(e);
    }
  }

  @Override
  public void attribute(String name, String value) {
    int invalid = XmlOut.firstInvalid(value);
    if (invalid >= 0) {
      throw new InvalidCharacter(name, value, invalid);
    }
    try {
      writer.writeAttribute(name, value);
    } catch (XMLStreamException e) {
      throw Utf8XmlOut.ioFailure(e);
    }
  }

  @Override
  public void text(String value) {
    int invalid = XmlOut.firstInvalid(value);
    if (invalid >= 0) {
      throw new InvalidCharacter(null, value, invalid);
    }
    try {
      writer.writeCharacters(value);
    } catch (XMLStreamException e) {
      throw Utf8XmlOut.ioFailure(e);
    }
  }

  @Override
  public void end() {
    try {
      writer.writeEndElement();
    } catch (XMLStreamException e) {
      throw Utf8XmlOut.ioFailure(e);
    }
  }

  @Override
  public void finish() {
    // The caller owns the writer: it flushes when its own document is complete.
  }
}
