package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** rim:ExtrinsicObject (an XDS DocumentEntry). */
@XmlType(name = "ExtrinsicObjectType")
public final class RimExtrinsicObject extends RimObject {
  @XmlAttribute(name = "mimeType")
  public String mimeType;

  @XmlAttribute(name = "isOpaque")
  public Boolean isOpaque;
}
