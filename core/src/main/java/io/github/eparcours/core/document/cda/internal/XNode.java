package io.github.eparcours.core.document.cda.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A small read-only element tree for one CDA header element. Not thread-safe while built. */
public final class XNode {

  private static final String[] NO_ATTRIBUTES = new String[0];

  private final String namespace;
  private final String name;
  private final String[] attributes;
  private final List<XNode> children = new ArrayList<>(4);
  private StringBuilder text;

  private XNode(String namespace, String name, String[] attributes) {
    this.namespace = namespace;
    this.name = name;
    this.attributes = attributes;
  }

  /**
   * Reads the element the reader is on (START_ELEMENT) and its subtree; leaves the reader on
   * its END_ELEMENT.
   *
   * @param r the reader
   * @return the element
   * @throws XMLStreamException on malformed XML
   */
  public static XNode read(XMLStreamReader r) throws XMLStreamException {
    XNode node = start(r);
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        node.children.add(read(r));
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (node.text == null) {
          node.text = new StringBuilder();
        }
        node.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return node;
      }
    }
  }

  /**
   * Reads only the start tag (name and attributes) of the current element.
   *
   * @param r the reader on START_ELEMENT
   * @return the element without children
   */
  public static XNode start(XMLStreamReader r) {
    int n = r.getAttributeCount();
    String[] attrs = n == 0 ? NO_ATTRIBUTES : new String[2 * n];
    for (int i = 0; i < n; i++) {
      attrs[2 * i] = r.getAttributeLocalName(i);
      attrs[2 * i + 1] = r.getAttributeValue(i);
    }
    return new XNode(r.getNamespaceURI(), r.getLocalName(), attrs);
  }

  /** @return the namespace URI, or null */
  public String namespace() {
    return namespace;
  }

  /** @return the local name */
  public String name() {
    return name;
  }

  /**
   * Returns an attribute (by local name).
   *
   * @param local the local name
   * @return the value or null
   */
  public String attr(String local) {
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i].equals(local)) {
        return attributes[i + 1];
      }
    }
    return null;
  }

  /** @return the trimmed text, or null when there is none */
  public String text() {
    if (text == null) {
      return null;
    }
    String t = text.toString().trim();
    return t.isEmpty() ? null : t;
  }

  /**
   * Returns the first child of that name in the same namespace, or null.
   *
   * @param local the local name
   * @return the child or null
   */
  public XNode child(String local) {
    for (XNode c : children) {
      if (c.name.equals(local) && sameNamespace(c)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Returns the children of that name in the same namespace.
   *
   * @param local the local name
   * @return the children, in order
   */
  public List<XNode> children(String local) {
    List<XNode> out = new ArrayList<>(2);
    for (XNode c : children) {
      if (c.name.equals(local) && sameNamespace(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Follows a path of child names; null when a step is missing.
   *
   * @param path local names
   * @return the node or null
   */
  public XNode path(String... path) {
    XNode n = this;
    for (String p : path) {
      n = n.child(p);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  private boolean sameNamespace(XNode c) {
    return namespace == null ? c.namespace == null || c.namespace.isEmpty()
        : namespace.equals(c.namespace);
  }
}
