package io.github.eparcours.ror.offer;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.fhir.Telecom;
import io.github.eparcours.ror.internal.BundleIndex;
import io.github.eparcours.ror.internal.FhirRead;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;

/**
 * A typed, read-only view of a ROR operational offer (OffreOperationnelle, FHIR
 * HealthcareService {@code ror-healthcareservice}), linked to the locations and organisations
 * the same search Bundle included.
 *
 * <p>Every accessor tolerates elements stripped by the caller's access profile (it returns
 * empty) and keeps codes this SDK version does not know. Values are read from the resource on
 * each call; the view is thread-safe as long as nobody modifies {@link #asFhir()}.
 *
 * <pre>{@code
 * for (CareOffer offer : ror.searchOffers(query)) {
 *   String site = offer.organizations().site().flatMap(Structure::name).orElse("?");
 *   OptionalInt beds = offer.available(RorCodes.CAPACITE_LIT);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CareOffer {

  private static final int MAX_CHAIN = 8;

  private final HealthcareService resource;
  private final BundleIndex index;

  /**
   * Wraps an offer read on its own (no included resources).
   *
   * @param resource the resource
   */
  public CareOffer(HealthcareService resource) {
    this(resource, BundleIndex.empty());
  }

  CareOffer(HealthcareService resource, BundleIndex index) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.index = index;
  }

  /**
   * Maps the matches of a search Bundle (internal use by the clients and benchmarks).
   *
   * @param index the bundle index
   * @return the offers, in Bundle order
   */
  public static List<CareOffer> fromIndex(BundleIndex index) {
    List<CareOffer> out = new ArrayList<>(index.matches().size());
    for (var r : index.matches()) {
      if (r instanceof HealthcareService hs) {
        out.add(new CareOffer(hs, index));
      }
    }
    return out;
  }

  /**
   * Returns the logical id on the server.
   *
   * @return the id, or empty
   */
  public Optional<String> id() {
    return FhirRead.text(resource.getIdElement().getIdPart());
  }

  /**
   * Returns the functional identifier of the offer (identifiantOffre, e.g. {@code 53/12345}).
   *
   * @return the identifier, or empty
   */
  public Optional<String> offerIdentifier() {
    return resource.getIdentifier().stream().filter(Identifier::hasValue)
        .map(Identifier::getValue).findFirst();
  }

  /**
   * Returns the name (nomOffre).
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return FhirRead.text(resource.getName());
  }

  /**
   * Returns the activity field (champ d'activité, TRE_R227: MCO, SMR, PSY...).
   *
   * @return the field, or empty
   */
  public Optional<Code> activityField() {
    return FhirRead.codes(resource.getType(), RorSystems.CHAMP_ACTIVITE).stream().findFirst();
  }

  /**
   * Returns the type of offer (TRE_R244).
   *
   * @return the category, or empty
   */
  public Optional<Code> category() {
    return FhirRead.codes(resource.getCategory(), RorSystems.CATEGORIE_ORGANISATION).stream()
        .findFirst();
  }

  /**
   * Returns the operational activities (activité opérationnelle, TRE_R211).
   *
   * @return the activities, possibly empty
   */
  public List<Code> operationalActivities() {
    return FhirRead.codesIn(resource.getSpecialty(), RorSystems.ACTIVITE_OPERATIONNELLE);
  }

  /**
   * Returns every specialty code (activities and activity families), unknown systems included.
   *
   * @return the codes
   */
  public List<Code> specialties() {
    return FhirRead.codes(resource.getSpecialty(), null);
  }

  /**
   * Returns the care modes (mode de prise en charge, TRE_R213).
   *
   * @return the care modes, possibly empty
   */
  public List<Code> careModes() {
    return FhirRead.codesIn(resource.getCharacteristic(), RorSystems.MODE_PRISE_EN_CHARGE);
  }

  /**
   * Returns every characteristic code (care mode, reception modality, specific acts...).
   *
   * @return the codes
   */
  public List<Code> characteristics() {
    return FhirRead.codes(resource.getCharacteristic(), null);
  }

  /**
   * Returns the source region (meta.tag TRE_R30).
   *
   * @return the region, or empty
   */
  public Optional<Code> region() {
    return resource.getMeta().getTag().stream()
        .filter(t -> RorSystems.normalise(t.getSystem()).equals(
            RorSystems.normalise(RorSystems.REGION)))
        .map(t -> FhirRead.code(t, RorSystems.REGION)).flatMap(Optional::stream).findFirst();
  }

  /**
   * Returns when the offer was last updated.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> lastUpdated() {
    return FhirRead.instant(resource.getMeta().getLastUpdated());
  }

  /**
   * Tells whether the offer is active.
   *
   * @return the flag, or empty when absent
   */
  public Optional<Boolean> active() {
    return resource.hasActive() ? Optional.of(resource.getActive()) : Optional.empty();
  }

  /**
   * Tells whether the unit is flagged sensitive (unité sensible).
   *
   * @return the flag, or empty when absent
   */
  public Optional<Boolean> sensitiveUnit() {
    return FhirRead.booleanExtension(resource, RorSystems.EXT_SENSITIVE_UNIT);
  }

  /**
   * Tells whether the offer is closed on {@code day} (a {@code notAvailable} period covers it).
   *
   * @param day the day
   * @return true if a closure covers the day
   */
  public boolean closedOn(LocalDate day) {
    for (HealthcareService.HealthcareServiceNotAvailableComponent na
        : resource.getNotAvailable()) {
      Optional<LocalDate> from = FhirRead.localDate(na.getDuring().getStartElement());
      Optional<LocalDate> to = FhirRead.localDate(na.getDuring().getEndElement());
      if (from.isEmpty() && to.isEmpty()) {
        continue;
      }
      if (from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> day.isBefore(t))
          .orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the contact points of the offer.
   *
   * @return the contact points, empty when hidden by the access profile
   */
  public List<Telecom> telecoms() {
    return resource.getTelecom().stream().map(Telecom::of).flatMap(Optional::stream).toList();
  }

  /**
   * Returns the id of the providing organisation.
   *
   * @return the id, or empty
   */
  public Optional<String> providerId() {
    return resource.getProvidedBy().hasReference()
        ? FhirRead.text(resource.getProvidedBy().getReferenceElement().getIdPart())
        : Optional.empty();
  }

  /**
   * Returns the unit → site → legal entity chain, as far as the Bundle included it ({@code
   * _include=HealthcareService:organization} and {@code _include:iterate=Organization:partof}).
   *
   * @return the chain, never null
   */
  public OrganizationChain organizations() {
    List<Structure> up = new ArrayList<>(3);
    Map<Organization, Boolean> seen = new IdentityHashMap<>();
    Organization o = index.resolve(resource.getProvidedBy(), Organization.class);
    boolean root = false;
    while (o != null && seen.put(o, Boolean.TRUE) == null && up.size() < MAX_CHAIN) {
      up.add(new Structure(o));
      Reference parent = o.getPartOf();
      if (parent == null || !parent.hasReference()) {
        root = true;
        break;
      }
      o = index.resolve(parent, Organization.class);
    }
    return OrganizationChain.of(up, root);
  }

  /**
   * Returns the locations the Bundle included ({@code _include=HealthcareService:location}).
   *
   * @return the locations, empty when not included
   */
  public List<CareLocation> locations() {
    List<CareLocation> out = new ArrayList<>(1);
    for (Reference ref : resource.getLocation()) {
      Location loc = index.resolve(ref, Location.class);
      if (loc != null) {
        out.add(new CareLocation(loc, index.distanceKm(loc).orElse(Double.NaN)));
      }
    }
    return out;
  }

  /**
   * Returns the distance from the search point, read from the {@code location-distance}
   * extension the server puts on the included location (or on the offer itself).
   *
   * @return km, or empty when the search was not geographic
   */
  public OptionalDouble distanceKm() {
    OptionalDouble own = index.distanceKm(resource);
    if (own.isPresent()) {
      return own;
    }
    return locations().stream().map(CareLocation::distanceKm).filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).min();
  }

  /**
   * Sums the current available beds or places over the offer's locations.
   *
   * @param nature {@link io.github.eparcours.ror.fhir.RorCodes#CAPACITE_LIT} or
   *     {@link io.github.eparcours.ror.fhir.RorCodes#CAPACITE_PLACE}
   * @return the count, or empty when no location publishes it
   */
  public OptionalInt available(Code nature) {
    int sum = 0;
    boolean any = false;
    for (CareLocation l : locations()) {
      OptionalInt a = l.available(nature);
      if (a.isPresent()) {
        sum += a.getAsInt();
        any = true;
      }
    }
    return any ? OptionalInt.of(sum) : OptionalInt.empty();
  }

  /**
   * Returns the HAPI resource (escape hatch: tied to the HAPI version; do not modify it).
   *
   * @return the resource
   */
  public HealthcareService asFhir() {
    return resource;
  }

  @Override
  public String toString() {
    return "CareOffer[" + id().orElse("?") + " " + name().orElse("") + "]";
  }
}
