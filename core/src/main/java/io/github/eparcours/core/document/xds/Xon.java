package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.xds.internal.Checks;
import io.github.eparcours.core.document.xds.internal.Hl7v2;
import io.github.eparcours.core.identity.IdNatStruct;
import java.util.List;
import java.util.Objects;

/**
 * An HL7 v2 XON organisation, as in authorInstitution:
 * {@code name^^^^^&<OID>&ISO^<type>^^^<id>}.
 *
 * <p>The raw value is kept as received. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Xon {

  /** XON.7 type of an IdNat_Struct in the French profile. */
  public static final String TYPE_IDNST = "IDNST";

  private final String value;
  private final List<String> components;

  private Xon(String value) {
    this.value = value;
    this.components = Hl7v2.split(value, '^');
  }

  /**
   * Builds an identified organisation.
   *
   * @param name XON.1, not blank
   * @param id XON.10, the identifier (e.g. an IdNat_Struct), not blank
   * @param assigningAuthorityOid XON.6.2, the OID of the identifier
   * @param identifierTypeCode XON.7 (e.g. {@link #TYPE_IDNST}), or null
   * @return the XON
   * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0507/0508 on a bad part
   */
  public static Xon of(String name, String id, String assigningAuthorityOid,
      String identifierTypeCode) {
    Checks.required(name, "XON organisation name");
    Checks.required(id, "XON identifier");
    Checks.oid(assigningAuthorityOid, "XON assigning authority");
    return new Xon(Hl7v2.join('^', Hl7v2.escape(name), "", "", "", "",
        "&" + assigningAuthorityOid + "&ISO", identifierTypeCode, "", "", Hl7v2.escape(id)));
  }

  /**
   * Builds the French-profile XON of a structure:
   * {@code name^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^<IdNat_Struct>}.
   *
   * @param name the structure's name
   * @param idNatStruct the checked IdNat_Struct
   * @return the XON
   */
  public static Xon of(String name, IdNatStruct idNatStruct) {
    return of(name, idNatStruct.value(), idNatStruct.oid(), TYPE_IDNST);
  }

  /**
   * Wraps an XON as received, without checking it.
   *
   * @param value the HL7 v2 XON
   * @return the XON
   */
  public static Xon parse(String value) {
    return new Xon(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the wire value.
   *
   * @return the XON string
   */
  public String value() {
    return value;
  }

  /**
   * Returns XON.1.
   *
   * @return the name, "" when absent
   */
  public String organizationName() {
    return Hl7v2.unescape(Hl7v2.part(components, 0));
  }

  /**
   * Returns XON.10, the organisation identifier.
   *
   * @return the identifier, "" when absent
   */
  public String organizationIdentifier() {
    return Hl7v2.unescape(Hl7v2.part(components, 9));
  }

  /**
   * Returns XON.6.2, the assigning authority OID.
   *
   * @return the OID, "" when absent
   */
  public String assigningAuthorityOid() {
    return Hl7v2.part(Hl7v2.split(Hl7v2.part(components, 5), '&'), 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Xon x && x.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Xon[" + value + "]";
  }
}
