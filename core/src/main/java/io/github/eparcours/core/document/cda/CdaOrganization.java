package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.code.CodeSystems;
import io.github.eparcours.core.identity.IdNatStruct;
import java.util.Objects;

/**
 * An organisation in a CDA header (representedOrganization, custodian, serviceProviderOrganization).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier, normally the IdNat_Struct under {@code 1.2.250.1.71.4.2.2}
 * @param name the name, or null
 * @param standardIndustryClassCode the practice setting (cadre d'exercice), or null
 * @since 0.1
 */
public record CdaOrganization(InstanceIdentifier id, String name, Code standardIndustryClassCode) {

  /** Checks that the identifier is present. */
  public CdaOrganization {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Returns a structure identified by a checked IdNat_Struct.
   *
   * @param idNatStruct the IdNat_Struct
   * @param name the name
   * @param practiceSetting the cadre d'exercice (XDS practiceSettingCode), or null
   * @return the organisation
   */
  public static CdaOrganization of(IdNatStruct idNatStruct, String name, Code practiceSetting) {
    return new CdaOrganization(InstanceIdentifier.of(idNatStruct.oid(), idNatStruct.value()),
        name, practiceSetting);
  }

  /**
   * Returns a structure identified by an IdNat_Struct ({@code 1}+FINESS, {@code 3}+SIRET...).
   *
   * @param idNatStruct the IdNat_Struct value
   * @param name the name
   * @param practiceSetting the cadre d'exercice (XDS practiceSettingCode), or null
   * @return the organisation
   */
  public static CdaOrganization ofIdNatStruct(String idNatStruct, String name,
      Code practiceSetting) {
    return new CdaOrganization(InstanceIdentifier.of(CodeSystems.IDNAT_STRUCT, idNatStruct),
        name, practiceSetting);
  }
}
