package io.github.eparcours.testkit.ror.internal;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.testkit.ror.RorFixtures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The fake's search engine over the fixtures. Parameters follow FHIR search rules (repeated
 * parameter = AND, comma = OR, modifiers after a colon); unknown parameters are refused with a
 * 400 as the national servers do, so a client that sends a parameter the server does not
 * support finds out in tests.
 */
public final class FixtureSearch {

  /** User-data key carrying the distance in km on per-request Location copies. */
  public static final String DISTANCE_KEY = "io.github.eparcours.testkit.ror.distanceKm";

  private static final Set<String> CONTROL = Set.of("_include", "_include:iterate",
      "_revinclude", "_count", "_format", "_pretty", "_summary", "_total", "_sort");
  private static final Set<String> CAPACITY = Set.of("capacity-status", "capacity-type",
      "temporality-capacity", "nb-capacity", "gender-capacity-available");

  private final Map<String, HealthcareService> offers = new LinkedHashMap<>();
  private final Map<String, Location> locations = new LinkedHashMap<>();
  private final Map<String, Organization> rorOrganizations = new LinkedHashMap<>();
  private final Map<String, Organization> annuaireOrganizations = new LinkedHashMap<>();
  private final Map<String, Practitioner> practitioners = new LinkedHashMap<>();
  private final Map<String, PractitionerRole> roles = new LinkedHashMap<>();

  /**
   * Indexes the fixtures.
   *
   * @param f the fixtures
   */
  public FixtureSearch(RorFixtures f) {
    f.offers().forEach(r -> offers.put(r.getIdElement().getIdPart(), r));
    f.locations().forEach(r -> locations.put(r.getIdElement().getIdPart(), r));
    f.rorOrganizations().forEach(r -> rorOrganizations.put(r.getIdElement().getIdPart(), r));
    f.annuaireOrganizations()
        .forEach(r -> annuaireOrganizations.put(r.getIdElement().getIdPart(), r));
    f.practitioners().forEach(r -> practitioners.put(r.getIdElement().getIdPart(), r));
    f.practitionerRoles().forEach(r -> roles.put(r.getIdElement().getIdPart(), r));
  }

  /** Which side of the fake a search runs on. */
  public enum Side { ROR, ANNUAIRE }

  /**
   * Reads a resource by type and id.
   *
   * @param side the service
   * @param type the resource type
   * @param id the id
   * @return the resource, or empty
   */
  public Optional<Resource> read(Side side, String type, String id) {
    Map<String, ? extends Resource> m = switch (type) {
      case "HealthcareService" -> side == Side.ROR ? offers : Map.of();
      case "Location" -> side == Side.ROR ? locations : Map.of();
      case "Organization" -> side == Side.ROR ? rorOrganizations : annuaireOrganizations;
      case "Practitioner" -> side == Side.ANNUAIRE ? practitioners : Map.of();
      case "PractitionerRole" -> side == Side.ANNUAIRE ? roles : Map.of();
      default -> Map.of();
    };
    return Optional.ofNullable(m.get(id));
  }

  // ------------------------------------------------------------------ HealthcareService

  /**
   * Searches the offers.
   *
   * @param params the query parameters
   * @return the matches, sorted by distance when the search was geographic
   */
  public List<Resource> offers(Map<String, String[]> params) {
    checkKnown("HealthcareService", params, Set.of("_id", "_tag", "_lastUpdated", "active",
        "identifier", "name", "service-type", "service-category", "specialty", "characteristic",
        "organization", "organization.identifier", "organization.name", "organization.type",
        "location", "location.commune-cog", "location.address-postalcode",
        "location.address-city", "location.near-insee-code", "location.capacity-status",
        "location.capacity-type", "location.temporality-capacity", "location.nb-capacity",
        "location.gender-capacity-available"));
    Near near = near(params.get("location.near-insee-code"));
    Map<String, String[]> capacity = capacityCriteria(params, "location.");
    List<Resource> out = new ArrayList<>();
    Map<Resource, Double> distances = new HashMap<>();
    for (HealthcareService hs : offers.values()) {
      if (!matchAll(params, (name, value) -> offerParam(hs, name, value))) {
        continue;
      }
      Location loc = (Location) hs.getLocationFirstRep().getResource();
      if (!capacity.isEmpty() && (loc == null || !capacityMatches(loc, capacity))) {
        continue;
      }
      if (near != null) {
        if (loc == null || !loc.hasPosition()) {
          continue;
        }
        double km = near.distanceTo(loc);
        if (km > near.radiusKm) {
          continue;
        }
        HealthcareService copy = withDistance(hs, loc, km);
        distances.put(copy, km);
        out.add(copy);
      } else {
        out.add(hs);
      }
    }
    if (near != null) {
      out.sort(Comparator.comparing(distances::get));
    }
    return out;
  }

  private static HealthcareService withDistance(HealthcareService hs, Location loc, double km) {
    HealthcareService copy = hs.copy();
    Location locCopy = loc.copy();
    locCopy.setUserData(DISTANCE_KEY, km);
    copy.getLocationFirstRep().setResource(locCopy);
    copy.getProvidedBy().setResource(hs.getProvidedBy().getResource());
    return copy;
  }

  private boolean offerParam(HealthcareService hs, String name, String value) {
    String[] nm = name.split(":", 2);
    String base = nm[0];
    String modifier = nm.length > 1 ? nm[1] : null;
    Location loc = (Location) hs.getLocationFirstRep().getResource();
    switch (base) {
      case "_id":
        return hs.getIdElement().getIdPart().equals(value);
      case "_tag":
        return Match.token(hs.getMeta().getTag(), value);
      case "_lastUpdated":
        return Match.date(hs.getMeta().getLastUpdated(), value);
      case "active":
        return Boolean.parseBoolean(value) == hs.getActive();
      case "identifier":
        return Match.identifier(hs.getIdentifier(), value);
      case "name":
        return Match.string(hs.getName(), value, modifier);
      case "service-type":
        return Match.tokenInConcepts(hs.getType(), value);
      case "service-category":
        return Match.tokenInConcepts(hs.getCategory(), value);
      case "specialty":
        return Match.tokenInConcepts(hs.getSpecialty(), value);
      case "characteristic":
        return Match.tokenInConcepts(hs.getCharacteristic(), value);
      case "organization":
        return Match.reference(hs.getProvidedBy(), value);
      case "organization.identifier":
        return orgChain(hs).stream().anyMatch(o -> Match.identifier(o.getIdentifier(), value));
      case "organization.name":
        return orgChain(hs).stream().anyMatch(o -> Match.string(o.getName(), value, modifier));
      case "organization.type":
        return orgChain(hs).stream().anyMatch(o -> Match.tokenInConcepts(o.getType(), value));
      case "location":
        return Match.reference(hs.getLocationFirstRep(), value);
      default:
        if (base.startsWith("location.")) {
          return loc != null && locationParam(loc, base.substring("location.".length()), modifier,
              value);
        }
        throw unknown("HealthcareService", name);
    }
  }

  private static List<Organization> orgChain(HealthcareService hs) {
    List<Organization> chain = new ArrayList<>();
    Organization o = (Organization) hs.getProvidedBy().getResource();
    while (o != null && chain.size() < 10) {
      chain.add(o);
      o = (Organization) o.getPartOf().getResource();
    }
    return chain;
  }

  // ------------------------------------------------------------------ Location

  /**
   * Searches the locations.
   *
   * @param params the query parameters
   * @return the matches
   */
  public List<Resource> locations(Map<String, String[]> params) {
    checkKnown("Location", params, Set.of("_id", "_lastUpdated", "commune-cog",
        "address-postalcode", "address-city", "near-insee-code", "capacity-status",
        "capacity-type", "temporality-capacity", "nb-capacity", "gender-capacity-available"));
    Near near = near(params.get("near-insee-code"));
    Map<String, String[]> capacity = capacityCriteria(params, "");
    List<Resource> out = new ArrayList<>();
    for (Location loc : locations.values()) {
      if (!matchAll(params, (name, value) -> {
        String[] nm = name.split(":", 2);
        if (nm[0].equals("_id")) {
          return loc.getIdElement().getIdPart().equals(value);
        }
        if (nm[0].equals("_lastUpdated")) {
          return Match.date(loc.getMeta().getLastUpdated(), value);
        }
        return locationParam(loc, nm[0], nm.length > 1 ? nm[1] : null, value);
      })) {
        continue;
      }
      if (!capacity.isEmpty() && !capacityMatches(loc, capacity)) {
        continue;
      }
      if (near != null) {
        if (!loc.hasPosition() || near.distanceTo(loc) > near.radiusKm) {
          continue;
        }
        Location copy = loc.copy();
        copy.setUserData(DISTANCE_KEY, near.distanceTo(loc));
        out.add(copy);
      } else {
        out.add(loc);
      }
    }
    return out;
  }

  private boolean locationParam(Location loc, String name, String modifier, String value) {
    if (CAPACITY.contains(name) || name.equals("near-insee-code")) {
      return true; // evaluated together, see capacityMatches and near
    }
    switch (name) {
      case "commune-cog":
        Extension cog = loc.getExtensionByUrl(RorSystems.EXT_COMMUNE_COG);
        return cog != null && cog.getValue() instanceof Coding c && Match.token(List.of(c), value);
      case "address-postalcode":
        return loc.getAddress().hasPostalCode()
            && loc.getAddress().getPostalCode().startsWith(value);
      case "address-city":
        return Match.string(loc.getAddress().getCity(), value, modifier);
      default:
        throw unknown("Location", name);
    }
  }

  private static Map<String, String[]> capacityCriteria(Map<String, String[]> params,
      String prefix) {
    Map<String, String[]> out = new HashMap<>();
    params.forEach((k, v) -> {
      if (k.startsWith(prefix) && CAPACITY.contains(k.substring(prefix.length()))) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /** All capacity criteria must hold on one and the same capacity occurrence. */
  private static boolean capacityMatches(Location loc, Map<String, String[]> criteria) {
    for (Extension cap : loc.getExtensionsByUrl(RorSystems.EXT_SUPPORTED_CAPACITY)) {
      boolean all = true;
      for (Map.Entry<String, String[]> c : criteria.entrySet()) {
        for (String value : c.getValue()) {
          if (!Match.orList(value).stream().anyMatch(v -> capacityValue(cap, c.getKey(), v))) {
            all = false;
          }
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean capacityValue(Extension cap, String name, String value) {
    String sub = switch (name) {
      case "capacity-status" -> "capacityStatus";
      case "capacity-type" -> "capacityType";
      case "temporality-capacity" -> "temporalityCapacity";
      case "gender-capacity-available" -> "genderCapacityAvailable";
      default -> "nbCapacity";
    };
    Extension e = cap.getExtensionByUrl(sub);
    if (e == null) {
      return false;
    }
    if (sub.equals("nbCapacity")) {
      return e.getValue() instanceof IntegerType n && Match.number(n.getValue(), value);
    }
    return e.getValue() instanceof org.hl7.fhir.r4.model.CodeableConcept cc
        && Match.token(cc.getCoding(), value);
  }

  private record Near(double lat, double lon, double radiusKm) {
    double distanceTo(Location loc) {
      return Communes.distanceKm(lat, lon, loc.getPosition().getLatitude().doubleValue(),
          loc.getPosition().getLongitude().doubleValue());
    }
  }

  private static Near near(String[] values) {
    if (values == null || values.length == 0) {
      return null;
    }
    String[] parts = values[0].split("\\|");
    if (parts.length < 2 || (parts.length == 3 && !parts[2].equals("km"))) {
      throw new InvalidRequestException(
          "near-insee-code must be <COG code>|<distance>|km, got: " + values[0]);
    }
    Communes.Commune c = Communes.byCog(parts[0]).orElseThrow(() ->
        new InvalidRequestException("Unknown commune COG code: " + parts[0]));
    double radius;
    try {
      radius = Double.parseDouble(parts[1]);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("Invalid distance in near-insee-code: " + parts[1]);
    }
    return new Near(c.lat(), c.lon(), radius);
  }

  // ------------------------------------------------------------------ Organization

  /**
   * Searches the organisations.
   *
   * @param side ROR or Annuaire
   * @param params the query parameters
   * @return the matches
   */
  public List<Resource> organizations(Side side, Map<String, String[]> params) {
    checkKnown("Organization", params, side == Side.ROR
        ? Set.of("_id", "_lastUpdated", "active", "identifier", "name", "type", "partof",
            "address-city", "address-postalcode")
        : Set.of("_id", "_lastUpdated", "active", "identifier", "name", "type", "partof",
            "address-city", "address-postalcode", "mailbox-mss"));
    Map<String, Organization> source = side == Side.ROR ? rorOrganizations : annuaireOrganizations;
    List<Resource> out = new ArrayList<>();
    for (Organization o : source.values()) {
      if (matchAll(params, (name, value) -> organizationParam(side, o, name, value))) {
        out.add(o);
      }
    }
    return out;
  }

  private static boolean organizationParam(Side side, Organization o, String name,
      String value) {
    String[] nm = name.split(":", 2);
    String modifier = nm.length > 1 ? nm[1] : null;
    switch (nm[0]) {
      case "_id":
        return o.getIdElement().getIdPart().equals(value);
      case "_lastUpdated":
        return Match.date(o.getMeta().getLastUpdated(), value);
      case "active":
        return Boolean.parseBoolean(value) == o.getActive();
      case "identifier":
        return Match.identifier(o.getIdentifier(), value);
      case "name":
        return Match.string(o.getName(), value, modifier);
      case "type":
        return Match.tokenInConcepts(o.getType(), value);
      case "partof":
        return Match.reference(o.getPartOf(), value);
      case "address-city":
        return o.getAddress().stream().anyMatch(a -> Match.string(a.getCity(), value, modifier));
      case "address-postalcode":
        return o.getAddress().stream().anyMatch(a -> a.hasPostalCode()
            && a.getPostalCode().startsWith(value));
      case "mailbox-mss":
        if (side == Side.ANNUAIRE) {
          return Match.mailbox(o.getTelecom(), value, modifier);
        }
        throw unknown("Organization", name);
      default:
        throw unknown("Organization", name);
    }
  }

  // ------------------------------------------------------------------ Practitioner(Role)

  /**
   * Searches the practitioners (Annuaire).
   *
   * @param params the query parameters
   * @return the matches
   */
  public List<Resource> practitioners(Map<String, String[]> params) {
    checkKnown("Practitioner", params, Set.of("_id", "_lastUpdated", "active", "identifier",
        "family", "given", "name", "qualification-code", "mailbox-mss"));
    List<Resource> out = new ArrayList<>();
    for (Practitioner p : practitioners.values()) {
      if (matchAll(params, (name, value) -> practitionerParam(p, name, value))) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean practitionerParam(Practitioner p, String name, String value) {
    String[] nm = name.split(":", 2);
    String modifier = nm.length > 1 ? nm[1] : null;
    switch (nm[0]) {
      case "_id":
        return p.getIdElement().getIdPart().equals(value);
      case "_lastUpdated":
        return Match.date(p.getMeta().getLastUpdated(), value);
      case "active":
        return Boolean.parseBoolean(value) == p.getActive();
      case "identifier":
        return Match.identifier(p.getIdentifier(), value);
      case "family":
        return p.getName().stream().anyMatch(n -> Match.string(n.getFamily(), value, modifier));
      case "given":
        return p.getName().stream().anyMatch(n -> n.getGiven().stream()
            .anyMatch(g -> Match.string(g.getValue(), value, modifier)));
      case "name":
        return p.getName().stream().anyMatch(n -> Match.string(n.getFamily(), value, modifier)
            || n.getGiven().stream().anyMatch(g -> Match.string(g.getValue(), value, modifier)));
      case "qualification-code":
        return p.getQualification().stream()
            .anyMatch(q -> Match.token(q.getCode().getCoding(), value));
      case "mailbox-mss":
        return Match.mailbox(p.getTelecom(), value, modifier);
      default:
        throw unknown("Practitioner", name);
    }
  }

  /**
   * Searches the practitioner roles (Annuaire).
   *
   * @param params the query parameters
   * @return the matches
   */
  public List<Resource> roles(Map<String, String[]> params) {
    checkKnown("PractitionerRole", params, Set.of("_id", "_lastUpdated", "active", "identifier",
        "practitioner", "organization", "role", "mailbox-mss"));
    List<Resource> out = new ArrayList<>();
    for (PractitionerRole r : roles.values()) {
      if (matchAll(params, (name, value) -> roleParam(r, name, value))) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean roleParam(PractitionerRole r, String name, String value) {
    String[] nm = name.split(":", 2);
    String modifier = nm.length > 1 ? nm[1] : null;
    switch (nm[0]) {
      case "_id":
        return r.getIdElement().getIdPart().equals(value);
      case "_lastUpdated":
        return Match.date(r.getMeta().getLastUpdated(), value);
      case "active":
        return Boolean.parseBoolean(value) == r.getActive();
      case "identifier":
        return Match.identifier(r.getIdentifier(), value);
      case "practitioner":
        return Match.reference(r.getPractitioner(), value);
      case "organization":
        return Match.reference(r.getOrganization(), value);
      case "role":
        return Match.tokenInConcepts(r.getCode(), value);
      case "mailbox-mss":
        return Match.mailbox(r.getTelecom(), value, modifier);
      default:
        throw unknown("PractitionerRole", name);
    }
  }

  // ------------------------------------------------------------------ common

  private static boolean matchAll(Map<String, String[]> params,
      BiPredicate<String, String> predicate) {
    for (Map.Entry<String, String[]> p : params.entrySet()) {
      if (CONTROL.contains(p.getKey())) {
        continue;
      }
      for (String value : p.getValue()) {
        if (!Match.orList(value).stream().anyMatch(v -> predicate.test(p.getKey(), v))) {
          return false;
        }
      }
    }
    return true;
  }

  private static void checkKnown(String type, Map<String, String[]> params, Set<String> known) {
    for (String key : params.keySet()) {
      if (!CONTROL.contains(key) && !known.contains(key.split(":", 2)[0])) {
        throw unknown(type, key);
      }
    }
  }

  private static InvalidRequestException unknown(String type, String name) {
    return new InvalidRequestException("Unknown search parameter \"" + name
        + "\" for resource type \"" + type + "\"");
  }

  /**
   * Returns the resource a reference points to in the fixtures, for includes.
   *
   * @param ref the reference
   * @return the resource, or null
   */
  static Resource resolved(Reference ref) {
    return (Resource) ref.getResource();
  }
}
