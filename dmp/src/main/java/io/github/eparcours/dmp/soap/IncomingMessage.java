package io.github.eparcours.dmp.soap;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.DmpErrors;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A received SOAP message, plain ({@code application/soap+xml}) or MTOM
 * ({@code multipart/related}): its envelope, read whole within a size limit, then its
 * attachments streamed in arrival order.
 *
 * <p>Not thread-safe; close it to release the underlying stream.
 *
 * @since 0.1
 */
public final class IncomingMessage implements Closeable {

  private final SoapMessage envelope;
  private final MultipartReader parts;
  private final InputStream in;

  private IncomingMessage(SoapMessage envelope, MultipartReader parts, InputStream in) {
    this.envelope = envelope;
    this.parts = parts;
    this.in = in;
  }

  /**
   * Reads the envelope of a message.
   *
   * @param contentType the HTTP Content-Type
   * @param in the body, closed with this message
   * @param maxEnvelopeBytes the size limit of the SOAP envelope
   * @return the message, positioned before its first attachment
   * @throws EparcoursClientException DMP-0101 (not SOAP), DMP-0103 (bad multipart), DMP-0106
   *     (envelope too large)
   */
  public static IncomingMessage read(String contentType, InputStream in, int maxEnvelopeBytes) {
    String media = Mime.mediaType(contentType == null ? "" : contentType);
    try {
      if (media.equals("multipart/related")) {
        MultipartReader r = new MultipartReader(in, Mime.boundary(contentType));
        MultipartReader.Part root = r.next().orElseThrow(() -> new EparcoursClientException(
            DmpErrors.MTOM_MALFORMED, "the multipart/related message has no part", null, false));
        return new IncomingMessage(SoapMessage.parse(root.readAll(maxEnvelopeBytes)), r, in);
      }
      if (media.equals(Mime.SOAP_XML) || media.equals("text/xml")
          || media.equals("application/xml")) {
        byte[] xml = in.readNBytes(maxEnvelopeBytes + 1);
        if (xml.length > maxEnvelopeBytes) {
          throw new EparcoursClientException(DmpErrors.SOAP_TOO_LARGE,
              "the SOAP message exceeds the limit of " + maxEnvelopeBytes + " bytes", null, false);
        }
        return new IncomingMessage(SoapMessage.parse(xml), null, in);
      }
    } catch (IOException e) {
      closeQuietly(in);
      throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
          "the SOAP message could not be read (" + e.getClass().getSimpleName() + ")", e, true);
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
    closeQuietly(in);
    throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
        "the reply is of type '" + media + "', not a SOAP message; check the endpoint URL", null,
        false);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the failure being reported matters more
    }
  }

  /**
   * Returns the envelope.
   *
   * @return the envelope
   */
  public SoapMessage envelope() {
    return envelope;
  }

  /**
   * Tells whether the message is MTOM (may carry attachments).
   *
   * @return true for multipart/related
   */
  public boolean isMultipart() {
    return parts != null;
  }

  /**
   * Returns the next attachment, skipping the rest of the previous one.
   *
   * @return the attachment, empty when there are no more
   */
  public Optional<MultipartReader.Part> nextAttachment() {
    return parts == null ? Optional.empty() : parts.next();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
