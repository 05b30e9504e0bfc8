/**
 * JAXB classes of the ebRS/ebRIM 3.0 subset used by IHE XDS.b, and their mapping to the public
 * XDS model. Not an API: may change in any release.
 */
@XmlSchema(
    namespace = EbRimNs.RIM,
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {
      @XmlNs(prefix = "rim", namespaceURI = EbRimNs.RIM),
      @XmlNs(prefix = "lcm", namespaceURI = EbRimNs.LCM),
      @XmlNs(prefix = "query", namespaceURI = EbRimNs.QUERY),
      @XmlNs(prefix = "rs", namespaceURI = EbRimNs.RS)
    })
@XmlAccessorType(XmlAccessType.FIELD)
package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
