package io.github.eparcours.core.xml;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.io.BoundedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The only way the SDK creates XML parsers, writers, transformers and schema factories: every
 * one is hardened against the classic XML attacks.
 *
 * <ul>
 *   <li>DTDs are refused outright (a {@code DOCTYPE} fails with {@link XmlErrorCodes#DOCTYPE}):
 *       no entity declarations, hence no XXE and no billion-laughs, and no external DTD;</li>
 *   <li>external entities, external DTDs and external schemas are never fetched (an
 *       {@link EntityResolver} / {@link XMLResolver} that refuses everything is installed as a
 *       second line of defence);</li>
 *   <li>XInclude is never processed; {@link #parse(InputStream)} refuses documents that use it
 *       ({@link XmlErrorCodes#XINCLUDE});</li>
 *   <li>JAXP secure processing is on, and the limits of {@link XmlLimits} apply (document size,
 *       element depth, attributes per element, name length).</li>
 * </ul>
 *
 * <p>The JDK's built-in JAXP implementation is always used ({@code newDefaultInstance}), whatever
 * other implementation is on the class path, so the hardening is the one tested here.
 *
 * <p>Failures surface as {@link EparcoursClientException} with a {@code CORE-04xx} code (see
 * {@link XmlErrorCodes}); their messages give the rule and the position, never document content.
 *
 * <p>The static methods are thread-safe. The objects they return (builders, parsers, factories,
 * transformers) are JAXP objects and, as such, not thread-safe: use one per thread or per call.
 *
 * @since 0.1
 */
public final class SecureXml {

  /** Namespace of XInclude elements. */
  public static final String XINCLUDE_NAMESPACE = "http://www.w3.org/2001/XInclude";

  private static final String JDK_LIMIT = "http://www.oracle.com/xml/jaxp/properties/";
  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";
  private static final String EXTERNAL_GENERAL =
      "http://xml.org/sax/features/external-general-entities";
  private static final String EXTERNAL_PARAMETER =
      "http://xml.org/sax/features/external-parameter-entities";
  private static final String LOAD_EXTERNAL_DTD =
      "http://apache.org/xml/features/nonvalidating/load-external-dtd";
  private static final String STAX_IGNORE_EXTERNAL_DTD =
      "http://java.sun.com/xml/stream/properties/ignore-external-dtd";
  /** Local schema files and schemas in jars may include each other; nothing over the network. */
  /**
   * The features the DOM and SAX factories get, in the order they are set: secure processing on,
   * DOCTYPE refused, no external entity or DTD loaded.
   */
  private static final Map<String, Boolean> PARSER_FEATURES = orderedFeatures();
  private static final String LOCAL_SCHEMA_PROTOCOLS = "file,jar:file";
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

  private static final EntityResolver REFUSE_ENTITIES = (publicId, systemId) -> {
    throw new SAXException(new EparcoursClientException(XmlErrorCodes.EXTERNAL_ACCESS,
        "XML refused: the document refers to an external resource; external entities, DTDs and "
            + "schemas are never fetched"));
  };

  private static final XMLResolver REFUSE_STAX_ENTITIES =
      (publicId, systemId, baseUri, namespace) -> {
        throw new EparcoursClientException(XmlErrorCodes.EXTERNAL_ACCESS,
            "XML refused: the document refers to an external resource; external entities, DTDs "
                + "and schemas are never fetched");
      };

  /** Fails on errors and fatal errors instead of printing them to the console. */
  private static final ErrorHandler STRICT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // warnings (e.g. about a schema hint) do not make a document unreadable
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private static final ErrorListener STRICT_TRANSFORM = new ErrorListener() {
    @Override
    public void warning(TransformerException e) {
      // not a failure
    }

    @Override
    public void error(TransformerException e) throws TransformerException {
      throw e;
    }

    @Override
    public void fatalError(TransformerException e) throws TransformerException {
      throw e;
    }
  };

  /**
   * Creating a hardened builder costs several times the parse of a typical CDA header; one is kept
   * per thread for the default limits. The builder holds no document between parses.
   */
  private static final ThreadLocal<DocumentBuilder> DEFAULT_BUILDER = new ThreadLocal<>();

  private SecureXml() {}

  // ---------------------------------------------------------------------------------------- DOM

  /**
   * Returns a namespace-aware, hardened DOM builder with the default limits. The byte-size limit
   * is only enforced by {@link #parse(InputStream)}; a builder used directly must be given a
   * bounded stream ({@link BoundedInputStream}).
   *
   * @return a new builder, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static DocumentBuilder newDocumentBuilder() {
    return newDocumentBuilder(XmlLimits.defaults());
  }

  /**
   * Returns a namespace-aware, hardened DOM builder with the given limits.
   *
   * @param limits the limits
   * @return a new builder, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static DocumentBuilder newDocumentBuilder(XmlLimits limits) {
    Objects.requireNonNull(limits, "limits");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      for (Map.Entry<String, Boolean> feature : PARSER_FEATURES.entrySet()) {
        factory.setFeature(feature.getKey(), feature.getValue());
      }
      for (Map.Entry<String, String> property : parserProperties(limits).entrySet()) {
        factory.setAttribute(property.getKey(), property.getValue());
      }
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver(REFUSE_ENTITIES);
      builder.setErrorHandler(STRICT);
      return builder;
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw configuration("DOM", e);
    }
  }

  /**
   * Parses a document with the default limits. The stream is read to its end, not closed.
   *
   * @param in the document
   * @return the document (a DOM, not thread-safe)
   * @throws EparcoursClientException with a {@link XmlErrorCodes} code if the document is refused
   *     (DOCTYPE, XInclude, too large, a limit exceeded, not well-formed) or cannot be read
   */
  public static Document parse(InputStream in) {
    return parse(in, XmlLimits.defaults());
  }

  /**
   * Parses a document with the given limits. The stream is read to its end, not closed.
   *
   * @param in the document
   * @param limits the limits
   * @return the document (a DOM, not thread-safe)
   * @throws EparcoursClientException as {@link #parse(InputStream)}
   */
  public static Document parse(InputStream in, XmlLimits limits) {
    Objects.requireNonNull(in, "in");
    boolean defaults = limits.equals(XmlLimits.defaults());
    DocumentBuilder builder = defaults ? takeDefaultBuilder() : newDocumentBuilder(limits);
    Document document;
    try {
      document = builder.parse(bounded(in, limits));
    } catch (SAXException | IOException e) {
      throw translate(e);
    } finally {
      if (defaults) {
        // reset() restores the handlers of construction time: set ours again for the next use.
        builder.reset();
        builder.setEntityResolver(REFUSE_ENTITIES);
        builder.setErrorHandler(STRICT);
        DEFAULT_BUILDER.set(builder);
      }
    }
    if (document.getElementsByTagNameNS(XINCLUDE_NAMESPACE, "*").getLength() > 0) {
      throw new EparcoursClientException(XmlErrorCodes.XINCLUDE, "XML refused: the document "
          + "uses XInclude, which is never processed; send the included content inline");
    }
    return document;
  }

  private static Map<String, Boolean> orderedFeatures() {
    Map<String, Boolean> features = new LinkedHashMap<>();
    features.put(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    features.put(DISALLOW_DOCTYPE, true);
    features.put(EXTERNAL_GENERAL, false);
    features.put(EXTERNAL_PARAMETER, false);
    features.put(LOAD_EXTERNAL_DTD, false);
    return Collections.unmodifiableMap(features);
  }

  /** Takes this thread's builder out of the cache, so that a re-entrant parse gets its own. */
  private static DocumentBuilder takeDefaultBuilder() {
    DocumentBuilder cached = DEFAULT_BUILDER.get();
    if (cached == null) {
      return newDocumentBuilder(XmlLimits.defaults());
    }
    DEFAULT_BUILDER.remove();
    return cached;
  }

  // ---------------------------------------------------------------------------------------- SAX

  /**
   * Returns a namespace-aware, hardened SAX parser with the default limits. Give it a bounded
   * stream ({@link BoundedInputStream}) or use {@link #parse(InputStream, DefaultHandler)}.
   *
   * @return a new parser, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static SAXParser newSaxParser() {
    return newSaxParser(XmlLimits.defaults());
  }

  /**
   * Returns a namespace-aware, hardened SAX parser with the given limits.
   *
   * @param limits the limits
   * @return a new parser, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static SAXParser newSaxParser(XmlLimits limits) {
    Objects.requireNonNull(limits, "limits");
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    try {
      for (Map.Entry<String, Boolean> feature : PARSER_FEATURES.entrySet()) {
        factory.setFeature(feature.getKey(), feature.getValue());
      }
      SAXParser parser = factory.newSAXParser();
      for (Map.Entry<String, String> property : parserProperties(limits).entrySet()) {
        parser.setProperty(property.getKey(), property.getValue());
      }
      parser.getXMLReader().setEntityResolver(REFUSE_ENTITIES);
      parser.getXMLReader().setErrorHandler(STRICT);
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw configuration("SAX", e);
    }
  }

  /**
   * Parses a document with SAX and the default limits, streaming it to {@code handler}. The
   * stream is not closed. Exceptions the handler throws propagate: an unchecked one as is, a
   * {@link SAXException} translated like a parse error.
   *
   * @param in the document
   * @param handler receives the events
   * @throws EparcoursClientException as {@link #parse(InputStream)} (XInclude is not processed
   *     and not refused: the handler sees the XInclude elements)
   */
  public static void parse(InputStream in, DefaultHandler handler) {
    parse(in, handler, XmlLimits.defaults());
  }

  /**
   * Parses a document with SAX and the given limits.
   *
   * @param in the document
   * @param handler receives the events
   * @param limits the limits
   * @throws EparcoursClientException as {@link #parse(InputStream, DefaultHandler)}
   */
  public static void parse(InputStream in, DefaultHandler handler, XmlLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(handler, "handler");
    SAXParser parser = newSaxParser(limits);
    try {
      // SAXParser.parse(in, DefaultHandler) would install the handler as entity resolver too,
      // replacing the refusing one: drive the XMLReader instead.
      var reader = parser.getXMLReader();
      reader.setContentHandler(handler);
      reader.setDTDHandler(handler);
      reader.parse(new InputSource(bounded(in, limits)));
    } catch (SAXException | IOException e) {
      throw translate(e);
    }
  }

  // --------------------------------------------------------------------------------------- StAX

  /**
   * Returns a hardened StAX input factory with the default limits: DTDs not supported (entity
   * declarations are ignored, so undeclared references fail), external entities not supported,
   * nothing fetched. Prefer {@link #newXmlStreamReader(InputStream)}, which also refuses DOCTYPE
   * and bounds the size.
   *
   * @return a new factory, not thread-safe while being configured
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static XMLInputFactory newXmlInputFactory() {
    return newXmlInputFactory(XmlLimits.defaults());
  }

  /**
   * Returns a hardened StAX input factory with the given limits.
   *
   * @param limits the limits
   * @return a new factory
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static XMLInputFactory newXmlInputFactory(XmlLimits limits) {
    Objects.requireNonNull(limits, "limits");
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    try {
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
      factory.setProperty(STAX_IGNORE_EXTERNAL_DTD, true);
      for (Map.Entry<String, String> property : parserProperties(limits).entrySet()) {
        factory.setProperty(property.getKey(), property.getValue());
      }
      factory.setXMLResolver(REFUSE_STAX_ENTITIES);
      return factory;
    } catch (IllegalArgumentException e) {
      throw configuration("StAX", e);
    }
  }

  /**
   * Returns a hardened StAX reader over {@code in} with the default limits: a DOCTYPE fails with
   * {@link XmlErrorCodes#DOCTYPE}, the size is bounded, and read errors surface as
   * {@link EparcoursClientException} (the declared {@link XMLStreamException} is never thrown by
   * its reading methods). The stream is not closed by the reader.
   *
   * @param in the document
   * @return the reader, not thread-safe
   * @throws EparcoursClientException if the document start cannot be read
   */
  public static XMLStreamReader newXmlStreamReader(InputStream in) {
    return newXmlStreamReader(in, XmlLimits.defaults());
  }

  /**
   * Returns a hardened StAX reader over {@code in} with the given limits.
   *
   * @param in the document
   * @param limits the limits
   * @return the reader, not thread-safe
   * @throws EparcoursClientException if the document start cannot be read
   */
  public static XMLStreamReader newXmlStreamReader(InputStream in, XmlLimits limits) {
    Objects.requireNonNull(in, "in");
    try {
      XMLInputFactory factory = limits.equals(XmlLimits.defaults())
          ? DefaultInputFactory.INSTANCE : newXmlInputFactory(limits);
      return new GuardedStreamReader(factory.createXMLStreamReader(bounded(in, limits)));
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /**
   * Returns a StAX output factory (namespace repairing off). Writing through StAX or DOM is the
   * only way the SDK produces XML: never string concatenation.
   *
   * @return a new factory
   */
  public static XMLOutputFactory newXmlOutputFactory() {
    XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
    factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
    return factory;
  }

  // ------------------------------------------------------------------------ Transform and Schema

  /**
   * Returns a hardened transformer factory: secure processing, no external DTD or stylesheet
   * fetched, errors thrown rather than printed. For XSLT stylesheets the caller trusts.
   *
   * @return a new factory, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static TransformerFactory newTransformerFactory() {
    TransformerFactory factory = TransformerFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      factory.setErrorListener(STRICT_TRANSFORM);
      return factory;
    } catch (TransformerConfigurationException | IllegalArgumentException e) {
      throw configuration("Transformer", e);
    }
  }

  /**
   * Returns a hardened identity transformer (copies a source to a result), UTF-8, no indentation.
   *
   * @return a new transformer, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static Transformer newTransformer() {
    try {
      Transformer transformer = newTransformerFactory().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      transformer.setErrorListener(STRICT_TRANSFORM);
      return transformer;
    } catch (TransformerConfigurationException e) {
      throw configuration("Transformer", e);
    }
  }

  /**
   * Writes a DOM node (usually a {@link Document}) as UTF-8 XML. The stream is not closed.
   *
   * @param node the node
   * @param out the destination
   * @throws EparcoursClientException {@link XmlErrorCodes#WRITE} if writing fails
   */
  public static void write(Node node, OutputStream out) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(out, "out");
    try {
      newTransformer().transform(new DOMSource(node), new StreamResult(out));
    } catch (TransformerException e) {
      throw new EparcoursClientException(XmlErrorCodes.WRITE, "XML could not be written: "
          + sanitize(e.getMessage()), e.getCause() instanceof IOException ? e.getCause() : null,
          false);
    }
  }

  /**
   * Returns a hardened W3C XML Schema factory: secure processing, no DTD fetched, and schema
   * includes and imports resolved only from local files and jars (never over the network).
   *
   * @return a new factory, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static SchemaFactory newSchemaFactory() {
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, LOCAL_SCHEMA_PROTOCOLS);
      factory.setErrorHandler(STRICT);
      return factory;
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw configuration("Schema", e);
    }
  }

  /**
   * Returns a hardened, size-bounded {@link SAXSource} over {@code in} with the default limits:
   * the source to give a {@link Validator} or a {@link Transformer}, which would otherwise parse
   * a {@code StreamSource} with a parser the SDK does not control. Parse errors come out of the
   * validator or transformer as their own checked exceptions; pass them to the caller's handling
   * (a DOCTYPE is refused with a message naming it).
   *
   * @param in the document; not closed
   * @return the source
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static SAXSource newSaxSource(InputStream in) {
    return newSaxSource(in, XmlLimits.defaults());
  }

  /**
   * Returns a hardened, size-bounded {@link SAXSource} over {@code in} with the given limits.
   *
   * @param in the document; not closed
   * @param limits the limits
   * @return the source
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static SAXSource newSaxSource(InputStream in, XmlLimits limits) {
    Objects.requireNonNull(in, "in");
    try {
      return new SAXSource(newSaxParser(limits).getXMLReader(),
          new InputSource(bounded(in, limits)));
    } catch (SAXException e) {
      throw configuration("SAX", e);
    }
  }

  /**
   * Returns a hardened validator for {@code schema}: schema-location hints of instance documents
   * are never followed and no DTD is fetched. Give it a {@link DOMSource} from
   * {@link #parse(InputStream)} or a {@link #newSaxSource(InputStream)}, never a raw
   * {@code StreamSource} (whose internal DTD the validator would process).
   *
   * @param schema a schema built by {@link #newSchemaFactory()}
   * @return a new validator, not thread-safe
   * @throws EparcoursClientException {@link XmlErrorCodes#CONFIGURATION} if the platform cannot
   *     be hardened
   */
  public static Validator newValidator(Schema schema) {
    Validator validator = schema.newValidator();
    try {
      validator.setFeature(DISALLOW_DOCTYPE, true);
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setResourceResolver((type, ns, publicId, systemId, baseUri) -> null);
      return validator;
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      throw configuration("Validator", e);
    }
  }

  // ------------------------------------------------------------------------------------ helpers

  /**
   * Translates a parser failure into the SDK's exception. SDK exceptions raised inside the parser
   * (size limit, refused resource) are returned unchanged.
   *
   * @param e a failure of a JAXP parser, reader or stream
   * @return the exception to throw
   */
  static EparcoursException translate(Exception e) {
    for (Throwable t = e; t != null; t = nested(t)) {
      if (t instanceof EparcoursException sdk) {
        return sdk;
      }
    }
    if (e instanceof IOException) {
      return new EparcoursClientException(XmlErrorCodes.IO,
          "XML could not be read: the input stream failed; check the source", e, false);
    }
    String message = String.valueOf(e.getMessage());
    String where = "";
    if (e instanceof SAXParseException p) {
      where = " at line " + p.getLineNumber() + ", column " + p.getColumnNumber();
    } else if (e instanceof XMLStreamException x && x.getLocation() != null) {
      where = " at line " + x.getLocation().getLineNumber() + ", column "
          + x.getLocation().getColumnNumber();
    }
    if (message.contains("DOCTYPE")) {
      return doctypeRefused(where);
    }
    if (message.contains("JAXP0")) {
      return new EparcoursClientException(XmlErrorCodes.LIMIT, "XML refused: the limit on "
          + limitName(message) + " was exceeded" + where + "; raise XmlLimits if the document is "
          + "legitimate");
    }
    return new EparcoursClientException(XmlErrorCodes.MALFORMED, "XML refused: not well-formed"
        + where + ": " + sanitize(message));
  }

  private static EparcoursClientException doctypeRefused(String where) {
    return new EparcoursClientException(XmlErrorCodes.DOCTYPE, "XML refused: DOCTYPE not allowed"
        + where + "; DTDs, entity declarations and external DTDs are never processed, remove the "
        + "DOCTYPE declaration");
  }

  private static String limitName(String jdkMessage) {
    if (jdkMessage.contains("maxElementDepth")) {
      return "element depth (XmlLimits.maxElementDepth)";
    }
    if (jdkMessage.contains("elementAttributeLimit")) {
      return "attributes per element (XmlLimits.maxAttributesPerElement)";
    }
    if (jdkMessage.contains("maxXMLNameLimit")) {
      return "name length (XmlLimits.maxNameLength)";
    }
    return "entities";
  }

  private static Throwable nested(Throwable t) {
    if (t instanceof SAXException s && s.getException() != null) {
      return s.getException();
    }
    if (t instanceof XMLStreamException x && x.getNestedException() != null) {
      return x.getNestedException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  /** Parser messages may quote names or values: keep the rule, drop what is quoted. */
  static String sanitize(String message) {
    if (message == null) {
      return "no detail";
    }
    String flat = QUOTED.matcher(message).replaceAll("\"…\"");
    flat = flat.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  private static InputStream bounded(InputStream in, XmlLimits limits) {
    return BoundedInputStream.of(in, limits.maxDocumentBytes(), XmlErrorCodes.TOO_LARGE,
        "XML document");
  }

  /**
   * The properties every parser gets, in the order they are set: nothing fetched (no external DTD
   * or schema), and the JDK's own limits set from {@code limits}.
   */
  private static Map<String, String> parserProperties(XmlLimits limits) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    properties.put(JDK_LIMIT + "maxElementDepth", Integer.toString(limits.maxElementDepth()));
    properties.put(JDK_LIMIT + "elementAttributeLimit",
        Integer.toString(limits.maxAttributesPerElement()));
    properties.put(JDK_LIMIT + "maxXMLNameLimit", Integer.toString(limits.maxNameLength()));
    return properties;
  }

  private static EparcoursClientException configuration(String what, Exception e) {
    return new EparcoursClientException(XmlErrorCodes.CONFIGURATION, "the " + what + " XML "
        + "parser could not be hardened (" + e.getMessage() + "); the JDK's built-in JAXP is "
        + "required", e, false);
  }

  /**
   * The factory shared for the default limits, created on first use: once configured, the JDK's
   * factory gives each reader its own copy of the properties, so concurrent
   * {@code createXMLStreamReader} calls are safe.
   */
  private static final class DefaultInputFactory {
    static final XMLInputFactory INSTANCE = newXmlInputFactory(XmlLimits.defaults());
  }

  /** Refuses DTD events and turns read errors into the SDK's exceptions. */
  private static final class GuardedStreamReader extends StreamReaderDelegate {

    GuardedStreamReader(XMLStreamReader reader) {
      super(reader);
      if (reader.getEventType() == XMLStreamConstants.DTD) {
        throw doctypeRefused("");
      }
    }

    @Override
    public int next() {
      try {
        return checked(super.next());
      } catch (XMLStreamException | RuntimeException e) {
        throw translate(e);
      }
    }

    @Override
    public int nextTag() {
      try {
        return checked(super.nextTag());
      } catch (XMLStreamException | RuntimeException e) {
        throw translate(e);
      }
    }

    @Override
    public String getElementText() {
      try {
        return super.getElementText();
      } catch (XMLStreamException | RuntimeException e) {
        throw translate(e);
      }
    }

    @Override
    public boolean hasNext() {
      try {
        return super.hasNext();
      } catch (XMLStreamException | RuntimeException e) {
        throw translate(e);
      }
    }

    private static int checked(int event) {
      if (event == XMLStreamConstants.DTD) {
        throw doctypeRefused("");
      }
      return event;
    }

  }
}
