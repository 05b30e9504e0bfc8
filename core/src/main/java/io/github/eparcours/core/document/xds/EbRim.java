package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.document.internal.XmlSupport;
import io.github.eparcours.core.document.xds.internal.EbRimMapper;
import io.github.eparcours.core.document.xds.internal.EbRimWriter;
import io.github.eparcours.core.document.xds.internal.LcmSubmitObjectsRequest;
import io.github.eparcours.core.document.xds.internal.QueryAdhocQueryResponse;
import io.github.eparcours.core.document.xds.internal.RsRegistryResponse;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.xml.SecureXml;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes and reads the ebRS/ebRIM 3.0 messages of XDS.b: {@code lcm:SubmitObjectsRequest},
 * {@code query:AdhocQueryResponse} and {@code rs:RegistryResponse}.
 *
 * <p>Reading is tolerant (unknown elements, attributes, slots and classifications are kept or
 * skipped, never fatal) and hardened (no DTD, no external entity, bounded size). Validate what
 * was read with {@link XdsMetadataValidator}.
 *
 * <p>Thread-safe: all methods are static and share one JAXB context.
 *
 * @since 0.1
 */
public final class EbRim {

  /** Default largest input read: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private EbRim() {}

  private static final class Holder {
    static final JAXBContext CONTEXT = create();

    private static JAXBContext create() {
      try {
        return JAXBContext.newInstance(LcmSubmitObjectsRequest.class,
            QueryAdhocQueryResponse.class, RsRegistryResponse.class);
      } catch (JAXBException e) {
        throw new EparcoursClientException(DocumentErrors.XML_RUNTIME,
            "the JAXB runtime could not be initialised: add org.glassfish.jaxb:jaxb-runtime to"
                + " the class path", e, false);
      }
    }
  }

  /**
   * Writes a submission as {@code lcm:SubmitObjectsRequest} (UTF-8). Content is not written
   * (it travels as MTOM parts or XDM files). Does not validate: call
   * {@link XdsMetadataValidator} first.
   *
   * @param request the submission
   * @param out where to write; not closed
   * @throws EparcoursClientException CORE-0502 on I/O failure
   */
  public static void writeSubmitObjectsRequest(SubmissionRequest request, OutputStream out) {
    EbRimWriter.write(request, out);
  }

  /**
   * Writes a submission as {@code lcm:SubmitObjectsRequest} into an open StAX writer, e.g.
   * inside a SOAP body.
   *
   * @param request the submission
   * @param writer the writer, positioned where the element goes
   * @throws EparcoursClientException CORE-0502 on failure
   */
  public static void writeSubmitObjectsRequest(SubmissionRequest request, XMLStreamWriter writer) {
    EbRimWriter.write(request, writer);
  }

  /**
   * Writes a {@code query:AdhocQueryResponse}.
   *
   * @param response the response
   * @param out where to write; not closed
   * @throws EparcoursClientException CORE-0502 on I/O failure
   */
  public static void writeAdhocQueryResponse(QueryResponse response, OutputStream out) {
    EbRimWriter.write(response, out);
  }

  /**
   * Writes an {@code rs:RegistryResponse}.
   *
   * @param response the response
   * @param out where to write; not closed
   * @throws EparcoursClientException CORE-0502 on I/O failure
   */
  public static void writeRegistryResponse(RegistryResponse response, OutputStream out) {
    EbRimWriter.write(response, out);
  }

  /**
   * Reads a {@code lcm:SubmitObjectsRequest}.
   *
   * @param in the XML; not closed
   * @return the submission, without document content
   * @throws EparcoursClientException CORE-0501 for hostile or malformed XML, CORE-0504 when it
   *     is not a SubmitObjectsRequest
   */
  public static SubmissionRequest readSubmitObjectsRequest(InputStream in) {
    return EbRimMapper.fromRim(unmarshal(in, LcmSubmitObjectsRequest.class));
  }

  /**
   * Reads a {@code lcm:SubmitObjectsRequest} from a reader positioned on its start tag (e.g.
   * inside a SOAP body). The caller is responsible for the reader's hardening.
   *
   * @param reader the reader
   * @return the submission
   * @throws EparcoursClientException CORE-0501/0504 as for the stream variant
   */
  public static SubmissionRequest readSubmitObjectsRequest(XMLStreamReader reader) {
    return EbRimMapper.fromRim(unmarshal(reader, LcmSubmitObjectsRequest.class));
  }

  /**
   * Reads a {@code query:AdhocQueryResponse}.
   *
   * @param in the XML; not closed
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static QueryResponse readAdhocQueryResponse(InputStream in) {
    return EbRimMapper.fromRim(unmarshal(in, QueryAdhocQueryResponse.class));
  }

  /**
   * Reads a {@code query:AdhocQueryResponse} from a positioned reader.
   *
   * @param reader the reader
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static QueryResponse readAdhocQueryResponse(XMLStreamReader reader) {
    return EbRimMapper.fromRim(unmarshal(reader, QueryAdhocQueryResponse.class));
  }

  /**
   * Reads an {@code rs:RegistryResponse}.
   *
   * @param in the XML; not closed
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static RegistryResponse readRegistryResponse(InputStream in) {
    return EbRimMapper.fromRim(unmarshal(in, RsRegistryResponse.class));
  }

  /**
   * Reads an {@code rs:RegistryResponse} from a positioned reader.
   *
   * @param reader the reader
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static RegistryResponse readRegistryResponse(XMLStreamReader reader) {
    return EbRimMapper.fromRim(unmarshal(reader, RsRegistryResponse.class));
  }

  // JAXB unmarshallers are not thread-safe but are reusable, and creating one
  // costs about as much as a small message: a few are kept for reuse. A bounded queue rather
  // than thread-locals, so that nothing is pinned to pooled threads of a container.
  private static final int POOL_SIZE = 8;
  private static final Queue<Unmarshaller> UNMARSHALLERS = new ConcurrentLinkedQueue<>();
  private static final Queue<XMLReader> SAX_READERS = new ConcurrentLinkedQueue<>();

  private static <T> T unmarshal(InputStream in, Class<T> type) {
    // SAX is JAXB's fastest input (about twice StAX here); the hardened reader refuses DOCTYPE
    // and external entities, and is reused since creating one costs as much as a small parse.
    XMLReader reader = SAX_READERS.poll();
    Unmarshaller u = UNMARSHALLERS.poll();
    Object root;
    try {
      if (reader == null) {
        reader = SecureXml.newSaxParser().getXMLReader();
      }
      if (u == null) {
        u = Holder.CONTEXT.createUnmarshaller();
      }
      root = u.unmarshal(new SAXSource(reader,
          new InputSource(XmlSupport.bounded(in, DEFAULT_MAX_BYTES))));
    } catch (JAXBException | SAXException | RuntimeException e) {
      throw XmlSupport.refused(e);
    }
    if (SAX_READERS.size() < POOL_SIZE) {
      SAX_READERS.offer(reader);
    }
    if (UNMARSHALLERS.size() < POOL_SIZE) {
      UNMARSHALLERS.offer(u);
    }
    return checkRoot(root, type);
  }

  private static <T> T unmarshal(XMLStreamReader reader, Class<T> type) {
    Object root;
    try {
      Unmarshaller u = UNMARSHALLERS.poll();
      if (u == null) {
        u = Holder.CONTEXT.createUnmarshaller();
      }
      root = u.unmarshal(reader);
      if (UNMARSHALLERS.size() < POOL_SIZE) {
        UNMARSHALLERS.offer(u);
      }
    } catch (JAXBException | RuntimeException e) {
      throw XmlSupport.refused(e);
    }
    return checkRoot(root, type);
  }

  private static <T> T checkRoot(Object root, Class<T> type) {
    if (root instanceof jakarta.xml.bind.JAXBElement<?> element) {
      root = element.getValue();
    }
    if (!type.isInstance(root)) {
      throw new EparcoursClientException(DocumentErrors.EBRIM_UNREADABLE,
          "expected an ebRIM " + type.getSimpleName().replaceFirst("^(Lcm|Query|Rs)", "")
              + " but the XML root is another element; check the message type");
    }
    return type.cast(root);
  }
}
