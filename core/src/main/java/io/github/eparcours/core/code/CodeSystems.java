package io.github.eparcours.core.code;

/**
 * OIDs of the code systems and identifier authorities the SDK itself uses.
 *
 * @since 0.1
 */
public final class CodeSystems {

  /** LOINC. */
  public static final String LOINC = "2.16.840.1.113883.6.1";
  /** SNOMED CT. */
  public static final String SNOMED_CT = "2.16.840.1.113883.6.96";
  /** HL7 v3 AdministrativeGender (M, F, U). */
  public static final String HL7_ADMINISTRATIVE_GENDER = "2.16.840.1.113883.5.1";
  /** HL7 v3 Confidentiality (N, R, V). */
  public static final String HL7_CONFIDENTIALITY = "2.16.840.1.113883.5.25";
  /** IdNat_PS: national identifier of a health professional ({@code 8}+RPPS, {@code 0}+ADELI…). */
  public static final String IDNAT_PS = "1.2.250.1.71.4.2.1";
  /** IdNat_Struct: national identifier of a structure ({@code 1}+FINESS, {@code 3}+SIRET…). */
  public static final String IDNAT_STRUCT = "1.2.250.1.71.4.2.2";
  /** Secteur d'activité (XDS healthcareFacilityTypeCode, VIHF Secteur_Activite, e.g. SA07). */
  public static final String ACTIVITY_SECTOR = "1.2.250.1.71.4.2.4";
  /** Professions (TRE_G15). */
  public static final String PROFESSIONS = "1.2.250.1.71.1.2.7";
  /** Savoir-faire (RPPS specialities), used for the VIHF role. */
  public static final String SPECIALITIES = "1.2.250.1.71.4.2.5";

  private CodeSystems() {}
}
