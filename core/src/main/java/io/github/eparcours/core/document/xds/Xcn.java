package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.xds.internal.Checks;
import io.github.eparcours.core.document.xds.internal.Hl7v2;
import io.github.eparcours.core.identity.IdNatPs;
import java.util.List;
import java.util.Objects;

/**
 * An HL7 v2 XCN person, as in authorPerson and legalAuthenticator:
 * {@code id^family^given^^^^^^&<OID>&ISO^D^^^<type>}.
 *
 * <p>The raw value is kept as received. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Xcn {

  /** XCN.13 type of an IdNat_PS in the French profile. */
  public static final String TYPE_IDNPS = "IDNPS";
  /** XCN.10 name type code "Display name" used by the French profile. */
  public static final String NAME_TYPE_DISPLAY = "D";

  private final String value;
  private final List<String> components;

  private Xcn(String value) {
    this.value = value;
    this.components = Hl7v2.split(value, '^');
  }

  /**
   * Builds an identified person.
   *
   * @param id the identifier (XCN.1), e.g. an IdNat_PS, not blank
   * @param familyName XCN.2, or null
   * @param givenName XCN.3, or null
   * @param assigningAuthorityOid XCN.9.2, the OID of the identifier
   * @param identifierTypeCode XCN.13 (e.g. {@link #TYPE_IDNPS}), or null
   * @return the XCN
   * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0507/0508 on a bad part
   */
  public static Xcn of(String id, String familyName, String givenName,
      String assigningAuthorityOid, String identifierTypeCode) {
    Checks.required(id, "XCN identifier");
    Checks.oid(assigningAuthorityOid, "XCN assigning authority");
    return new Xcn(Hl7v2.join('^', Hl7v2.escape(id), Hl7v2.escape(familyName),
        Hl7v2.escape(givenName), "", "", "", "", "", "&" + assigningAuthorityOid + "&ISO",
        NAME_TYPE_DISPLAY, "", "", identifierTypeCode));
  }

  /**
   * Builds the French-profile XCN of a professional:
   * {@code <IdNat_PS>^family^given^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS}.
   *
   * @param idNatPs the checked IdNat_PS
   * @param familyName the family name, or null
   * @param givenName the given name, or null
   * @return the XCN
   */
  public static Xcn of(IdNatPs idNatPs, String familyName, String givenName) {
    return of(idNatPs.value(), familyName, givenName, idNatPs.oid(), TYPE_IDNPS);
  }

  /**
   * Wraps an XCN as received, without checking it.
   *
   * @param value the HL7 v2 XCN
   * @return the XCN
   */
  public static Xcn parse(String value) {
    return new Xcn(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the wire value.
   *
   * @return the XCN string
   */
  public String value() {
    return value;
  }

  /**
   * Returns XCN.1.
   *
   * @return the identifier, "" when absent
   */
  public String idNumber() {
    return Hl7v2.unescape(Hl7v2.part(components, 0));
  }

  /**
   * Returns XCN.2.
   *
   * @return the family name, "" when absent
   */
  public String familyName() {
    return Hl7v2.unescape(Hl7v2.part(components, 1));
  }

  /**
   * Returns XCN.3.
   *
   * @return the given name, "" when absent
   */
  public String givenName() {
    return Hl7v2.unescape(Hl7v2.part(components, 2));
  }

  /**
   * Returns XCN.9.2, the assigning authority OID.
   *
   * @return the OID, "" when absent
   */
  public String assigningAuthorityOid() {
    return Hl7v2.part(Hl7v2.split(Hl7v2.part(components, 8), '&'), 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Xcn x && x.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Xcn[" + value + "]";
  }
}
