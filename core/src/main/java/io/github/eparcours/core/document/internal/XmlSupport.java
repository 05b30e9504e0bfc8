package io.github.eparcours.core.document.internal;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.io.BoundedInputStream;
import io.github.eparcours.core.xml.SecureXml;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Hardened StAX readers for the document packages, on {@link SecureXml}'s factories: no DTD,
 * no external entity, a DOCTYPE is refused outright, and the input size is bounded per call
 * (documents carrying a PDF are far larger than {@code XmlLimits}' default).
 */
public final class XmlSupport {

  private static final XMLInputFactory INPUT = createInputFactory();
  private static final XMLOutputFactory OUTPUT = createOutputFactory();

  private XmlSupport() {}

  // The one place where factories are made: the project's hardened factories, created once
  // (creating a factory costs more than a small ebRIM parse) and shared, which the JDK's StAX
  // implementation allows once configured.
  private static XMLInputFactory createInputFactory() {
    return SecureXml.newXmlInputFactory();
  }

  private static XMLOutputFactory createOutputFactory() {
    return SecureXml.newXmlOutputFactory();
  }

  /**
   * Returns the shared output factory (thread-safe once configured).
   *
   * @return the factory
   */
  public static XMLOutputFactory outputFactory() {
    return OUTPUT;
  }

  /**
   * Opens a hardened reader: a DOCTYPE raises {@link DoctypeRefusedException}, the input is
   * bounded to {@code maxBytes}.
   *
   * @param in the XML
   * @param maxBytes the largest input accepted
   * @return the reader
   * @throws EparcoursClientException CORE-0501 when the XML cannot be opened
   */
  public static XMLStreamReader reader(InputStream in, long maxBytes) {
    try {
      XMLStreamReader raw = INPUT.createXMLStreamReader(bounded(in, maxBytes));
      return new StreamReaderDelegate(raw) {
        @Override
        public int next() throws XMLStreamException {
          int event = super.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
              || event == XMLStreamConstants.ENTITY_DECLARATION) {
            throw new DoctypeRefusedException();
          }
          return event;
        }
      };
    } catch (XMLStreamException e) {
      throw refused(e);
    }
  }

  /**
   * Bounds a stream: reading past {@code maxBytes} fails with CORE-0501 (unchecked, so that it
   * crosses the parsers unchanged).
   *
   * @param in the stream
   * @param maxBytes the largest input accepted
   * @return the bounded stream
   */
  public static InputStream bounded(InputStream in, long maxBytes) {
    return BoundedInputStream.of(in, maxBytes, DocumentErrors.XML_REFUSED, "XML");
  }

  /**
   * Maps a parse failure to the SDK exception, without quoting the document.
   *
   * @param e the failure (may be wrapped)
   * @return the exception to throw
   */
  public static EparcoursClientException refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DoctypeRefusedException) {
        return new EparcoursClientException(DocumentErrors.XML_REFUSED,
            "XML refused: DOCTYPE and entity declarations are not allowed; send the document"
                + " without a DTD", e, false);
      }
      if (t instanceof EparcoursClientException ece) {
        return ece;
      }
    }
    return new EparcoursClientException(DocumentErrors.XML_REFUSED,
        "XML refused: not well-formed or not readable (" + e.getClass().getSimpleName() + ")",
        e, false);
  }

  /** Raised inside the StAX reader when a DOCTYPE or entity appears. */
  public static final class DoctypeRefusedException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    DoctypeRefusedException() {
      super("DOCTYPE not allowed");
    }
  }
}
