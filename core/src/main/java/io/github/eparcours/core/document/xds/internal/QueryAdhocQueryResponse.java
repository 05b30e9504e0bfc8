package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** query:AdhocQueryResponse. */
@XmlRootElement(name = "AdhocQueryResponse", namespace = EbRimNs.QUERY)
@XmlType(name = "AdhocQueryResponse", namespace = EbRimNs.QUERY)
public final class QueryAdhocQueryResponse extends RsRegistryResponseBase {
  @XmlElement(name = "RegistryObjectList", namespace = EbRimNs.RIM)
  public RimRegistryObjectList registryObjectList = new RimRegistryObjectList();

  @XmlAttribute(name = "startIndex")
  public Integer startIndex;

  @XmlAttribute(name = "totalResultCount")
  public Integer totalResultCount;
}
