package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** rs:RegistryError. */
@XmlType(name = "RegistryError", namespace = EbRimNs.RS)
public final class RsRegistryError {
  @XmlValue
  public String value;

  @XmlAttribute(name = "codeContext")
  public String codeContext;

  @XmlAttribute(name = "errorCode")
  public String errorCode;

  @XmlAttribute(name = "severity")
  public String severity;

  @XmlAttribute(name = "location")
  public String location;
}
