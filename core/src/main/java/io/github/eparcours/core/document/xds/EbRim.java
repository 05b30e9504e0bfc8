package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.xds.internal.EbRimReader;
import io.github.eparcours.core.document.xds.internal.EbRimWriter;
import io.github.eparcours.core.error.EparcoursClientException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes and reads the ebRS/ebRIM 3.0 messages of XDS.b: {@code lcm:SubmitObjectsRequest},
 * {@code query:AdhocQueryResponse} and {@code rs:RegistryResponse}.
 *
 * <p>Writing streams the model straight to XML in the schema's element order, as UTF-8 bytes or
 * into a caller's {@link XMLStreamWriter}. A value holding a character XML 1.0 cannot carry (a
 * control character other than tab, line feed and carriage return, U+FFFE, U+FFFF, an unpaired
 * surrogate) is refused with CORE-0507 naming the object and field, never written.
 *
 * <p>Reading is tolerant and hardened. Tolerant: elements are matched by namespace and local
 * name (any prefix, or a default namespace); unknown elements are skipped with their subtree
 * at any depth, unknown attributes ignored, unknown slots kept as extra slots, unknown
 * classifications and nameless slots ignored; nothing unknown is fatal. Hardened: no DTD, no
 * external entity, JDK limits on depth, attributes and name length, and at most
 * {@link #DEFAULT_MAX_BYTES} read from a stream. Validate what was read with
 * {@link XdsMetadataValidator}.
 *
 * <p>Thread-safe: all methods are static; parsers are reused from a small bounded pool.
 *
 * @since 0.1
 */
public final class EbRim {

  /** Default largest input read: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private EbRim() {}

  /**
   * Writes a submission as {@code lcm:SubmitObjectsRequest} (UTF-8). Content is not written
   * (it travels as MTOM parts or XDM files). Does not validate: call
   * {@link XdsMetadataValidator} first.
   *
   * @param request the submission
   * @param out where to write; flushed, not closed
   * @throws EparcoursClientException CORE-0502 on I/O failure, CORE-0507 for a value XML cannot
   *     carry
   */
  public static void writeSubmitObjectsRequest(SubmissionRequest request, OutputStream out) {
    EbRimWriter.write(request, out);
  }

  /**
   * Writes a submission as {@code lcm:SubmitObjectsRequest} into an open StAX writer, e.g.
   * inside a SOAP body. The element declares the {@code lcm} and {@code rim} prefixes it uses.
   * Line breaks and tabs in attribute values (titles, comments) are written as they are, so a
   * reader's attribute normalisation turns them into spaces: StAX writers cannot write character
   * references. The stream variant writes them as references and keeps them.
   *
   * @param request the submission
   * @param writer the writer, positioned where the element goes; neither flushed nor closed
   * @throws EparcoursClientException CORE-0502 when the writer fails, CORE-0507 for a value XML
   *     cannot carry
   */
  public static void writeSubmitObjectsRequest(SubmissionRequest request, XMLStreamWriter writer) {
    EbRimWriter.write(request, writer);
  }

  /**
   * Writes a {@code query:AdhocQueryResponse}.
   *
   * @param response the response
   * @param out where to write; flushed, not closed
   * @throws EparcoursClientException CORE-0502 on I/O failure, CORE-0507 for a value XML cannot
   *     carry
   */
  public static void writeAdhocQueryResponse(QueryResponse response, OutputStream out) {
    EbRimWriter.write(response, out);
  }

  /**
   * Writes an {@code rs:RegistryResponse}.
   *
   * @param response the response
   * @param out where to write; flushed, not closed
   * @throws EparcoursClientException CORE-0502 on I/O failure, CORE-0507 for a value XML cannot
   *     carry
   */
  public static void writeRegistryResponse(RegistryResponse response, OutputStream out) {
    EbRimWriter.write(response, out);
  }

  /**
   * Reads a {@code lcm:SubmitObjectsRequest}.
   *
   * @param in the XML; not closed
   * @return the submission, without document content
   * @throws EparcoursClientException CORE-0501 for hostile, malformed or too large XML,
   *     CORE-0504 when it is not a SubmitObjectsRequest or has no submission set
   */
  public static SubmissionRequest readSubmitObjectsRequest(InputStream in) {
    return EbRimReader.readSubmission(in, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a {@code lcm:SubmitObjectsRequest} from a reader positioned on its start tag (e.g.
   * inside a SOAP body). On return the reader is on the matching end tag: call {@code next()}
   * or {@code nextTag()} to go on with what follows. The caller is responsible for the reader's
   * hardening (a DTD or an unexpanded entity reference met on the way is refused).
   *
   * @param reader the reader, on the start tag (or before it, at the start of the document)
   * @return the submission
   * @throws EparcoursClientException CORE-0501/0504 as for the stream variant; CORE-0504 when
   *     the reader is not on a start tag
   */
  public static SubmissionRequest readSubmitObjectsRequest(XMLStreamReader reader) {
    return EbRimReader.readSubmission(reader);
  }

  /**
   * Reads a {@code query:AdhocQueryResponse}.
   *
   * @param in the XML; not closed
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static QueryResponse readAdhocQueryResponse(InputStream in) {
    return EbRimReader.readQueryResponse(in, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a {@code query:AdhocQueryResponse} from a reader positioned on its start tag; on
   * return the reader is on the matching end tag (see
   * {@link #readSubmitObjectsRequest(XMLStreamReader)}).
   *
   * @param reader the reader
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static QueryResponse readAdhocQueryResponse(XMLStreamReader reader) {
    return EbRimReader.readQueryResponse(reader);
  }

  /**
   * Reads an {@code rs:RegistryResponse}.
   *
   * @param in the XML; not closed
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static RegistryResponse readRegistryResponse(InputStream in) {
    return EbRimReader.readRegistryResponse(in, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads an {@code rs:RegistryResponse} from a reader positioned on its start tag; on return
   * the reader is on the matching end tag (see
   * {@link #readSubmitObjectsRequest(XMLStreamReader)}).
   *
   * @param reader the reader
   * @return the response
   * @throws EparcoursClientException CORE-0501/0504
   */
  public static RegistryResponse readRegistryResponse(XMLStreamReader reader) {
    return EbRimReader.readRegistryResponse(reader);
  }
}
