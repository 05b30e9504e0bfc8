package io.github.eparcours.core.document.xds.internal;

import java.util.ArrayList;
import java.util.List;

/** HL7 v2 field helpers for the XDS data types (CX, XCN, XON): split, join, escape. */
public final class Hl7v2 {

  private Hl7v2() {}

  /**
   * Splits {@code value} on {@code separator}, keeping empty parts.
   *
   * @param value the text
   * @param separator '^' for components, '&amp;' for sub-components
   * @return the parts, at least one
   */
  public static List<String> split(String value, char separator) {
    List<String> parts = new ArrayList<>(8);
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == separator) {
        parts.add(value.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(value.substring(start));
    return parts;
  }

  /**
   * Returns part {@code index} (0-based) of {@code parts}, or "" when absent.
   *
   * @param parts the parts
   * @param index the index
   * @return the part, never null
   */
  public static String part(List<String> parts, int index) {
    return index < parts.size() ? parts.get(index) : "";
  }

  /**
   * Joins components with '^', dropping trailing empty ones.
   *
   * @param components the components, null meaning empty
   * @return the field
   */
  public static String join(char separator, String... components) {
    int last = components.length - 1;
    while (last >= 0 && (components[last] == null || components[last].isEmpty())) {
      last--;
    }
    StringBuilder sb = new StringBuilder(64);
    for (int i = 0; i <= last; i++) {
      if (i > 0) {
        sb.append(separator);
      }
      if (components[i] != null) {
        sb.append(components[i]);
      }
    }
    return sb.toString();
  }

  /**
   * Escapes the HL7 v2 delimiters in free text (names), so that they cannot break the field.
   *
   * @param text the text, or null
   * @return the escaped text, or null
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep = switch (c) {
        case '\\' -> "\\E\\";
        case '^' -> "\\S\\";
        case '&' -> "\\T\\";
        case '|' -> "\\F\\";
        case '~' -> "\\R\\";
        default -> null;
      };
      if (rep != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Reverses {@link #escape(String)}.
   *
   * @param text escaped text
   * @return the plain text
   */
  public static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    return text.replace("\\S\\", "^").replace("\\T\\", "&").replace("\\F\\", "|")
        .replace("\\R\\", "~").replace("\\E\\", "\\");
  }
}
