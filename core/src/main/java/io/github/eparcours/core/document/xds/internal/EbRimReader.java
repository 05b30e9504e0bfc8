package io.github.eparcours.core.document.xds.internal;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.internal.XmlSupport;
import io.github.eparcours.core.document.xds.QueryResponse;
import io.github.eparcours.core.document.xds.RegistryResponse;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.io.BoundedInputStream;
import io.github.eparcours.core.xml.SecureXml;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the ebRS/ebRIM 3.0 messages of XDS.b into the public model, through
 * {@link EbRimParser}.
 *
 * <p>From a stream: a hardened SAX parser ({@link SecureXml#newSaxParser()}: no DTD, no external
 * entity, JDK limits on depth, attributes and names) over a size-bounded input. Creating such a
 * parser costs more than parsing a one-document submission, and the JDK's StAX reader allocates
 * its buffers anew on every {@code createXMLStreamReader}: parsers are therefore reused, from a
 * small bounded pool (never thread-locals, which would pin them to a container's pooled threads),
 * and a parser that has just read a large message is dropped rather than kept with its grown
 * buffers.
 *
 * <p>From a caller's {@link XMLStreamReader} positioned on the start tag (e.g. inside a SOAP
 * body): the caller hardened the reader; it is left on the matching end tag.
 *
 * <p>Thread-safe.
 */
public final class EbRimReader {

  private static final int POOL_SIZE = 8;
  /** A parser that read more than this is not pooled: its buffers may have grown. */
  private static final long MAX_POOLED_INPUT = 1024 * 1024;
  private static final BlockingQueue<SaxSession> SESSIONS = new ArrayBlockingQueue<>(POOL_SIZE);

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

  // ------------------------------------------------------------------------------------- SAX

  private static RimMessage read(InputStream in, long maxBytes, EbRimParser.Root root) {
    SaxSession session = SESSIONS.poll();
    BoundedInputStream bounded = BoundedInputStream.of(in, maxBytes,
        DocumentErrors.XML_REFUSED, "XML");
    RimMessage message;
    try {
      if (session == null) {
        session = new SaxSession();
      }
      message = session.parse(new KeptOpen(bounded), root);
    } catch (SAXException | IOException | RuntimeException e) {
      // A parser interrupted mid-document is not reused.
      throw XmlSupport.refused(e);
    }
    if (bounded.count() <= MAX_POOLED_INPUT) {
      SESSIONS.offer(session);
    }
    return message;
  }

  /** The SAX parser closes its input at the end of the document; the caller's stays open. */
  private static final class KeptOpen extends FilterInputStream {
    KeptOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }

  /** A hardened SAX parser and the state machine it feeds, reused together. */
  private static final class SaxSession extends DefaultHandler {
    private final XMLReader reader;
    private final EbRimParser parser = new EbRimParser();
    private final SaxAttributes attributes = new SaxAttributes();

    SaxSession() throws SAXException {
      reader = SecureXml.newSaxParser().getXMLReader();
      // Only the content handler: the hardened entity resolver and error handler stay in place.
      reader.setContentHandler(this);
    }

    RimMessage parse(InputStream in, EbRimParser.Root root) throws IOException, SAXException {
      parser.begin(root);
      reader.parse(new InputSource(in));
      return parser.end();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      attributes.current = atts;
      parser.startElement(uri, localName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      parser.endElement();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      parser.text(ch, start, length);
    }
  }

  private static final class SaxAttributes extends EbRimParser.AttributeSource {
    Attributes current;

    @Override
    int count() {
      return current.getLength();
    }

    @Override
    String namespace(int i) {
      return current.getURI(i);
    }

    @Override
    String localName(int i) {
      return current.getLocalName(i);
    }

    @Override
    String value(int i) {
      return current.getValue(i);
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
