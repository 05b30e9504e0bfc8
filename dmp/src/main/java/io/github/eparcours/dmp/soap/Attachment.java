package io.github.eparcours.dmp.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A MIME part of an MTOM/XOP message, referenced from the SOAP body by
 * {@code <xop:Include href="cid:..."/>}. The content is streamed from its source when the
 * message is written; a source that can be reopened allows the message to be sent again.
 *
 * <p>Immutable and thread-safe if its source is.
 *
 * @since 0.1
 */
public final class Attachment {

  /** Opens the content of an attachment; may be called once per sending. */
  @FunctionalInterface
  public interface Source {
    /**
     * Opens a new stream over the content.
     *
     * @return the stream; the caller closes it
     * @throws IOException if the content cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final String contentId;
  private final String contentType;
  private final Source source;

  private Attachment(String contentId, String contentType, Source source) {
    this.contentId = Objects.requireNonNull(contentId, "contentId");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.source = Objects.requireNonNull(source, "source");
    if (contentId.indexOf('<') >= 0 || contentId.indexOf('>') >= 0 || contentId.isBlank()) {
      throw new IllegalArgumentException("a Content-ID is given without angle brackets");
    }
  }

  /**
   * Returns an attachment streamed from a source.
   *
   * @param contentId the Content-ID, without angle brackets
   * @param contentType the MIME type of the part
   * @param source opens the content
   * @return the attachment
   */
  public static Attachment of(String contentId, String contentType, Source source) {
    return new Attachment(contentId, contentType, source);
  }

  /**
   * Returns an attachment over bytes held in memory (copied).
   *
   * @param contentId the Content-ID, without angle brackets
   * @param contentType the MIME type of the part
   * @param content the content
   * @return the attachment
   */
  public static Attachment ofBytes(String contentId, String contentType, byte[] content) {
    byte[] copy = content.clone();
    return new Attachment(contentId, contentType, () -> new ByteArrayInputStream(copy));
  }

  /**
   * Returns the Content-ID, without angle brackets.
   *
   * @return the identifier
   */
  public String contentId() {
    return contentId;
  }

  /**
   * Returns the {@code href} that references this part from {@code xop:Include}.
   *
   * @return {@code cid:} + the percent-encoded Content-ID
   */
  public String href() {
    return Mime.cidHref(contentId);
  }

  /**
   * Returns the MIME type.
   *
   * @return the type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Streams the content to {@code out}.
   *
   * @param out the destination, not closed
   * @throws IOException if reading the source or writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    try (InputStream in = source.open()) {
      in.transferTo(out);
    }
  }

  @Override
  public String toString() {
    return "Attachment[" + contentId + ", " + contentType + "]";
  }
}
