package io.github.eparcours.core.document.xds.internal;

/** Namespaces of ebRS/ebRIM 3.0. */
public final class EbRimNs {
  /** Registry information model. */
  public static final String RIM = "urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0";
  /** Life-cycle management (SubmitObjectsRequest). */
  public static final String LCM = "urn:oasis:names:tc:ebxml-regrep:xsd:lcm:3.0";
  /** Query management (AdhocQueryRequest/Response). */
  public static final String QUERY = "urn:oasis:names:tc:ebxml-regrep:xsd:query:3.0";
  /** Registry services (RegistryResponse, RegistryErrorList). */
  public static final String RS = "urn:oasis:names:tc:ebxml-regrep:xsd:rs:3.0";

  private EbRimNs() {}
}
