package io.github.eparcours.core.identity;

import io.github.eparcours.core.code.Oids;
import java.util.Objects;

/**
 * A patient identifier local to a structure (IPP, identifiant permanent du patient) and the OID of
 * the authority that assigned it.
 *
 * <p>The value may not contain HL7 v2 delimiters ({@code ^ & ~ \ |}), since it is rendered into a
 * CX. It is an indirect patient identifier: {@link #toString()} hides it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the identifier within its assigning authority
 * @param assigningAuthorityOid the OID of the assigning authority
 * @since 0.1
 */
public record LocalPatientId(String value, String assigningAuthorityOid)
    implements PatientData {

  /**
   * Checks the components.
   *
   * @param value the identifier
   * @param assigningAuthorityOid the OID of the assigning authority
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#LOCAL_ID} if the value is blank,
   *     contains a CX delimiter, or the OID is malformed
   */
  public LocalPatientId {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(assigningAuthorityOid, "assigningAuthorityOid");
    if (value.isBlank() || value.chars().anyMatch(c -> "^&~\\|".indexOf(c) >= 0 || c < 0x20)) {
      throw new InvalidIdentifierException(IdentityErrorCodes.LOCAL_ID, "local patient id",
          "the value must be non-blank, without control characters nor ^ & ~ \\ |");
    }
    if (!Oids.isOid(assigningAuthorityOid)) {
      throw new InvalidIdentifierException(IdentityErrorCodes.LOCAL_ID, "local patient id",
          "the assigning authority must be a dotted-decimal OID, e.g. 1.2.250.1.71.4.2.2.1");
    }
  }

  /**
   * Returns the identifier and its authority.
   *
   * @param value the identifier
   * @param assigningAuthorityOid the authority's OID
   * @return the local identifier
   * @throws InvalidIdentifierException as the constructor
   */
  public static LocalPatientId of(String value, String assigningAuthorityOid) {
    return new LocalPatientId(value, assigningAuthorityOid);
  }

  /**
   * Renders as an HL7 v2 CX with identifier type PI: {@code <value>^^^&<oid>&ISO^PI}.
   *
   * @return the CX string
   */
  public String toCx() {
    return value + "^^^&" + assigningAuthorityOid + "&ISO^PI";
  }

  /**
   * Returns the identifier in full. Patient data: see {@link PatientData}.
   *
   * @return the unredacted form
   */
  @Override
  public String unredacted() {
    return "LocalPatientId[" + value + " @ " + assigningAuthorityOid + "]";
  }

  /**
   * Returns a redacted form that shows the authority only.
   *
   * @return the redacted form
   */
  @Override
  public String toString() {
    return "LocalPatientId[" + Redaction.HIDDEN + " @ " + assigningAuthorityOid + "]";
  }
}
