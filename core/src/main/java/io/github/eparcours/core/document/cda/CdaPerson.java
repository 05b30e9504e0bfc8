package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.code.CodeSystems;
import io.github.eparcours.core.identity.IdNatPs;
import java.util.Objects;
import java.util.Optional;

/**
 * A health professional in a CDA header (assignedAuthor, assignedEntity): identifier, name,
 * profession/specialty code and organisation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier, normally the IdNat_PS under {@code 1.2.250.1.71.4.2.1}
 * @param familyName the family name, or null
 * @param givenName the given name, or null
 * @param code the profession / specialty code ({@code assignedAuthor/code}), or null
 * @param organization the represented organisation, or null
 * @since 0.1
 */
public record CdaPerson(InstanceIdentifier id, String familyName, String givenName, Code code,
    CdaOrganization organization) {

  /** Checks that the identifier is present. */
  public CdaPerson {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Returns a professional identified by a checked IdNat_PS.
   *
   * @param idNatPs the IdNat_PS
   * @param familyName the family name
   * @param givenName the given name
   * @param code the profession / specialty code, or null
   * @param organization the organisation, or null
   * @return the person
   */
  public static CdaPerson of(IdNatPs idNatPs, String familyName, String givenName, Code code,
      CdaOrganization organization) {
    return new CdaPerson(InstanceIdentifier.of(idNatPs.oid(), idNatPs.value()), familyName,
        givenName, code, organization);
  }

  /**
   * Returns a professional identified by an IdNat_PS ({@code 8}+RPPS, {@code 0}+ADELI...).
   *
   * @param idNatPs the IdNat_PS value
   * @param familyName the family name
   * @param givenName the given name
   * @param code the profession / specialty code, or null
   * @param organization the organisation, or null
   * @return the person
   */
  public static CdaPerson ofIdNatPs(String idNatPs, String familyName, String givenName,
      Code code, CdaOrganization organization) {
    return new CdaPerson(InstanceIdentifier.of(CodeSystems.IDNAT_PS, idNatPs), familyName,
        givenName, code, organization);
  }

  /** @return the represented organisation */
  public Optional<CdaOrganization> organizationValue() {
    return Optional.ofNullable(organization);
  }
}
