package io.github.eparcours.mss.internal;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** StAX factories of the JDK with DTDs and external entities off. Thread-safe once built. */
final class SecureStax {

  static final XMLInputFactory INPUT = newInput();
  static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private SecureStax() {}

  private static XMLInputFactory newInput() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
