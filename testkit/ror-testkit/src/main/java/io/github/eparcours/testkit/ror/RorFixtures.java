package io.github.eparcours.testkit.ror;

import static io.github.eparcours.ror.fhir.RorSystems.*;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.testkit.ror.internal.Communes;
import io.github.eparcours.testkit.ror.internal.Communes.Commune;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Fixture data of the fake: a fictitious but realistic slice of the Bretagne region (region code
 * {@value #REGION_BRETAGNE}) as the ROR and the Annuaire Santé would publish it. Every name and
 * number is made up; identifiers have valid check keys; codes come from the NOS terminologies.
 *
 * <p>ROR side: legal entities (EJ) → sites (EG) → units (OI), operational offers
 * (HealthcareService) in MCO, SMR, psychiatry and medico-social fields with several care modes,
 * each with its Location carrying capacities (installed / available beds or places). One offer
 * has its optional fields stripped, as a restricted access profile would; one carries a care mode
 * code the SDK does not know. Annuaire side: practitioners with RPPS or ADELI identities, their
 * roles in structures, MSSanté mailboxes of types PER, ORG, APP and CAB, one of them on the
 * "liste rouge".
 *
 * <p>Instances are immutable once built; the resources they expose are shared with the fake
 * server and must not be modified.
 *
 * @since 0.1.0
 */
public final class RorFixtures {

  /** Region code (TRE_R30) of Bretagne. */
  public static final String REGION_BRETAGNE = "53";
  /** COG code of Rennes. */
  public static final String COG_RENNES = "35238";
  /** COG code of Brest. */
  public static final String COG_BREST = "29019";
  /** COG code of Lorient. */
  public static final String COG_LORIENT = "56121";

  /** FINESS (EJ) of the fictitious university hospital of Rennes. */
  public static final String FINESS_EJ_CHU_RENNES = finessWithKey("35000001");
  /** FINESS (EG) of its main site. */
  public static final String FINESS_EG_PONTCHAILLOU = finessWithKey("35000002");
  /** FINESS (EG) of its rehabilitation centre at Cesson-Sévigné. */
  public static final String FINESS_EG_BEAUREGARD = finessWithKey("35000003");

  /** RPPS of a general practitioner in Rennes (PER + CAB mailboxes). */
  public static final String RPPS_GP_RENNES = rppsWithKey("1000100001");
  /** RPPS of a cardiologist of the university hospital (PER mailbox on his role). */
  public static final String RPPS_CARDIOLOGIST = rppsWithKey("1000100002");
  /** RPPS of a general practitioner in Brest whose only mailbox is on the liste rouge. */
  public static final String RPPS_GP_BREST_LISTE_ROUGE = rppsWithKey("1000100003");
  /** RPPS of a child psychiatrist without any MSSanté mailbox. */
  public static final String RPPS_NO_MAILBOX = rppsWithKey("1000100004");
  /** ADELI of a nurse (IdNat_PS {@code 0} + ADELI). */
  public static final String ADELI_NURSE = "351234567";

  /** MSSanté address of the Rennes GP (PER). */
  public static final String MSS_GP_RENNES = "anne.legoff@medecin.mssante.fr";
  /** MSSanté address of the Rennes GP's practice (CAB). */
  public static final String MSS_CABINET_LICES = "cabinet.lices@medecin.mssante.fr";
  /** MSSanté address of the cardiology department of the university hospital (ORG). */
  public static final String MSS_CARDIOLOGY_SERVICE = "cardiologie@chu-rennes-vilaine.mssante.fr";
  /** Applicative (APP) mailbox of the university hospital. */
  public static final String MSS_CHU_APP = "flux-dpi@chu-rennes-vilaine.mssante.fr";

  private static final Instant LAST_UPDATED = Instant.parse("2026-10-01T08:00:00Z");
  private static final String R211 = ACTIVITE_OPERATIONNELLE;

  private final Map<String, Organization> rorOrganizations = new LinkedHashMap<>();
  private final Map<String, Location> locations = new LinkedHashMap<>();
  private final List<HealthcareService> offers = new ArrayList<>();
  private final Map<String, Practitioner> practitioners = new LinkedHashMap<>();
  private final List<PractitionerRole> roles = new ArrayList<>();
  private final Map<String, Organization> annuaireOrganizations = new LinkedHashMap<>();

  private RorFixtures() {}

  /**
   * Returns the hand-written Bretagne data set (about twenty offers).
   *
   * @return the fixtures
   */
  public static RorFixtures bretagne() {
    return bretagne(0);
  }

  /**
   * Returns the Bretagne data set plus {@code syntheticOffers} generated offers (deterministic,
   * spread over the region's communes, with capacities), for paging and throughput tests.
   *
   * @param syntheticOffers how many offers to add, {@code >= 0}
   * @return the fixtures
   */
  public static RorFixtures bretagne(int syntheticOffers) {
    if (syntheticOffers < 0) {
      throw new IllegalArgumentException("syntheticOffers must be >= 0");
    }
    RorFixtures f = new RorFixtures();
    f.buildRor();
    f.buildAnnuaire();
    f.buildSynthetic(syntheticOffers);
    return f;
  }

  /**
   * Returns the ROR organisations (EJ, EG and OI).
   *
   * @return the organisations, unmodifiable
   */
  public List<Organization> rorOrganizations() {
    return List.copyOf(rorOrganizations.values());
  }

  /**
   * Returns the ROR locations (with capacities).
   *
   * @return the locations, unmodifiable
   */
  public List<Location> locations() {
    return List.copyOf(locations.values());
  }

  /**
   * Returns the ROR operational offers.
   *
   * @return the offers, unmodifiable
   */
  public List<HealthcareService> offers() {
    return Collections.unmodifiableList(offers);
  }

  /**
   * Returns the Annuaire practitioners.
   *
   * @return the practitioners, unmodifiable
   */
  public List<Practitioner> practitioners() {
    return List.copyOf(practitioners.values());
  }

  /**
   * Returns the Annuaire practitioner roles.
   *
   * @return the roles, unmodifiable
   */
  public List<PractitionerRole> practitionerRoles() {
    return Collections.unmodifiableList(roles);
  }

  /**
   * Returns the Annuaire organisations.
   *
   * @return the organisations, unmodifiable
   */
  public List<Organization> annuaireOrganizations() {
    return List.copyOf(annuaireOrganizations.values());
  }

  // ---------------------------------------------------------------- ROR

  private void buildRor() {
    Organization chu = legalEntity("ej-chu-rennes", "CHU de Rennes-Vilaine", FINESS_EJ_CHU_RENNES,
        COG_RENNES);
    Organization pontchaillou = site("eg-pontchaillou", "Hôpital Pontchaillou-Vilaine",
        FINESS_EG_PONTCHAILLOU, COG_RENNES, chu, "101");
    Organization beauregard = site("eg-beauregard", "Centre de rééducation de Beauregard",
        FINESS_EG_BEAUREGARD, "35051", chu, "109");
    Organization ghbs = legalEntity("ej-ghbs", "Groupe hospitalier Bretagne Sud",
        finessWithKey("56000001"), COG_LORIENT);
    Organization lorient = site("eg-lorient", "Hôpital du Scorff-Sud", finessWithKey("56000002"),
        COG_LORIENT, ghbs, "355");
    Organization vannes = site("eg-vannes", "Centre SMR de la Rabine", finessWithKey("56000003"),
        "56260", ghbs, "109");
    Organization iroise = legalEntity("ej-iroise", "Clinique mutualiste de l'Iroise",
        finessWithKey("29000001"), COG_BREST);
    Organization iroiseSite = site("eg-iroise", "Clinique de l'Iroise", finessWithKey("29000002"),
        COG_BREST, iroise, "365");
    Organization tyGlas = legalEntity("ej-ty-glas", "Association Ty Glas",
        finessWithKey("35000011"), "35288");
    Organization ehpad = site("eg-ehpad-ty-glas", "EHPAD Ty Glas", finessWithKey("35000012"),
        "35288", tyGlas, "500");
    Organization armor = legalEntity("ej-armor", "Centre hospitalier d'Armor",
        finessWithKey("22000001"), "22278");
    Organization armorSite = site("eg-armor", "Hôpital d'Armor", finessWithKey("22000002"),
        "22278", armor, "355");
    Organization vilaine = legalEntity("ej-vilaine-sud", "Clinique SMR Vilaine-Sud",
        finessWithKey("35000021"), "35236");
    Organization redon = site("eg-redon", "Clinique SMR de Redon", finessWithKey("35000022"),
        "35236", vilaine, "109");
    Organization vitre = site("eg-vitre", "Centre SMR du Pays de Vitré", finessWithKey("35000023"),
        "35360", vilaine, "109");

    Organization cardio = unit("oi-cardio-pontchaillou", "Service de cardiologie", pontchaillou);
    Organization gyneco = unit("oi-gyneco-pontchaillou", "Service de gynécologie", pontchaillou);
    Organization pedopsy = unit("oi-pedopsy-pontchaillou", "Pôle de pédopsychiatrie", pontchaillou);
    Organization smrCardio = unit("oi-smr-cardio-beauregard", "SMR cardio-vasculaire", beauregard);
    Organization smrLoco = unit("oi-smr-loco-beauregard", "SMR locomoteur", beauregard);

    offer("hs-cardio-hc", "Cardiologie générale - hospitalisation complète", cardio,
        RorCodes.CHAMP_MCO, act("013", "Cardiologie générale"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 32, 3));
    offer("hs-gyneco-hc", "Chirurgie gynécologique - hospitalisation complète", gyneco,
        RorCodes.CHAMP_MCO, act("022", "Chirurgie gynécologique"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 18, 0));
    offer("hs-pedopsy-hj", "Pédopsychiatrie - hôpital de jour", pedopsy, RorCodes.CHAMP_PSY,
        act("227", "Pédopsychiatrie"), RorCodes.MODE_HOSPITALISATION_DE_JOUR,
        capacity(RorCodes.CAPACITE_PLACE, 12, 2));
    offer("hs-smr-cardio-hc", "SMR cardio-vasculaire - hospitalisation complète", smrCardio,
        RorCodes.CHAMP_SMR, act("013", "Cardiologie générale"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 40, 4));
    offer("hs-smr-loco-hc", "SMR locomoteur - hospitalisation complète", smrLoco,
        RorCodes.CHAMP_SMR, act("025", "Chirurgie orthopédique et traumatologique"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 30, 0));
    offer("hs-smr-loco-hj", "SMR locomoteur - hôpital de jour", smrLoco, RorCodes.CHAMP_SMR,
        act("025", "Chirurgie orthopédique et traumatologique"),
        RorCodes.MODE_HOSPITALISATION_DE_JOUR, capacity(RorCodes.CAPACITE_PLACE, 15, 3));
    offer("hs-lorient-cardio", "Cardiologie - hospitalisation complète", lorient,
        RorCodes.CHAMP_MCO, act("013", "Cardiologie générale"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 24, 1));
    offer("hs-lorient-smr", "SMR orthopédique - hospitalisation complète", lorient,
        RorCodes.CHAMP_SMR, act("025", "Chirurgie orthopédique et traumatologique"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 20, 2));
    offer("hs-vannes-smr", "SMR polyvalent - hospitalisation complète", vannes,
        RorCodes.CHAMP_SMR, act("013", "Cardiologie générale"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 45, 5));
    offer("hs-iroise-ortho", "Chirurgie orthopédique - hospitalisation complète", iroiseSite,
        RorCodes.CHAMP_MCO, act("025", "Chirurgie orthopédique et traumatologique"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 28, 2));
    offer("hs-iroise-smr", "SMR - hospitalisation complète", iroiseSite, RorCodes.CHAMP_SMR,
        act("025", "Chirurgie orthopédique et traumatologique"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 22, 1));
    offer("hs-ehpad-hebergement", "Hébergement permanent EHPAD", ehpad,
        RorCodes.CHAMP_MEDICO_SOCIAL, act("298", "Accompagnements pour vivre dans un logement"),
        RorCodes.MODE_HEBERGEMENT, capacity(RorCodes.CAPACITE_PLACE, 80, 2));
    offer("hs-armor-dermato", "Dermatologie - consultations", armorSite, RorCodes.CHAMP_MCO,
        act("037", "Dermatologie"), RorCodes.MODE_CONSULTATION, null);
    HealthcareService closed = offer("hs-armor-smr", "SMR - hospitalisation complète", armorSite,
        RorCodes.CHAMP_SMR, act("013", "Cardiologie générale"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, capacity(RorCodes.CAPACITE_LIT, 25, 0));
    closed.addNotAvailable().setDescription("Fermeture pour travaux").setDuring(new Period()
        .setStartElement(new DateTimeType("2026-09-01"))
        .setEndElement(new DateTimeType("2027-03-01")));
    offer("hs-redon-smr", "SMR polyvalent - hospitalisation complète", redon, RorCodes.CHAMP_SMR,
        act("013", "Cardiologie générale"), RorCodes.MODE_HOSPITALISATION_COMPLETE,
        capacity(RorCodes.CAPACITE_LIT, 35, 6));
    offer("hs-vitre-smr", "SMR gériatrique - hospitalisation complète", vitre, RorCodes.CHAMP_SMR,
        act("013", "Cardiologie générale"), RorCodes.MODE_HOSPITALISATION_COMPLETE,
        capacity(RorCodes.CAPACITE_LIT, 30, 2));
    offer("hs-vitre-had", "Hospitalisation à domicile du Pays de Vitré", vitre,
        RorCodes.CHAMP_MCO, act("013", "Cardiologie générale"), RorCodes.MODE_HAD,
        capacity(RorCodes.CAPACITE_PLACE, 40, 7));

    // As a restricted access profile would serve it: no category, no telecom, no capacity.
    HealthcareService stripped = offer("hs-restricted", "Unité de soins palliatifs", smrCardio,
        RorCodes.CHAMP_SMR, act("013", "Cardiologie générale"),
        RorCodes.MODE_HOSPITALISATION_COMPLETE, null);
    stripped.setCategory(List.of());
    stripped.setTelecom(List.of());
    stripped.getExtension().clear();

    // A care mode code this SDK version does not know, and an extension it does not know.
    HealthcareService future = offer("hs-future-code", "Télésurveillance SMR", smrCardio,
        RorCodes.CHAMP_SMR, act("013", "Cardiologie générale"),
        Code.of("99", MODE_PRISE_EN_CHARGE, "Mode futur"),
        capacity(RorCodes.CAPACITE_PLACE, 10, 10));
    future.addExtension("https://example.org/fhir/StructureDefinition/future-extension",
        new StringType("ignored"));
  }

  private Organization legalEntity(String id, String name, String finess, String cog) {
    Organization o = organization(id, name, finess, "FINEJ", cog);
    rorOrganizations.put(id, o);
    annuaireOrganizations.put(id, o);
    return o;
  }

  private Organization site(String id, String name, String finess, String cog,
      Organization parent, String categorieEtablissement) {
    Organization o = organization(id, name, finess, "FINEG", cog);
    o.addType(concept(CATEGORIE_ETABLISSEMENT, categorieEtablissement, null));
    partOf(o, parent);
    rorOrganizations.put(id, o);
    annuaireOrganizations.put(id, o);
    return o;
  }

  private Organization unit(String id, String name, Organization parent) {
    Organization o = new Organization();
    o.setId(id);
    stamp(o);
    o.setName(name);
    o.addIdentifier().setSystem("https://ror.esante.gouv.fr/identifiant-oi").setValue(id);
    o.setAddress(parent.getAddress());
    partOf(o, parent);
    rorOrganizations.put(id, o);
    return o;
  }

  private static Organization organization(String id, String name, String finess,
      String finessType, String cog) {
    Commune c = Communes.require(cog);
    Organization o = new Organization();
    o.setId(id);
    stamp(o);
    o.setName(name);
    o.setActive(true);
    o.addIdentifier().setSystem(IDNAT_STRUCT).setValue("1" + finess)
        .setType(concept("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203", "IDNST",
            null));
    o.addIdentifier().setSystem(FINESS).setValue(finess)
        .setType(concept("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203", finessType,
            null));
    o.addAddress().addLine("1 rue de l'Hôpital").setCity(c.name()).setPostalCode(c.postalCode())
        .setCountry("FRA");
    return o;
  }

  private static void partOf(Organization child, Organization parent) {
    Reference r = new Reference("Organization/" + parent.getIdElement().getIdPart());
    r.setResource(parent);
    child.setPartOf(r);
  }

  private static Code act(String code, String display) {
    return Code.of(code, R211, display);
  }

  private record Capacity(Code nature, int installed, int available) {}

  private static Capacity capacity(Code nature, int installed, int available) {
    return new Capacity(nature, installed, available);
  }

  private HealthcareService offer(String id, String name, Organization provider, Code champ,
      Code activity, Code careMode, Capacity capacity) {
    Organization site = provider;
    while (!site.hasType() && site.getPartOf().getResource() != null) {
      site = (Organization) site.getPartOf().getResource();
    }
    String cog = cogOf(site);
    Commune c = Communes.require(cog);
    Location loc = location("loc-" + id, name, c, capacity);
    HealthcareService hs = new HealthcareService();
    hs.setId(id);
    stamp(hs);
    hs.getMeta().addTag(REGION, REGION_BRETAGNE, "Bretagne");
    hs.addIdentifier().setValue("53/" + Math.floorMod(id.hashCode(), 100000))
        .setType(concept(TYPE_IDENTIFIANT_OFFRE, "35", null));
    hs.setActive(true);
    hs.setName(name);
    Reference by = new Reference("Organization/" + provider.getIdElement().getIdPart());
    by.setResource(provider);
    hs.setProvidedBy(by);
    Reference at = new Reference("Location/" + loc.getIdElement().getIdPart());
    at.setResource(loc);
    hs.addLocation(at);
    hs.addCategory(concept(CATEGORIE_ORGANISATION, "157", "Unité hospitalière"));
    hs.addType(concept(champ));
    hs.addSpecialty(concept(activity));
    hs.addCharacteristic(concept(careMode));
    hs.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("02 99 00 00 00")
        .addExtension(EXT_TELECOM_CHANNEL, coding(
            "https://mos.esante.gouv.fr/NOS/TRE_R200-CanalCommunication/FHIR/TRE-R200-CanalCommunication",
            "2", "Téléphone fixe"));
    hs.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL)
        .setValue("secretariat." + id + "@exemple-bretagne.mssante.fr");
    hs.addExtension(EXT_SENSITIVE_UNIT, new BooleanType(false));
    offers.add(hs);
    return hs;
  }

  private Location location(String id, String name, Commune c, Capacity capacity) {
    Location loc = new Location();
    loc.setId(id);
    stamp(loc);
    loc.setName(name);
    loc.addExtension(EXT_COMMUNE_COG, coding(COMMUNE, c.cog(), c.name()));
    loc.getAddress().addLine("1 rue de l'Hôpital").setCity(c.name())
        .setPostalCode(c.postalCode()).setCountry("FRA");
    loc.getPosition().setLatitude(c.lat()).setLongitude(c.lon());
    if (capacity != null) {
      loc.addExtension(capacityExtension(capacity.nature(), RorCodes.STATUT_INSTALLE,
          capacity.installed()));
      loc.addExtension(capacityExtension(capacity.nature(), RorCodes.STATUT_DISPONIBLE,
          capacity.available()));
      loc.addExtension(capacityExtension(capacity.nature(), RorCodes.STATUT_OCCUPE,
          capacity.installed() - capacity.available()));
    }
    locations.put(id, loc);
    return loc;
  }

  private static Extension capacityExtension(Code nature, Code status, int count) {
    Extension e = new Extension(EXT_SUPPORTED_CAPACITY);
    e.addExtension("capacityType", new CodeableConcept().addCoding(coding(nature)));
    e.addExtension("capacityStatus", new CodeableConcept().addCoding(coding(status)));
    e.addExtension("temporalityCapacity", new CodeableConcept().addCoding(
        new Coding(TEMPORALITE_CAPACITE, "01", "Actuelle")));
    e.addExtension("nbCapacity", new IntegerType(count));
    e.addExtension("capacityUpdateDate",
        new DateTimeType(Date.from(LAST_UPDATED), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND));
    return e;
  }

  private static String cogOf(Organization o) {
    String postal = o.getAddressFirstRep().getPostalCode();
    return Communes.all().stream().filter(c -> c.postalCode().equals(postal)
            && c.name().equals(o.getAddressFirstRep().getCity()))
        .map(Commune::cog).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- synthetic

  private void buildSynthetic(int count) {
    if (count == 0) {
      return;
    }
    SplittableRandom random = new SplittableRandom(53);
    List<Organization> sites = rorOrganizations.values().stream()
        .filter(Organization::hasType).toList();
    Code[] champs = {RorCodes.CHAMP_MCO, RorCodes.CHAMP_SMR, RorCodes.CHAMP_PSY};
    Code[] modes = {RorCodes.MODE_HOSPITALISATION_COMPLETE,
        RorCodes.MODE_HOSPITALISATION_DE_JOUR, RorCodes.MODE_CONSULTATION};
    Code[] acts = {act("013", "Cardiologie générale"), act("025",
        "Chirurgie orthopédique et traumatologique"), act("227", "Pédopsychiatrie"),
        act("037", "Dermatologie"), act("003", "Alcoologie")};
    for (int i = 0; i < count; i++) {
      Organization site = sites.get(random.nextInt(sites.size()));
      int installed = 10 + random.nextInt(40);
      offer(String.format(java.util.Locale.ROOT, "hs-gen-%05d", i), "Offre générée " + i, site,
          champs[random.nextInt(champs.length)], acts[random.nextInt(acts.length)],
          modes[random.nextInt(modes.length)],
          capacity(RorCodes.CAPACITE_LIT, installed, random.nextInt(5)));
    }
  }

  // ---------------------------------------------------------------- Annuaire

  private void buildAnnuaire() {
    Organization cabinet = new Organization();
    cabinet.setId("org-cabinet-lices");
    stamp(cabinet);
    cabinet.setName("Cabinet médical des Lices");
    cabinet.addIdentifier().setSystem(IDNAT_STRUCT).setValue("4" + RPPS_GP_RENNES + "01");
    cabinet.addAddress().addLine("3 place des Lices").setCity("Rennes").setPostalCode("35000");
    annuaireOrganizations.put(cabinet.getIdElement().getIdPart(), cabinet);

    Organization chu = annuaireOrganizations.get("ej-chu-rennes");
    chu.addTelecom(mailbox(MSS_CARDIOLOGY_SERVICE, "ORG", false, "Cardiologie",
        "Secrétariat de cardiologie"));
    chu.addTelecom(mailbox(MSS_CHU_APP, "APP", false, null, "Flux du dossier patient"));
    chu.addTelecom(mailbox("direction@chu-rennes-vilaine.mssante.fr", "ORG", true, "Direction",
        "Direction générale"));

    Practitioner gp = practitioner("pr-legoff", RPPS_GP_RENNES, null, "LE GOFF", "Anne", "10",
        "SM54", "Médecine générale");
    gp.addTelecom(mailbox(MSS_GP_RENNES, "PER", false, null, null));
    gp.addTelecom(mailbox(MSS_CABINET_LICES, "CAB", false, null, "Cabinet des Lices"));
    role("prr-legoff-cabinet", gp, cabinet, "SM54", "Médecine générale")
        .addTelecom(mailbox(MSS_GP_RENNES, "PER", false, null, null));

    Practitioner cardio = practitioner("pr-kerjean", RPPS_CARDIOLOGIST, null, "KERJEAN", "Yann",
        "10", "SM04", "Cardiologie et maladies vasculaires");
    role("prr-kerjean-chu", cardio, chu, "SM04", "Cardiologie et maladies vasculaires")
        .addTelecom(mailbox("yann.kerjean@chu-rennes-vilaine.mssante.fr", "PER", false,
            "Cardiologie", null));

    Practitioner brest = practitioner("pr-guivarch", RPPS_GP_BREST_LISTE_ROUGE, null,
        "GUIVARC'H", "Maëlle", "10", "SM54", "Médecine générale");
    brest.addTelecom(mailbox("maelle.guivarch@medecin.mssante.fr", "PER", true, null, null));

    Practitioner psy = practitioner("pr-tanguy", RPPS_NO_MAILBOX, null, "TANGUY", "Soizic", "10",
        "SM33", "Psychiatrie de l'enfant et de l'adolescent");
    role("prr-tanguy-chu", psy, chu, "SM33", "Psychiatrie de l'enfant et de l'adolescent");

    Practitioner nurse = practitioner("pr-lebihan", null, ADELI_NURSE, "LE BIHAN", "Erwan", "60",
        null, null);
    nurse.addTelecom(mailbox("erwan.lebihan@infirmier.mssante.fr", "PER", false, null, null));
  }

  private Practitioner practitioner(String id, String rpps, String adeli, String family,
      String given, String profession, String specialty, String specialtyDisplay) {
    Practitioner p = new Practitioner();
    p.setId(id);
    stamp(p);
    p.setActive(true);
    String idNat = rpps != null ? "8" + rpps : "0" + adeli;
    p.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(IDNAT_PS)
        .setValue(idNat)
        .setType(concept("https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203", "IDNPS",
            null));
    if (rpps != null) {
      p.addIdentifier().setSystem(RPPS).setValue(rpps);
    }
    p.addName(new HumanName().setFamily(family).addGiven(given).addPrefix(profession.equals("10") ? "DR" : "M"));
    p.addQualification().setCode(concept(PROFESSION_SANTE, profession,
        profession.equals("10") ? "Médecin" : "Infirmier"));
    if (specialty != null) {
      p.addQualification().setCode(concept(SPECIALITE_ORDINALE, specialty, specialtyDisplay));
    }
    practitioners.put(id, p);
    return p;
  }

  private PractitionerRole role(String id, Practitioner p, Organization org, String specialty,
      String display) {
    PractitionerRole r = new PractitionerRole();
    r.setId(id);
    stamp(r);
    r.setActive(true);
    r.addIdentifier().setSystem("https://annuaire.esante.gouv.fr/identifiant-situation")
        .setValue(id);
    Reference pr = new Reference("Practitioner/" + p.getIdElement().getIdPart());
    pr.setResource(p);
    r.setPractitioner(pr);
    Reference or = new Reference("Organization/" + org.getIdElement().getIdPart());
    or.setResource(org);
    r.setOrganization(or);
    r.addCode(p.getQualificationFirstRep().getCode());
    r.addSpecialty(concept(SPECIALITE_ORDINALE, specialty, display));
    roles.add(r);
    return r;
  }

  private static ContactPoint mailbox(String address, String type, boolean listeRouge,
      String service, String description) {
    ContactPoint cp = new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL)
        .setValue(address);
    cp.addExtension(EXT_EMAIL_TYPE, coding(RorCodes.MESSAGERIE_MSSANTE));
    Extension meta = cp.addExtension().setUrl(EXT_MAILBOX_METADATA);
    meta.addExtension("type", new CodeableConcept().addCoding(new Coding(TYPE_BAL, type, null)));
    if (description != null) {
      meta.addExtension("description", new StringType(description));
    }
    if (service != null) {
      meta.addExtension("service", new StringType(service));
    }
    meta.addExtension("digitization", new BooleanType(true));
    meta.addExtension("listeRouge", new BooleanType(listeRouge));
    return cp;
  }

  // ---------------------------------------------------------------- helpers

  private static void stamp(Resource r) {
    r.getMeta().setLastUpdated(Date.from(LAST_UPDATED));
  }

  private static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept().addCoding(new Coding(system, code, display));
  }

  private static CodeableConcept concept(Code c) {
    return new CodeableConcept().addCoding(coding(c));
  }

  private static Coding coding(Code c) {
    return new Coding(c.system(), c.code(), c.displayName());
  }

  private static Coding coding(String system, String code, String display) {
    return new Coding(system, code, display);
  }

  /**
   * Appends a Luhn key to a 10-digit RPPS stem.
   *
   * @param stem10 ten digits
   * @return the 11-digit RPPS number
   */
  public static String rppsWithKey(String stem10) {
    return stem10 + luhnKey(stem10);
  }

  /**
   * Appends a Luhn key to an 8-digit FINESS stem.
   *
   * @param stem8 eight digits
   * @return the 9-digit FINESS number
   */
  public static String finessWithKey(String stem8) {
    return stem8 + luhnKey(stem8);
  }

  private static int luhnKey(String stem) {
    int sum = 0;
    boolean dbl = true;
    for (int i = stem.length() - 1; i >= 0; i--) {
      int d = stem.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }
}
