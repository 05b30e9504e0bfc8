package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.internal.XmlSupport;
import io.github.eparcours.core.document.xds.QueryResponse;
import io.github.eparcours.core.document.xds.RegistryResponse;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.io.BoundedInputStream;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ebRS/ebRIM 3.0 messages of XDS.b into the public model, through
 * {@link EbRimParser}.
 *
 * <p>From a stream: a hardened Woodstox StAX reader ({@link StreamFactory}: no DTD, no entity
 * other than the predefined ones, depth and attribute limits) over a size-bounded input; the
 * whole document must be well-formed, not only the message element. Woodstox is used here rather
 * than the JDK's parsers because creating and running those costs more than the mapping itself
 * on a one-document submission.
 *
 * <p>From a caller's {@link XMLStreamReader} positioned on the start tag (e.g. inside a SOAP
 * body): the caller hardened the reader; it is left on the matching end tag.
 *
 * <p>Thread-safe.
 */
public final class EbRimReader {

  /** Hardened StAX factory for streams (thread-safe once configured). */
  private static final XMLInputFactory STREAMS = StreamFactory.create();

  private EbRimReader() {}

  // ------------------------------------------------------------------------------ entry points

  /**
   * Reads a SubmitObjectsRequest.
   *
   * @param in the XML; not closed
   * @param maxBytes the largest input accepted
   * @return the submission, without content
   * @throws EparcoursClientException CORE-0501 for hostile, malformed or too large XML, CORE-0504
   *     for another message or one without a submission set
   */
  public static SubmissionRequest readSubmission(InputStream in, long maxBytes) {
    return EbRimMapper.submission(read(in, maxBytes, EbRimParser.Root.SUBMIT_OBJECTS_REQUEST));
  }

  /**
   * Reads a SubmitObjectsRequest from a reader on its start tag; leaves it on the end tag.
   *
   * @param reader the reader
   * @return the submission
   * @throws EparcoursClientException CORE-0501, CORE-0504 as above, CORE-0504 when the reader
   *     is not on a start tag
   */
  public static SubmissionRequest readSubmission(XMLStreamReader reader) {
    return EbRimMapper.submission(read(reader, EbRimParser.Root.SUBMIT_OBJECTS_REQUEST));
  }

  /**
   * Reads an AdhocQueryResponse.
   *
   * @param in the XML; not closed
   * @param maxBytes the largest input accepted
   * @return the response
   * @throws EparcoursClientException CORE-0501, CORE-0504
   */
  public static QueryResponse readQueryResponse(InputStream in, long maxBytes) {
    return EbRimMapper.queryResponse(read(in, maxBytes, EbRimParser.Root.ADHOC_QUERY_RESPONSE));
  }

  /**
   * Reads an AdhocQueryResponse from a reader on its start tag; leaves it on the end tag.
   *
   * @param reader the reader
   * @return the response
   * @throws EparcoursClientException CORE-0501, CORE-0504
   */
  public static QueryResponse readQueryResponse(XMLStreamReader reader) {
    return EbRimMapper.queryResponse(read(reader, EbRimParser.Root.ADHOC_QUERY_RESPONSE));
  }

  /**
   * Reads a RegistryResponse.
   *
   * @param in the XML; not closed
   * @param maxBytes the largest input accepted
   * @return the response
   * @throws EparcoursClientException CORE-0501, CORE-0504
   */
  public static RegistryResponse readRegistryResponse(InputStream in, long maxBytes) {
    return EbRimMapper.registryResponse(read(in, maxBytes, EbRimParser.Root.REGISTRY_RESPONSE));
  }

  /**
   * Reads a RegistryResponse from a reader on its start tag; leaves it on the end tag.
   *
   * @param reader the reader
   * @return the response
   * @throws EparcoursClientException CORE-0501, CORE-0504
   */
  public static RegistryResponse readRegistryResponse(XMLStreamReader reader) {
    return EbRimMapper.registryResponse(read(reader, EbRimParser.Root.REGISTRY_RESPONSE));
  }

  // ------------------------------------------------------------------------------- streams

  private static RimMessage read(InputStream in, long maxBytes, EbRimParser.Root root) {
    BoundedInputStream bounded = BoundedInputStream.of(in, maxBytes,
        DocumentErrors.XML_REFUSED, "XML");
    XMLStreamReader reader;
    try {
      reader = STREAMS.createXMLStreamReader(bounded);
    } catch (XMLStreamException | RuntimeException e) {
      throw XmlSupport.refused(e);
    }
    try {
      RimMessage message = read(reader, root);
      // The whole document must be well-formed, not only the message element.
      for (int event = reader.next(); event != XMLStreamConstants.END_DOCUMENT;
          event = reader.next()) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw doctypeRefused();
        }
      }
      return message;
    } catch (XMLStreamException | RuntimeException e) {
      throw XmlSupport.refused(e);
    } finally {
      try {
        reader.close(); // does not close the caller's stream
      } catch (XMLStreamException e) {
        // nothing held that matters once the message is read
      }
    }
  }

  // ------------------------------------------------------------------------------------ StAX

  private static RimMessage read(XMLStreamReader reader, EbRimParser.Root root) {
    EbRimParser parser = new EbRimParser();
    StaxAttributes attributes = new StaxAttributes(reader);
    try {
      int event = reader.getEventType();
      while (event == XMLStreamConstants.START_DOCUMENT || event == XMLStreamConstants.COMMENT
          || event == XMLStreamConstants.PROCESSING_INSTRUCTION
          || event == XMLStreamConstants.SPACE) {
        event = reader.next();
      }
      if (event == XMLStreamConstants.DTD) {
        throw doctypeRefused();
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        throw new EparcoursClientException(DocumentErrors.EBRIM_UNREADABLE, "the XMLStreamReader"
            + " is not on the start tag of the " + root.localName + " (event " + event
            + "); position it on that start tag before reading");
      }
      parser.begin(root);
      int depth = 0;
      while (true) {
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            parser.startElement(reader.getNamespaceURI(), reader.getLocalName(), attributes);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            parser.endElement();
            if (--depth == 0) {
              return parser.end();
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (parser.wantsText()) {
              parser.text(reader.getTextCharacters(), reader.getTextStart(),
                  reader.getTextLength());
            }
          }
          case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
              throw doctypeRefused();
          case XMLStreamConstants.END_DOCUMENT -> throw new EparcoursClientException(
              DocumentErrors.XML_REFUSED, "XML refused: the document ends inside the "
                  + root.localName);
          default -> { /* comments, processing instructions */ }
        }
        event = reader.next();
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw XmlSupport.refused(e);
    }
  }

  private static EparcoursClientException doctypeRefused() {
    return new EparcoursClientException(DocumentErrors.XML_REFUSED, "XML refused: DOCTYPE and"
        + " entity references are not allowed; send the message without a DTD");
  }

  private static final class StaxAttributes extends EbRimParser.AttributeSource {
    private final XMLStreamReader reader;

    StaxAttributes(XMLStreamReader reader) {
      this.reader = reader;
    }

    @Override
    int count() {
      return reader.getAttributeCount();
    }

    @Override
    String namespace(int i) {
      return reader.getAttributeNamespace(i);
    }

    @Override
    String localName(int i) {
      return reader.getAttributeLocalName(i);
    }

    @Override
    String value(int i) {
      return reader.getAttributeValue(i);
    }
  }
}
