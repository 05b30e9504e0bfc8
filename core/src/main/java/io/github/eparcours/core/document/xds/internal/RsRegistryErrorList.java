package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** rs:RegistryErrorList. */
@XmlType(name = "RegistryErrorList", namespace = EbRimNs.RS)
public final class RsRegistryErrorList {
  @XmlElement(name = "RegistryError", namespace = EbRimNs.RS)
  public List<RsRegistryError> errors = new ArrayList<>();

  @XmlAttribute(name = "highestSeverity")
  public String highestSeverity;
}
