package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** rim:ExternalIdentifier. */
@XmlType(name = "ExternalIdentifierType")
public final class RimExternalIdentifier extends RimObject {
  @XmlAttribute(name = "registryObject", required = true)
  public String registryObject;

  @XmlAttribute(name = "identificationScheme", required = true)
  public String identificationScheme;

  @XmlAttribute(name = "value", required = true)
  public String value;
}
