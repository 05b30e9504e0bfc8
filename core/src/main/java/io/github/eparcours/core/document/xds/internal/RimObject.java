package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;

/** rim:RegistryObjectType. */
@XmlTransient
public abstract class RimObject extends RimIdentifiable {
  @XmlElement(name = "Name")
  public RimInternationalString name;

  @XmlElement(name = "Description")
  public RimInternationalString description;

  @XmlElement(name = "VersionInfo")
  public RimVersionInfo versionInfo;

  @XmlElement(name = "Classification")
  public List<RimClassification> classifications = new ArrayList<>();

  @XmlElement(name = "ExternalIdentifier")
  public List<RimExternalIdentifier> externalIdentifiers = new ArrayList<>();

  @XmlAttribute(name = "lid")
  public String lid;

  @XmlAttribute(name = "objectType")
  public String objectType;

  @XmlAttribute(name = "status")
  public String status;
}
