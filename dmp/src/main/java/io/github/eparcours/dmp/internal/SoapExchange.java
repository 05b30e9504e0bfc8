package io.github.eparcours.dmp.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.http.RequestBody;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.DmpSoapFaultException;
import io.github.eparcours.dmp.soap.Attachment;
import io.github.eparcours.dmp.soap.IncomingMessage;
import io.github.eparcours.dmp.soap.Mime;
import io.github.eparcours.dmp.soap.MtomWriter;
import io.github.eparcours.dmp.soap.SoapFault;
import io.github.eparcours.dmp.soap.SoapWriter;
import io.github.eparcours.dmp.soap.WsAddressing;
import io.github.eparcours.dmp.vihf.Vihf;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Sends one SOAP request over the core transport and reads its reply: faults become
 * {@link DmpSoapFaultException}, HTTP errors without SOAP become service exceptions, a reply that
 * does not answer the request's MessageID is refused.
 *
 * <p>Stateless and thread-safe.
 */
public final class SoapExchange {

  private final HttpTransport transport;
  private final int maxEnvelopeBytes;

  /**
   * Creates the exchange helper.
   *
   * @param transport the transport
   * @param maxEnvelopeBytes the size limit of reply envelopes
   */
  public SoapExchange(HttpTransport transport, int maxEnvelopeBytes) {
    this.transport = transport;
    this.maxEnvelopeBytes = maxEnvelopeBytes;
  }

  /**
   * Sends a request and returns its reply, positioned before its attachments.
   *
   * @param uri the endpoint
   * @param action the WS-Addressing Action
   * @param vihf the assertion
   * @param body the body content
   * @param attachments MTOM attachments; empty for a plain SOAP request
   * @param idempotent whether the transport may retry it on its own
   * @return the reply, to be closed
   */
  public IncomingMessage call(URI uri, String action, Vihf vihf, SoapWriter.BodyContent body,
      List<Attachment> attachments, boolean idempotent) {
    WsAddressing wsa = WsAddressing.request(action, uri.toString());
    RequestBody requestBody = attachments.isEmpty() ? plain(wsa, vihf, body)
        : mtom(wsa, vihf, body, attachments, action);
    HttpResponse response = transport.execute(HttpRequest.builder().method("POST").uri(uri)
        .header("Content-Type", requestBody.contentType()).body(requestBody)
        .idempotent(idempotent).build());
    boolean handedOver = false;
    try {
      String contentType = response.header("Content-Type").orElse("");
      String media = Mime.mediaType(contentType);
      boolean soap = media.equals(Mime.SOAP_XML) || media.equals("multipart/related")
          || media.equals("text/xml");
      if (!soap) {
        int status = response.status();
        if (status >= 200 && status < 300) {
          throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED, "the DMP answered " + action
              + " with '" + media + "' instead of SOAP; check the endpoint URL", null, false);
        }
        throw new EparcoursServiceException(DmpErrors.HTTP_ERROR, "the DMP answered " + action
            + " with HTTP " + status + (status >= 500 ? "; the service is failing, retry later"
                : "; check the endpoint URL and the TLS client certificate"), status,
            truncatedBody(response), status == 502 || status == 503 || status == 504);
      }
      IncomingMessage in = IncomingMessage.read(contentType, response.body(), maxEnvelopeBytes);
      Optional<SoapFault> fault = in.envelope().fault();
      if (fault.isPresent()) {
        String raw = new String(DmpXml.toBytes(in.envelope().document()), StandardCharsets.UTF_8);
        closeQuietly(in);
        throw new DmpSoapFaultException(fault.get(), response.status(), raw);
      }
      String relatesTo = in.envelope().addressing().relatesTo().orElse("");
      if (!relatesTo.equals(wsa.messageId())) {
        closeQuietly(in);
        throw new EparcoursClientException(DmpErrors.WSA_MISMATCH, "the reply to " + action
            + " does not relate to the request's MessageID; a proxy may have mixed replies",
            null, false);
      }
      handedOver = true;
      return in;
    } finally {
      if (!handedOver) {
        response.close();
      }
    }
  }

  private static String truncatedBody(HttpResponse response) {
    try {
      byte[] b = response.body().readNBytes(4096);
      return new String(b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static void closeQuietly(IncomingMessage in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the failure being reported matters more
    }
  }

  private static RequestBody plain(WsAddressing wsa, Vihf vihf, SoapWriter.BodyContent body) {
    return new RequestBody() {
      @Override
      public String contentType() {
        return Mime.SOAP_XML + "; charset=UTF-8; action=\"" + wsa.action() + "\"";
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(OutputStream out) {
        SoapWriter.write(out, wsa, vihf, body);
      }
    };
  }

  private static RequestBody mtom(WsAddressing wsa, Vihf vihf, SoapWriter.BodyContent body,
      List<Attachment> attachments, String action) {
    MtomWriter writer = new MtomWriter(Mime.newBoundary(), Mime.newContentId("root"), action);
    return new RequestBody() {
      @Override
      public String contentType() {
        return writer.contentType();
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        writer.write(out, o -> SoapWriter.write(o, wsa, vihf, body), attachments);
      }
    };
  }

  /**
   * Tells whether a failure leaves the outcome of a request unknown (it may have been processed).
   *
   * @param e the failure
   * @return true for time-outs, dropped connections, unreadable replies, 5xx and receiver faults
   */
  public static boolean outcomeUnknown(EparcoursException e) {
    String code = e.code().value();
    if (code.equals("CORE-0303") || code.equals("CORE-0304") || code.equals("CORE-0311")
        || code.equals(DmpErrors.SOAP_MALFORMED.value())
        || code.equals(DmpErrors.MTOM_MALFORMED.value())) {
      return true;
    }
    if (e instanceof DmpSoapFaultException) {
      return ((DmpSoapFaultException) e).fault().isReceiverFault();
    }
    return e instanceof EparcoursServiceException
        && ((EparcoursServiceException) e).status().orElse(0) >= 500;
  }

  /**
   * Tells whether a failure proves the request never reached the service.
   *
   * @param e the failure
   * @return true for connection and TLS handshake failures
   */
  public static boolean neverSent(EparcoursException e) {
    String code = e.code().value();
    return code.equals("CORE-0301") || code.equals("CORE-0302");
  }
}
