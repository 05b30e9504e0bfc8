package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** rs:RegistryResponse. */
@XmlRootElement(name = "RegistryResponse", namespace = EbRimNs.RS)
@XmlType(name = "RegistryResponseType", namespace = EbRimNs.RS)
public final class RsRegistryResponse extends RsRegistryResponseBase {}
