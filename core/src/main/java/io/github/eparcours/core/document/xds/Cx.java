package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.xds.internal.Checks;
import io.github.eparcours.core.document.xds.internal.Hl7v2;
import java.util.List;
import java.util.Objects;

/**
 * An HL7 v2 CX identifier as XDS uses it: {@code id^^^&amp;<OID>&amp;ISO^<type>}, for patientId,
 * sourcePatientId and referenceIdList.
 *
 * <p>Parsing is tolerant: the raw value is kept as received and the components are read from it.
 * {@link #toString()} is redacted because a CX usually carries a patient identifier.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Cx {

  /** CX.5 identifier type of a national health identifier (INS). */
  public static final String TYPE_NATIONAL = "NH";
  /** CX.5 identifier type of a local patient identifier (IPP). */
  public static final String TYPE_PATIENT_INTERNAL = "PI";

  private final String value;
  private final List<String> components;

  private Cx(String value) {
    this.value = value;
    this.components = Hl7v2.split(value, '^');
  }

  /**
   * Builds {@code id^^^&oid&ISO^type}.
   *
   * @param id the identifier (CX.1), not blank
   * @param assigningAuthorityOid the OID of its assigning authority (CX.4.2)
   * @param identifierTypeCode CX.5 (e.g. {@link #TYPE_NATIONAL}), or null
   * @return the CX
   * @throws io.github.eparcours.core.error.EparcoursClientException CORE-0507/0508 on a bad part
   */
  public static Cx of(String id, String assigningAuthorityOid, String identifierTypeCode) {
    Checks.required(id, "CX identifier");
    Checks.oid(assigningAuthorityOid, "CX assigning authority");
    return new Cx(Hl7v2.join('^', Hl7v2.escape(id), "", "",
        "&" + assigningAuthorityOid + "&ISO", identifierTypeCode));
  }

  /**
   * Wraps a CX value as received, without checking it (see the validator).
   *
   * @param value the HL7 v2 CX, not null
   * @return the CX
   */
  public static Cx parse(String value) {
    return new Cx(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the value as written on the wire.
   *
   * @return the CX string
   */
  public String value() {
    return value;
  }

  /**
   * Returns CX.1, the identifier.
   *
   * @return the identifier, "" when absent
   */
  public String idNumber() {
    return Hl7v2.unescape(Hl7v2.part(components, 0));
  }

  /**
   * Returns CX.4.2, the OID of the assigning authority.
   *
   * @return the OID, "" when absent
   */
  public String assigningAuthorityOid() {
    return Hl7v2.part(Hl7v2.split(Hl7v2.part(components, 3), '&'), 1);
  }

  /**
   * Returns CX.4.3, the universal id type (ISO).
   *
   * @return the type, "" when absent
   */
  public String universalIdType() {
    return Hl7v2.part(Hl7v2.split(Hl7v2.part(components, 3), '&'), 2);
  }

  /**
   * Returns CX.5, the identifier type code.
   *
   * @return the code, "" when absent
   */
  public String identifierTypeCode() {
    return Hl7v2.part(components, 4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cx c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Redacted: names the authority only, never the identifier. */
  @Override
  public String toString() {
    return "Cx[***^^^&" + assigningAuthorityOid() + "&ISO]";
  }
}
