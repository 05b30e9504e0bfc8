package io.github.eparcours.dmp.internal;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Copies XML into a StAX writer exactly as it is: same prefixes, same namespace declarations,
 * same attributes and text, so that a signed fragment keeps verifying once embedded.
 */
public final class XmlCopy {

  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private XmlCopy() {}

  /**
   * Copies the document read from {@code in} (its root element and descendants).
   *
   * @param in XML bytes, parsed with the hardened factory
   * @param w the writer
   * @throws XMLStreamException if the XML is malformed or the writer fails
   */
  public static void copy(InputStream in, XMLStreamWriter w) throws XMLStreamException {
    XMLStreamReader r = DmpXml.inputFactory().createXMLStreamReader(in);
    try {
      while (r.hasNext()) {
        int e = r.next();
        switch (e) {
          case XMLStreamConstants.START_ELEMENT:
            w.writeStartElement(nz(r.getPrefix()), r.getLocalName(), nz(r.getNamespaceURI()));
            for (int i = 0; i < r.getNamespaceCount(); i++) {
              String p = r.getNamespacePrefix(i);
              if (p == null || p.isEmpty()) {
                w.writeDefaultNamespace(nz(r.getNamespaceURI(i)));
              } else {
                w.writeNamespace(p, nz(r.getNamespaceURI(i)));
              }
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String ns = r.getAttributeNamespace(i);
              if (ns == null || ns.isEmpty()) {
                w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
              } else {
                w.writeAttribute(nz(r.getAttributePrefix(i)), ns, r.getAttributeLocalName(i),
                    r.getAttributeValue(i));
              }
            }
            break;
          case XMLStreamConstants.END_ELEMENT:
            w.writeEndElement();
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            w.writeCharacters(r.getText());
            break;
          default:
            // comments and processing instructions are not part of what we embed
            break;
        }
      }
    } finally {
      r.close();
    }
  }

  /**
   * Copies a DOM element and its descendants, declaring every namespace it uses that the
   * element does not declare itself (DOM trees built with {@code createElementNS} carry none).
   *
   * @param e the element
   * @param w the writer
   * @throws XMLStreamException if the writer fails
   */
  public static void copy(Element e, XMLStreamWriter w) throws XMLStreamException {
    copy(e, w, new java.util.HashMap<>());
  }

  private static void copy(Element e, XMLStreamWriter w, java.util.Map<String, String> inScope)
      throws XMLStreamException {
    java.util.Map<String, String> scope = new java.util.HashMap<>(inScope);
    w.writeStartElement(nz(e.getPrefix()), e.getLocalName(), nz(e.getNamespaceURI()));
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (XMLNS.equals(a.getNamespaceURI())) {
        String p = a.getPrefix() == null ? "" : a.getLocalName();
        declare(w, scope, p, a.getValue());
      }
    }
    if (e.getNamespaceURI() != null) {
      declare(w, scope, nz(e.getPrefix()), e.getNamespaceURI());
    }
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String ns = a.getNamespaceURI();
      if (XMLNS.equals(ns)) {
        continue;
      }
      if (ns == null || ns.isEmpty()) {
        w.writeAttribute(a.getLocalName() != null ? a.getLocalName() : a.getName(), a.getValue());
      } else {
        declare(w, scope, nz(a.getPrefix()), ns);
        w.writeAttribute(nz(a.getPrefix()), ns, a.getLocalName(), a.getValue());
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      switch (n.getNodeType()) {
        case Node.ELEMENT_NODE:
          copy((Element) n, w, scope);
          break;
        case Node.TEXT_NODE:
        case Node.CDATA_SECTION_NODE:
          w.writeCharacters(n.getNodeValue());
          break;
        default:
          break;
      }
    }
    w.writeEndElement();
  }

  private static void declare(XMLStreamWriter w, java.util.Map<String, String> scope, String prefix,
      String uri) throws XMLStreamException {
    if (uri.equals(scope.get(prefix)) || "xml".equals(prefix)) {
      return;
    }
    scope.put(prefix, uri);
    if (prefix.isEmpty()) {
      w.writeDefaultNamespace(uri);
    } else {
      w.writeNamespace(prefix, uri);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
