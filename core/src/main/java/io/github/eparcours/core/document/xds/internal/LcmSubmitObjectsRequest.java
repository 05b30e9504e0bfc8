package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** lcm:SubmitObjectsRequest. */
@XmlRootElement(name = "SubmitObjectsRequest", namespace = EbRimNs.LCM)
@XmlType(name = "SubmitObjectsRequest", namespace = EbRimNs.LCM)
public final class LcmSubmitObjectsRequest {
  @XmlElement(name = "RegistryObjectList", namespace = EbRimNs.RIM, required = true)
  public RimRegistryObjectList registryObjectList = new RimRegistryObjectList();

  @XmlAttribute(name = "id")
  public String id;

  @XmlAttribute(name = "comment")
  public String comment;
}
