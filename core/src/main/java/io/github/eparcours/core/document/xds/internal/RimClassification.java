package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** rim:Classification. */
@XmlType(name = "ClassificationType")
public final class RimClassification extends RimObject {
  @XmlAttribute(name = "classificationScheme")
  public String classificationScheme;

  @XmlAttribute(name = "classifiedObject", required = true)
  public String classifiedObject;

  @XmlAttribute(name = "classificationNode")
  public String classificationNode;

  @XmlAttribute(name = "nodeRepresentation")
  public String nodeRepresentation;
}
