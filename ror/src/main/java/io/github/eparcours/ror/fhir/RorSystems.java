package io.github.eparcours.ror.fhir;

import io.github.eparcours.core.code.Code;
import java.util.Locale;

/**
 * Code systems, identifier systems and extension URLs used by the ROR and the Annuaire Santé, as
 * published by the ANS (NOS terminologies, ROR and Annuaire implementation guides, fr-core).
 *
 * <p>Only URIs live here; codes are open vocabularies read as {@link Code}. Constants for the
 * few codes the SDK itself relies on are in {@link RorCodes}.
 *
 * @since 0.1.0
 */
public final class RorSystems {

  private static final String NOS = "https://mos.esante.gouv.fr/NOS/";
  private static final String ROR_SD =
      "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/";
  private static final String ANNUAIRE_SD =
      "https://interop.esante.gouv.fr/ig/fhir/annuaire/StructureDefinition/";

  /** TRE_R227 champ d'activité (HealthcareService.type). */
  public static final String CHAMP_ACTIVITE = tre("R227-ChampActivite");
  /** TRE_R211 activité opérationnelle (HealthcareService.specialty). */
  public static final String ACTIVITE_OPERATIONNELLE = tre("R211-ActiviteOperationnelle");
  /** TRE_R213 mode de prise en charge (HealthcareService.characteristic[careMode]). */
  public static final String MODE_PRISE_EN_CHARGE = tre("R213-ModePriseEnCharge");
  /** TRE_R244 catégorie d'organisation (HealthcareService.category, type d'offre). */
  public static final String CATEGORIE_ORGANISATION = tre("R244-CategorieOrganisation");
  /** TRE_R66 catégorie d'établissement (Organization.type of a site). */
  public static final String CATEGORIE_ETABLISSEMENT = tre("R66-CategorieEtablissement");
  /** TRE_R30 région (meta.tag of ROR resources). */
  public static final String REGION = tre("R30-RegionOM");
  /** TRE_R13 commune (COG INSEE). */
  public static final String COMMUNE = tre("R13-CommuneOM");
  /** TRE_R329 nature de capacité (beds or places). */
  public static final String NATURE_CAPACITE = tre("R329-NatureCapacite");
  /** TRE_R330 statut de capacité (installed, available, occupied...). */
  public static final String STATUT_CAPACITE = tre("R330-TypeStatutCapacite");
  /** TRE_R331 temporalité de capacité (current or forecast). */
  public static final String TEMPORALITE_CAPACITE = tre("R331-TemporaliteCapacite");
  /** TRE_R332 genre de capacité. */
  public static final String GENRE_CAPACITE = tre("R332-GenreCapacite");
  /** TRE_R38 spécialité ordinale (PractitionerRole.specialty, Practitioner.qualification). */
  public static final String SPECIALITE_ORDINALE = tre("R38-SpecialiteOrdinale");
  /** TRE_G15 profession de santé (Practitioner.qualification, PractitionerRole.code). */
  public static final String PROFESSION_SANTE = NOS + "TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante";
  /** TRE_R85 rôle de prise en charge (PractitionerRole.code). */
  public static final String ROLE_PRISE_EN_CHARGE = tre("R85-RolePriseCharge");
  /** TRE_R256 type de messagerie ({@code MSSANTE}). */
  public static final String TYPE_MESSAGERIE = tre("R256-TypeMessagerie");
  /** TRE_R257 type de BAL MSSanté ({@code PER}, {@code ORG}, {@code APP}, {@code CAB}). */
  public static final String TYPE_BAL = tre("R257-TypeBAL");
  /** TRE_R355 type d'identifiant d'offre. */
  public static final String TYPE_IDENTIFIANT_OFFRE = tre("R355-TypeIdentifiantOffre");

  /** IdNat_PS: {@code 8} + RPPS or {@code 0} + ADELI. */
  public static final String IDNAT_PS = "urn:oid:1.2.250.1.71.4.2.1";
  /** IdNat_Struct: {@code 1} + FINESS, {@code 3} + SIRET... */
  public static final String IDNAT_STRUCT = "urn:oid:1.2.250.1.71.4.2.2";
  /** RPPS number (11 digits). */
  public static final String RPPS = "https://rpps.esante.gouv.fr";
  /** FINESS number (9 characters). */
  public static final String FINESS = "https://finess.esante.gouv.fr";
  /** SIRET (14 digits). */
  public static final String SIRET = "https://sirene.fr";

  /** Location capacity extension (ROR). */
  public static final String EXT_SUPPORTED_CAPACITY = ROR_SD + "ror-location-supported-capacity";
  /** Commune COG extension on ROR Location. */
  public static final String EXT_COMMUNE_COG = ROR_SD + "ror-commune-cog";
  /** Sensitive-unit flag on ROR HealthcareService. */
  public static final String EXT_SENSITIVE_UNIT = ROR_SD + "ror-healthcareservice-sensitive-unit";
  /** Communication channel of a ROR telecom. */
  public static final String EXT_TELECOM_CHANNEL = ROR_SD + "ror-telecom-communication-channel";
  /** Confidentiality level of a ROR telecom. */
  public static final String EXT_TELECOM_CONFIDENTIALITY =
      ROR_SD + "ror-telecom-confidentiality-level";
  /** Distance of a result, on {@code Bundle.entry.search}, after a geographic search. */
  public static final String EXT_LOCATION_DISTANCE =
      "http://hl7.org/fhir/StructureDefinition/location-distance";
  /** Messaging type of an e-mail contact point (fr-core). */
  public static final String EXT_EMAIL_TYPE =
      "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-contact-point-email-type";
  /** MSSanté mailbox metadata (Annuaire Santé). */
  public static final String EXT_MAILBOX_METADATA = ANNUAIRE_SD + "as-ext-mailbox-mss-metadata";

  private RorSystems() {}

  private static String tre(String name) {
    return NOS + "TRE_" + name + "/FHIR/TRE-" + name;
  }

  /**
   * Normalises a system URI for comparison: scheme {@code http} and {@code https} are treated
   * alike, trailing slashes are dropped and the host part is lower-cased. The Annuaire and the
   * ROR still mix {@code http://sirene.fr}, {@code https://sirene.fr}, {@code
   * http://finess.sante.gouv.fr} and {@code https://finess.esante.gouv.fr}: the last two are
   * mapped to the same key too.
   *
   * @param system a system URI, may be null
   * @return the comparison key, never null
   */
  public static String normalise(String system) {
    if (system == null) {
      return "";
    }
    String s = system.trim();
    if (s.startsWith("https://")) {
      s = s.substring("https://".length());
    } else if (s.startsWith("http://")) {
      s = s.substring("http://".length());
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    int slash = s.indexOf('/');
    String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
    if (host.equals("finess.sante.gouv.fr")) {
      host = "finess.esante.gouv.fr";
    }
    return slash < 0 ? host : host + s.substring(slash);
  }

  /**
   * Returns the FHIR search token {@code system|code} of a code.
   *
   * @param code the code
   * @return the token
   */
  public static String token(Code code) {
    return code.system() + "|" + code.code();
  }

  /**
   * Tells whether two codes denote the same concept, comparing systems after
   * {@link #normalise(String) normalisation} (display ignored).
   *
   * @param a a code
   * @param b another code
   * @return true if same code in the same system
   */
  public static boolean sameConcept(Code a, Code b) {
    return a.code().equals(b.code()) && normalise(a.system()).equals(normalise(b.system()));
  }
}
