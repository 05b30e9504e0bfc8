package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** rim:Association. */
@XmlType(name = "AssociationType1")
public final class RimAssociation extends RimObject {
  @XmlAttribute(name = "associationType", required = true)
  public String associationType;

  @XmlAttribute(name = "sourceObject", required = true)
  public String sourceObject;

  @XmlAttribute(name = "targetObject", required = true)
  public String targetObject;
}
