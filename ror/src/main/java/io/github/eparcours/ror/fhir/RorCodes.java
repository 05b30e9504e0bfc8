package io.github.eparcours.ror.fhir;

import io.github.eparcours.core.code.Code;

/**
 * Named codes of the NOS terminologies that the SDK itself uses or that vendors commonly search
 * by. These are conveniences: any other code of the same systems is accepted and kept as is.
 *
 * @since 0.1.0
 */
public final class RorCodes {

  /** Champ d'activité: Médecine Chirurgie Obstétrique. */
  public static final Code CHAMP_MCO = Code.of("01", RorSystems.CHAMP_ACTIVITE, "MCO");
  /** Champ d'activité: Soins médicaux et de réadaptation (formerly SSR). */
  public static final Code CHAMP_SMR = Code.of("02", RorSystems.CHAMP_ACTIVITE, "SMR");
  /** Champ d'activité: Psychiatrie. */
  public static final Code CHAMP_PSY = Code.of("03", RorSystems.CHAMP_ACTIVITE, "PSY");
  /** Champ d'activité: Médico-social. */
  public static final Code CHAMP_MEDICO_SOCIAL =
      Code.of("04", RorSystems.CHAMP_ACTIVITE, "MS");
  /** Champ d'activité: Ville. */
  public static final Code CHAMP_VILLE = Code.of("05", RorSystems.CHAMP_ACTIVITE, "Ville");

  /** Mode de prise en charge: hospitalisation complète. */
  public static final Code MODE_HOSPITALISATION_COMPLETE =
      Code.of("28", RorSystems.MODE_PRISE_EN_CHARGE, "Hospitalisation complète (HC)");
  /** Mode de prise en charge: hospitalisation de jour. */
  public static final Code MODE_HOSPITALISATION_DE_JOUR =
      Code.of("29", RorSystems.MODE_PRISE_EN_CHARGE, "Hospitalisation de jour (HJ)");
  /** Mode de prise en charge: hospitalisation à domicile. */
  public static final Code MODE_HAD =
      Code.of("31", RorSystems.MODE_PRISE_EN_CHARGE, "Hospitalisation à domicile (HAD)");
  /** Mode de prise en charge: consultation ou séance. */
  public static final Code MODE_CONSULTATION =
      Code.of("32", RorSystems.MODE_PRISE_EN_CHARGE, "Consultation (CS) ou Séance");
  /** Mode de prise en charge: hébergement (médico-social). */
  public static final Code MODE_HEBERGEMENT =
      Code.of("46", RorSystems.MODE_PRISE_EN_CHARGE, "Hébergement");

  /** Nature de capacité: lit. */
  public static final Code CAPACITE_LIT = Code.of("01", RorSystems.NATURE_CAPACITE, "Lit");
  /** Nature de capacité: place. */
  public static final Code CAPACITE_PLACE =
      Code.of("02", RorSystems.NATURE_CAPACITE, "Place");
  /** Statut de capacité: installée. */
  public static final Code STATUT_INSTALLE =
      Code.of("01", RorSystems.STATUT_CAPACITE, "Installé");
  /** Statut de capacité: disponible (the "free beds" figure). */
  public static final Code STATUT_DISPONIBLE =
      Code.of("02", RorSystems.STATUT_CAPACITE, "Disponible");
  /** Statut de capacité: occupée. */
  public static final Code STATUT_OCCUPE =
      Code.of("03", RorSystems.STATUT_CAPACITE, "Occupé");
  /** Statut de capacité: réservée. */
  public static final Code STATUT_RESERVE =
      Code.of("04", RorSystems.STATUT_CAPACITE, "Réservé");

  /** Type de messagerie MSSanté (fr-core email type). */
  public static final Code MESSAGERIE_MSSANTE =
      Code.of("MSSANTE", RorSystems.TYPE_MESSAGERIE, "Messagerie sécurisée de santé");

  private RorCodes() {}
}
