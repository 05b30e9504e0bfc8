package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/** rs:RegistryResponseType, shared by RegistryResponse and AdhocQueryResponse. */
@XmlTransient
public abstract class RsRegistryResponseBase {
  @XmlElement(name = "RegistryErrorList", namespace = EbRimNs.RS)
  public RsRegistryErrorList registryErrorList;

  @XmlAttribute(name = "status", required = true)
  public String status;

  @XmlAttribute(name = "requestId")
  public String requestId;
}
