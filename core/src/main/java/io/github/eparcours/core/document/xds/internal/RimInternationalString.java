package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** rim:InternationalStringType (Name, Description). */
public final class RimInternationalString {
  @XmlElement(name = "LocalizedString")
  public List<RimLocalizedString> strings = new ArrayList<>();

  /**
   * Returns a one-value string, or null when {@code value} is null.
   *
   * @param value the text
   * @return the international string or null
   */
  public static RimInternationalString of(String value) {
    if (value == null) {
      return null;
    }
    RimInternationalString s = new RimInternationalString();
    RimLocalizedString l = new RimLocalizedString();
    l.value = value;
    s.strings.add(l);
    return s;
  }

  /**
   * Returns the first value of {@code s}, or null.
   *
   * @param s an international string or null
   * @return its first value or null
   */
  public static String first(RimInternationalString s) {
    return s == null || s.strings.isEmpty() ? null : s.strings.get(0).value;
  }
}
