package io.github.eparcours.ror.fhir;

/**
 * Named codes of the NOS terminologies that the SDK itself uses or that vendors commonly search
 * by. These are conveniences: any other code of the same systems is accepted and kept as is.
 *
 * @since 0.1.0
 */
public final class RorCodes {

  /** Champ d'activité: Médecine Chirurgie Obstétrique. */
  public static final FhirCode CHAMP_MCO = FhirCode.of("01", RorSystems.CHAMP_ACTIVITE, "MCO");
  /** Champ d'activité: Soins médicaux et de réadaptation (formerly SSR). */
  public static final FhirCode CHAMP_SMR = FhirCode.of("02", RorSystems.CHAMP_ACTIVITE, "SMR");
  /** Champ d'activité: Psychiatrie. */
  public static final FhirCode CHAMP_PSY = FhirCode.of("03", RorSystems.CHAMP_ACTIVITE, "PSY");
  /** Champ d'activité: Médico-social. */
  public static final FhirCode CHAMP_MEDICO_SOCIAL =
      FhirCode.of("04", RorSystems.CHAMP_ACTIVITE, "MS");
  /** Champ d'activité: Ville. */
  public static final FhirCode CHAMP_VILLE = FhirCode.of("05", RorSystems.CHAMP_ACTIVITE, "Ville");

  /** Mode de prise en charge: hospitalisation complète. */
  public static final FhirCode MODE_HOSPITALISATION_COMPLETE =
      FhirCode.of("28", RorSystems.MODE_PRISE_EN_CHARGE, "Hospitalisation complète (HC)");
  /** Mode de prise en charge: hospitalisation de jour. */
  public static final FhirCode MODE_HOSPITALISATION_DE_JOUR =
      FhirCode.of("29", RorSystems.MODE_PRISE_EN_CHARGE, "Hospitalisation de jour (HJ)");
  /** Mode de prise en charge: hospitalisation à domicile. */
  public static final FhirCode MODE_HAD =
      FhirCode.of("31", RorSystems.MODE_PRISE_EN_CHARGE, "Hospitalisation à domicile (HAD)");
  /** Mode de prise en charge: consultation ou séance. */
  public static final FhirCode MODE_CONSULTATION =
      FhirCode.of("32", RorSystems.MODE_PRISE_EN_CHARGE, "Consultation (CS) ou Séance");
  /** Mode de prise en charge: hébergement (médico-social). */
  public static final FhirCode MODE_HEBERGEMENT =
      FhirCode.of("46", RorSystems.MODE_PRISE_EN_CHARGE, "Hébergement");

  /** Nature de capacité: lit. */
  public static final FhirCode CAPACITE_LIT = FhirCode.of("01", RorSystems.NATURE_CAPACITE, "Lit");
  /** Nature de capacité: place. */
  public static final FhirCode CAPACITE_PLACE =
      FhirCode.of("02", RorSystems.NATURE_CAPACITE, "Place");
  /** Statut de capacité: installée. */
  public static final FhirCode STATUT_INSTALLE =
      FhirCode.of("01", RorSystems.STATUT_CAPACITE, "Installé");
  /** Statut de capacité: disponible (the "free beds" figure). */
  public static final FhirCode STATUT_DISPONIBLE =
      FhirCode.of("02", RorSystems.STATUT_CAPACITE, "Disponible");
  /** Statut de capacité: occupée. */
  public static final FhirCode STATUT_OCCUPE =
      FhirCode.of("03", RorSystems.STATUT_CAPACITE, "Occupé");
  /** Statut de capacité: réservée. */
  public static final FhirCode STATUT_RESERVE =
      FhirCode.of("04", RorSystems.STATUT_CAPACITE, "Réservé");

  /** Type de messagerie MSSanté (fr-core email type). */
  public static final FhirCode MESSAGERIE_MSSANTE =
      FhirCode.of("MSSANTE", RorSystems.TYPE_MESSAGERIE, "Messagerie sécurisée de santé");

  private RorCodes() {}
}
