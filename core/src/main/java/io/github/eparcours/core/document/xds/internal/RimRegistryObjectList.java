package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/** rim:RegistryObjectList: the objects in document order. */
public final class RimRegistryObjectList {
  @XmlElements({
    @XmlElement(name = "ExtrinsicObject", type = RimExtrinsicObject.class),
    @XmlElement(name = "RegistryPackage", type = RimRegistryPackage.class),
    @XmlElement(name = "Classification", type = RimClassification.class),
    @XmlElement(name = "Association", type = RimAssociation.class),
    @XmlElement(name = "ExternalIdentifier", type = RimExternalIdentifier.class),
    @XmlElement(name = "ObjectRef", type = RimObjectRef.class)
  })
  public List<RimIdentifiable> objects = new ArrayList<>();
}
