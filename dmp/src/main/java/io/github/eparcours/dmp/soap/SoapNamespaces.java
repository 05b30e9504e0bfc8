package io.github.eparcours.dmp.soap;

/**
 * Namespaces of the DMP wire format.
 *
 * @since 0.1
 */
public final class SoapNamespaces {

  /** SOAP 1.2 envelope. */
  public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
  /** WS-Addressing 1.0 (2005/08). */
  public static final String WSA = "http://www.w3.org/2005/08/addressing";
  /** WS-Security 1.0 secext. */
  public static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  /** XOP include. */
  public static final String XOP = "http://www.w3.org/2004/08/xop/include";
  /** IHE XDS.b (ProvideAndRegister, RetrieveDocumentSet). */
  public static final String XDS_B = "urn:ihe:iti:xds-b:2007";
  /** ebRIM 3.0. */
  public static final String RIM = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0";
  /** ebRS 3.0 registry (RegistryResponse). */
  public static final String RS = "urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0";
  /** ebRS 3.0 life-cycle management (SubmitObjectsRequest). */
  public static final String LCM = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0";
  /** ebRS 3.0 query (AdhocQueryRequest / Response). */
  public static final String QUERY = "urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0";
  /** IHE RMD / ITI-57 update namespace is the same LCM; HL7 v3 for TD0.2. */
  public static final String HL7V3 = "urn:hl7-org:v3";

  private SoapNamespaces() {}
}
