package io.github.eparcours.core.document.xds.internal;

import java.nio.charset.StandardCharsets;

/**
 * A qualified element name with its start and end markup encoded once, so that the UTF-8 writer
 * copies bytes instead of encoding names on every element. Immutable.
 */
final class XmlTag {
  final String prefix;
  final String localName;
  final String namespace;
  /** {@code <prefix:local}. */
  final byte[] open;
  /** {@code </prefix:local>}. */
  final byte[] close;

  XmlTag(String prefix, String localName, String namespace) {
    this.prefix = prefix;
    this.localName = localName;
    this.namespace = namespace;
    String qualified = prefix + ':' + localName;
    this.open = ("<" + qualified).getBytes(StandardCharsets.US_ASCII);
    this.close = ("</" + qualified + ">").getBytes(StandardCharsets.US_ASCII);
  }
}
