package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlType;

/** rim:RegistryPackage (an XDS SubmissionSet or Folder). */
@XmlType(name = "RegistryPackageType")
public final class RimRegistryPackage extends RimObject {}
