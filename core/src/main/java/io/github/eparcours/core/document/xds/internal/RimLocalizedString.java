package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import javax.xml.XMLConstants;

/** rim:LocalizedString. */
public final class RimLocalizedString {
  @XmlAttribute(name = "lang", namespace = XMLConstants.XML_NS_URI)
  public String lang;

  @XmlAttribute(name = "charset")
  public String charset;

  @XmlAttribute(name = "value", required = true)
  public String value;
}
