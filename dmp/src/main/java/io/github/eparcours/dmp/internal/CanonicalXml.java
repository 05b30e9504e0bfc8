package io.github.eparcours.dmp.internal;

import java.nio.charset.StandardCharsets;

/**
 * Writes small XML fragments of known structure directly in their exclusive canonical form
 * (W3C Exclusive XML Canonicalization 1.0, without comments): no XML declaration, start and end
 * tags for empty elements, canonical escaping of text and attribute values. The bytes written are
 * therefore the bytes a verifier canonicalises the fragment to, and can be digested or signed as
 * they are, with no DOM and no canonicaliser.
 *
 * <p>The caller is responsible for what canonical form also fixes and this writer cannot know:
 * each namespace is declared on the outermost element of the fragment that uses it (and again on
 * siblings that use it when their parent does not), declarations come before attributes, the
 * default namespace first then by prefix, and attributes are given in canonical order (unqualified
 * ones by name first, then by namespace URI and name).
 *
 * <p>Not thread-safe: one instance per fragment being written.
 */
public final class CanonicalXml {

  private final StringBuilder out;
  private boolean startTagOpen;

  /** Creates an empty writer. */
  public CanonicalXml() {
    this.out = new StringBuilder(1024);
  }

  /**
   * Opens an element.
   *
   * @param qualifiedName the prefixed name
   * @return this writer
   */
  public CanonicalXml start(String qualifiedName) {
    closeStartTag();
    out.append('<').append(qualifiedName);
    startTagOpen = true;
    return this;
  }

  /**
   * Declares a namespace on the element just opened.
   *
   * @param prefix the prefix, empty for the default namespace
   * @param uri the namespace URI
   * @return this writer
   */
  public CanonicalXml namespace(String prefix, String uri) {
    return attribute(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix, uri);
  }

  /**
   * Adds an attribute to the element just opened.
   *
   * @param qualifiedName the attribute name
   * @param value the value, escaped here
   * @return this writer
   * @throws IllegalStateException if no start tag is open
   */
  public CanonicalXml attribute(String qualifiedName, String value) {
    if (!startTagOpen) {
      throw new IllegalStateException("an attribute needs an open start tag");
    }
    out.append(' ').append(qualifiedName).append("=\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#x9;");
        case '\n' -> out.append("&#xA;");
        case '\r' -> out.append("&#xD;");
        default -> out.append(checked(c));
      }
    }
    out.append('"');
    return this;
  }

  /**
   * Writes text content.
   *
   * @param text the text, escaped here
   * @return this writer
   */
  public CanonicalXml text(String text) {
    closeStartTag();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#xD;");
        default -> out.append(checked(c));
      }
    }
    return this;
  }

  /**
   * Writes an element holding only text.
   *
   * @param qualifiedName the prefixed name
   * @param text the text
   * @return this writer
   */
  public CanonicalXml element(String qualifiedName, String text) {
    return start(qualifiedName).text(text).end(qualifiedName);
  }

  /**
   * Appends a fragment already in canonical form (written by another instance).
   *
   * @param canonical the fragment
   * @return this writer
   */
  public CanonicalXml raw(CharSequence canonical) {
    closeStartTag();
    out.append(canonical);
    return this;
  }

  /**
   * Closes an element.
   *
   * @param qualifiedName the prefixed name given to {@link #start}
   * @return this writer
   */
  public CanonicalXml end(String qualifiedName) {
    closeStartTag();
    out.append("</").append(qualifiedName).append('>');
    return this;
  }

  /**
   * Returns the fragment written so far as text.
   *
   * @return the canonical text
   */
  public String text() {
    closeStartTag();
    return out.toString();
  }

  /**
   * Returns the fragment written so far in UTF-8, the encoding of canonical XML.
   *
   * @return the canonical bytes
   */
  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  /** Refuses what XML 1.0 cannot carry at all (C0 controls other than tab and line ends). */
  private static char checked(char c) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
      throw new IllegalArgumentException("a value to sign holds the character U+"
          + String.format("%04X", (int) c) + ", which XML cannot carry");
    }
    return c;
  }
}
