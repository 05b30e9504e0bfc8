package io.github.eparcours.dmp.soap;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.internal.XmlCopy;
import io.github.eparcours.dmp.vihf.Vihf;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;

/**
 * Writes SOAP 1.2 envelopes: WS-Addressing headers, an optional {@code wsse:Security} header
 * carrying the signed VIHF byte for byte, and a body written by the caller through StAX.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SoapWriter {

  /** Writes the content of the SOAP Body. */
  @FunctionalInterface
  public interface BodyContent {
    /**
     * Writes the body's child elements.
     *
     * @param w the writer, positioned inside {@code env:Body}
     * @throws XMLStreamException if writing fails
     */
    void writeTo(XMLStreamWriter w) throws XMLStreamException;

    /**
     * Returns body content that copies a DOM element.
     *
     * @param element the element
     * @return the content
     */
    static BodyContent of(Element element) {
      return w -> XmlCopy.copy(element, w);
    }
  }

  private static final byte[] XML_DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DECLARATION_END = "?>".getBytes(StandardCharsets.US_ASCII);

  private SoapWriter() {}

  /**
   * Writes one envelope in UTF-8.
   *
   * @param out the destination, not closed
   * @param addressing the WS-Addressing headers
   * @param vihf the assertion for {@code wsse:Security}, embedded as its bytes (without the XML
   *     declaration or byte order mark it may start with), or null for none (replies)
   * @param body the body content
   * @throws EparcoursClientException DMP-0104 if writing fails
   */
  public static void write(OutputStream out, WsAddressing addressing, Vihf vihf,
      BodyContent body) {
    try {
      // Given a stream, the JDK writer hands each byte of UTF-8 to it in its own call; given a
      // writer, it hands over its buffer of characters, which the writer encodes in bulk.
      BufferedOutputStream buffered = new BufferedOutputStream(out, 8192);
      Writer chars = new OutputStreamWriter(buffered, StandardCharsets.UTF_8);
      XMLStreamWriter w = DmpXml.outputFactory().createXMLStreamWriter(chars);
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("env", SoapNamespaces.SOAP12);
      w.setPrefix("wsa", SoapNamespaces.WSA);
      w.writeStartElement("env", "Envelope", SoapNamespaces.SOAP12);
      w.writeNamespace("env", SoapNamespaces.SOAP12);
      w.writeNamespace("wsa", SoapNamespaces.WSA);
      w.writeStartElement("env", "Header", SoapNamespaces.SOAP12);
      header(w, "Action", addressing.action(), true);
      header(w, "MessageID", addressing.messageId(), false);
      if (addressing.to().isPresent()) {
        header(w, "To", addressing.to().get(), false);
      }
      if (addressing.relatesTo().isPresent()) {
        header(w, "RelatesTo", addressing.relatesTo().get(), false);
      }
      if (vihf != null) {
        w.writeStartElement("wsse", "Security", SoapNamespaces.WSSE);
        w.writeNamespace("wsse", SoapNamespaces.WSSE);
        w.writeAttribute("env", SoapNamespaces.SOAP12, "mustUnderstand", "true");
        // The signed bytes go out as they are: no parse, no re-serialisation. An empty text
        // closes the start tag, the flush hands what the writer holds to the stream first.
        w.writeCharacters("");
        w.flush();
        chars.flush();
        writeAssertion(vihf, buffered);
        w.writeEndElement();
      }
      w.writeEndElement();
      w.writeStartElement("env", "Body", SoapNamespaces.SOAP12);
      body.writeTo(w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
      w.close();
      chars.flush();
    } catch (XMLStreamException | IOException e) {
      throw new EparcoursClientException(DmpErrors.SOAP_WRITE_FAILED,
          "the SOAP envelope for " + addressing.action() + " could not be written ("
              + e.getClass().getSimpleName() + ")", e, false);
    }
  }

  /** Writes the assertion's bytes, without the XML declaration or byte order mark it may carry. */
  private static void writeAssertion(Vihf vihf, OutputStream out) throws IOException {
    byte[] xml = vihf.xml();
    int start = 0;
    if (xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB
        && (xml[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    if (startsWith(xml, start, XML_DECLARATION)) {
      int end = indexOf(xml, start, DECLARATION_END);
      if (end < 0) {
        throw new IOException("the VIHF's XML declaration is not closed");
      }
      start = end + DECLARATION_END.length;
      while (start < xml.length && (xml[start] == ' ' || xml[start] == '\t' || xml[start] == '\r'
          || xml[start] == '\n')) {
        start++;
      }
    }
    out.write(xml, start, xml.length - start);
  }

  private static boolean startsWith(byte[] b, int from, byte[] prefix) {
    if (b.length - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, int from, byte[] what) {
    for (int i = from; i <= b.length - what.length; i++) {
      if (startsWith(b, i, what)) {
        return i;
      }
    }
    return -1;
  }

  private static void header(XMLStreamWriter w, String name, String value, boolean mustUnderstand)
      throws XMLStreamException {
    w.writeStartElement("wsa", name, SoapNamespaces.WSA);
    if (mustUnderstand) {
      w.writeAttribute("env", SoapNamespaces.SOAP12, "mustUnderstand", "true");
    }
    w.writeCharacters(value);
    w.writeEndElement();
  }
}
