package io.github.eparcours.dmp.soap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes MTOM/XOP {@code multipart/related} messages: the SOAP envelope as root part, then each
 * attachment streamed from its source (a document is never held in memory whole).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MtomWriter {

  /** Writes the root (SOAP) part. */
  @FunctionalInterface
  public interface RootContent {
    /**
     * Writes the envelope.
     *
     * @param out the destination, not to be closed
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private static final byte[] CRLF = {'\r', '\n'};

  private final String boundary;
  private final String rootContentId;
  private final String action;

  /**
   * Creates a writer for one message.
   *
   * @param boundary the MIME boundary (see {@link Mime#newBoundary()})
   * @param rootContentId the Content-ID of the root part, without angle brackets
   * @param action the SOAP action, repeated in the Content-Type
   */
  public MtomWriter(String boundary, String rootContentId, String action) {
    this.boundary = Objects.requireNonNull(boundary, "boundary");
    this.rootContentId = Objects.requireNonNull(rootContentId, "rootContentId");
    this.action = Objects.requireNonNull(action, "action");
  }

  /**
   * Returns the HTTP Content-Type of the message.
   *
   * @return the header value
   */
  public String contentType() {
    return "multipart/related; boundary=\"" + boundary + "\"; type=\"" + Mime.XOP_XML
        + "\"; start=\"<" + rootContentId + ">\"; start-info=\"" + Mime.SOAP_XML
        + "\"; action=\"" + action + "\"";
  }

  /**
   * Writes the whole message.
   *
   * @param out the destination, not closed
   * @param root writes the SOAP envelope
   * @param attachments the attachments, in the order they are referenced
   * @throws IOException if writing or reading a source fails
   */
  public void write(OutputStream out, RootContent root, List<Attachment> attachments)
      throws IOException {
    partHeader(out, Mime.XOP_XML + "; charset=UTF-8; type=\"" + Mime.SOAP_XML + "\"",
        rootContentId);
    root.writeTo(out);
    for (Attachment a : attachments) {
      out.write(CRLF);
      partHeader(out, a.contentType(), a.contentId());
      a.writeTo(out);
    }
    out.write(CRLF);
    ascii(out, "--" + boundary + "--");
    out.write(CRLF);
    out.flush();
  }

  private void partHeader(OutputStream out, String contentType, String contentId)
      throws IOException {
    ascii(out, "--" + boundary);
    out.write(CRLF);
    ascii(out, "Content-Type: " + contentType);
    out.write(CRLF);
    ascii(out, "Content-Transfer-Encoding: binary");
    out.write(CRLF);
    ascii(out, "Content-ID: <" + contentId + ">");
    out.write(CRLF);
    out.write(CRLF);
  }

  private static void ascii(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.US_ASCII));
  }
}
