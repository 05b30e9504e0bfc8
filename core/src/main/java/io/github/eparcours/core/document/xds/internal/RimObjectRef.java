package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlType;

/** rim:ObjectRef. */
@XmlType(name = "ObjectRefType")
public final class RimObjectRef extends RimIdentifiable {}
