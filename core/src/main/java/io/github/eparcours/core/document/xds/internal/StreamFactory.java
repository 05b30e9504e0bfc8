package io.github.eparcours.core.document.xds.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.xml.XmlLimits;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;

/**
 * The StAX factory ebRIM streams are read with: Woodstox, named explicitly (never looked up
 * through the platform's service mechanism), hardened like the SDK's other parsers.
 *
 * <p>Why Woodstox: on a one-document submission, creating and running the JDK's StAX or SAX
 * parser costs about as much as the whole mapping, and Woodstox reads the same bytes in roughly
 * half the time; see {@code EbRimBenchmark}.
 *
 * <p>Hardening: DTD support off (a DOCTYPE is reported as an event and refused by the reader,
 * never processed, so no external entity or DTD is ever fetched), any entity reference other
 * than the five predefined ones refused through the undeclared-entity resolver, and the default
 * {@link XmlLimits} for depth and attributes; the input size is bounded by the caller.
 */
final class StreamFactory {

  private StreamFactory() {}

  static XMLInputFactory create() {
    try {
      XMLInputFactory factory = new WstxInputFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
      factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
      factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
      factory.setProperty(XMLInputFactory.IS_COALESCING, false);
      XmlLimits limits = XmlLimits.defaults();
      factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxElementDepth());
      factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT,
          limits.maxAttributesPerElement());
      // Without a DTD every entity but the five predefined ones is undeclared; the document is
      // then not well-formed, wherever the reference sits (text or attribute value).
      XMLResolver refuse = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("undeclared entity reference");
      };
      factory.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, refuse);
      return factory;
    } catch (IllegalArgumentException e) {
      throw new EparcoursClientException(DocumentErrors.XML_RUNTIME,
          "the XML parser for ebRIM could not be configured: check that"
              + " com.fasterxml.woodstox:woodstox-core is the version the SDK declares", e, false);
    }
  }
}
