package io.github.eparcours.dmp.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small, allocation-light DOM navigation helpers. */
public final class Dom {

  private Dom() {}

  /**
   * Returns the first child element with this name.
   *
   * @param parent the parent
   * @param ns the namespace URI
   * @param localName the local name
   * @return the child, or null
   */
  public static Element child(Element parent, String ns, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && localName.equals(n.getLocalName())
          && ns.equals(n.getNamespaceURI())) {
        return (Element) n;
      }
    }
    return null;
  }

  /**
   * Returns the child elements with this name.
   *
   * @param parent the parent
   * @param ns the namespace URI
   * @param localName the local name
   * @return the children, in document order
   */
  public static List<Element> children(Element parent, String ns, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && localName.equals(n.getLocalName())
          && ns.equals(n.getNamespaceURI())) {
        out.add((Element) n);
      }
    }
    return out;
  }

  /**
   * Returns the first child element.
   *
   * @param parent the parent
   * @return the child, or null
   */
  public static Element firstChild(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        return (Element) n;
      }
    }
    return null;
  }
}
