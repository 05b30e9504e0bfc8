package io.github.eparcours.core.document.xds.internal;

/**
 * Where {@link EbRimWriter} sends its markup: UTF-8 bytes ({@link Utf8XmlOut}) or a caller's
 * {@code XMLStreamWriter} ({@link StaxXmlOut}), so that one writing logic serves both. Names and
 * namespaces are the writer's constants; attribute values and text come from the model and are
 * checked: a character XML 1.0 cannot carry raises {@link InvalidCharacter}. Not thread-safe.
 */
interface XmlOut {

  /**
   * Opens an element.
   *
   * @param tag its name
   */
  void start(XmlTag tag);

  /**
   * Declares a namespace on the element just opened.
   *
   * @param prefix the prefix
   * @param uri the namespace
   */
  void namespace(String prefix, String uri);

  /**
   * Writes an unqualified attribute on the element just opened.
   *
   * @param name the attribute name (an ASCII constant)
   * @param value its value, not null
   * @throws InvalidCharacter when {@code value} holds a character XML 1.0 forbids
   */
  void attribute(String name, String value);

  /**
   * Writes character content.
   *
   * @param value the text, not null
   * @throws InvalidCharacter when {@code value} holds a character XML 1.0 forbids
   */
  void text(String value);

  /** Closes the innermost open element. */
  void end();

  /** Sends what is buffered to the destination. */
  void finish();

  /**
   * Returns the index of the first character of {@code s} that XML 1.0 cannot carry (C0
   * controls other than tab, line feed and carriage return, U+FFFE, U+FFFF, unpaired
   * surrogates), or -1.
   *
   * @param s the text
   * @return the index or -1
   */
  static int firstInvalid(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xD800) {
        continue;
      }
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return i;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A value holds a character that XML 1.0 cannot carry, even escaped. Raised without a stack
   * trace: the writer turns it into a CORE-0507 naming the field.
   */
  final class InvalidCharacter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Attribute name, or null for text content. */
    final String attribute;
    final int index;
    final int character;

    InvalidCharacter(String attribute, String value, int index) {
      super(null, null, false, false);
      this.attribute = attribute;
      this.index = index;
      this.character = value.charAt(index);
    }
  }
}
