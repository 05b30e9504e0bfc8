package io.github.eparcours.dmp.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.xml.SecureXml;
import io.github.eparcours.dmp.DmpErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * XML helpers of the DMP module. Received bytes are parsed with the core's
 * {@link SecureXml} (no DTD, no external entity, no XInclude, size limits); the cached factory
 * here, hardened the same way, only creates the documents the SDK builds itself.
 *
 * <p>Thread-safe: the factories are created per call or are immutable once configured.
 */
public final class DmpXml {

  private static final DocumentBuilderFactory DBF = newDocumentBuilderFactory();
  private static final XMLInputFactory XIF = SecureXml.newXmlInputFactory();
  private static final XMLOutputFactory XOF = XMLOutputFactory.newDefaultFactory();
  // newDefaultInstance: no service-loader scan of the class path on every call (it re-reads
  // every jar, signed ones included, and costs milliseconds).
  private static final TransformerFactory TF = newTransformerFactory();
  private static final XMLSignatureFactory XSF = XMLSignatureFactory.getInstance("DOM");

  // Creating a builder costs more than building or parsing a SOAP envelope: one is kept per
  // thread. A builder holds no document between uses and its handlers are never changed here.
  private static final ThreadLocal<DocumentBuilder> EMPTY_DOCUMENTS =
      ThreadLocal.withInitial(DmpXml::documentBuilder);
  private static final ThreadLocal<DocumentBuilder> PARSERS = new ThreadLocal<>();
  // An identity transformer is reusable once a transform has ended; its output properties are
  // set once and never changed.
  private static final ThreadLocal<Transformer> SERIALISERS = new ThreadLocal<>();

  private DmpXml() {}

  private static DocumentBuilderFactory newDocumentBuilderFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    try {
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser refuses hardening features", e);
    }
    return f;
  }

  private static TransformerFactory newTransformerFactory() {
    try {
      TransformerFactory tf = TransformerFactory.newDefaultInstance();
      tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      return tf;
    } catch (javax.xml.transform.TransformerConfigurationException e) {
      throw new IllegalStateException("the JDK XML serialiser refuses secure processing", e);
    }
  }

  /**
   * Returns a new hardened, namespace-aware DOM builder.
   *
   * @return a builder for one thread
   */
  public static DocumentBuilder documentBuilder() {
    try {
      DocumentBuilder b;
      synchronized (DBF) {
        b = DBF.newDocumentBuilder();
      }
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be configured", e);
    }
  }

  /**
   * Returns a new empty DOM document.
   *
   * @return an empty document
   */
  public static Document newDocument() {
    return EMPTY_DOCUMENTS.get().newDocument();
  }

  /**
   * Parses XML with the hardened parser.
   *
   * @param in the XML, read fully, not closed
   * @param what what the XML is, for the error message
   * @return the document
   * @throws EparcoursClientException DMP-0101 when the XML is malformed or refused
   */
  public static Document parse(InputStream in, String what) {
    try {
      // Untrusted input: the core's hardened builder with its size and entity limits.
      // Taken out of the cache while in use, so that a re-entrant parse gets its own.
      DocumentBuilder builder = PARSERS.get();
      if (builder == null) {
        builder = SecureXml.newDocumentBuilder();
      } else {
        PARSERS.remove();
      }
      Document document = builder.parse(in);
      PARSERS.set(builder);
      return document;
    } catch (SAXException e) {
      throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
          what + " is not acceptable XML (" + safeReason(e)
              + "); DTDs and external entities are refused", e, false);
    } catch (IOException e) {
      throw new EparcoursClientException(DmpErrors.SOAP_MALFORMED,
          what + " could not be read: " + e.getClass().getSimpleName(), e, true);
    }
  }

  /**
   * Parses XML bytes with the hardened parser.
   *
   * @param xml the XML
   * @param what what the XML is, for the error message
   * @return the document
   * @throws EparcoursClientException DMP-0101 when the XML is malformed or refused
   */
  public static Document parse(byte[] xml, String what) {
    return parse(new ByteArrayInputStream(xml), what);
  }

  /**
   * Returns the shared hardened StAX input factory (thread-safe once configured).
   *
   * @return the factory
   */
  public static XMLInputFactory inputFactory() {
    return XIF;
  }

  /**
   * Returns the shared StAX output factory (thread-safe once configured).
   *
   * @return the factory
   */
  public static XMLOutputFactory outputFactory() {
    return XOF;
  }

  /**
   * Serialises a DOM node to UTF-8 bytes, without XML declaration nor indentation (the bytes of a
   * signed element must not be reformatted).
   *
   * @param node the node
   * @return the bytes
   */
  public static byte[] toBytes(Node node) {
    try {
      Transformer t = SERIALISERS.get();
      if (t == null) {
        synchronized (TF) {
          t = TF.newTransformer();
        }
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.INDENT, "no");
      } else {
        SERIALISERS.remove();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
      t.transform(new DOMSource(node), new StreamResult(out));
      SERIALISERS.set(t);
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("the JDK XML serialiser failed on an in-memory document", e);
    }
  }

  /**
   * Returns the shared XML-DSig factory, for verification. The JDK's DOM implementation keeps no
   * state per signature, so one instance serves every thread and avoids a provider lookup per
   * signature.
   *
   * @return the factory
   */
  public static XMLSignatureFactory signatureFactory() {
    return XSF;
  }

  /**
   * Describes a parser failure without echoing document content.
   *
   * @param e the failure
   * @return a short reason
   */
  public static String safeReason(Exception e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    if (m.contains("DOCTYPE")) {
      return "DOCTYPE not allowed";
    }
    return m.length() > 120 ? m.substring(0, 120) + "..." : m;
  }
}
