package io.github.eparcours.ror.internal;

import io.github.eparcours.ror.fhir.RorSystems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Distance;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Index of one search Bundle: resolves references between its entries (matches and includes) by
 * {@code Type/id} or full URL, and keeps the distance each entry carries in {@code
 * entry.search}. Immutable after construction, so views built on it are thread-safe.
 */
public final class BundleIndex {

  private static final BundleIndex EMPTY = new BundleIndex();

  private final Map<String, Resource> byKey = new HashMap<>();
  private final Map<Resource, Double> distances = new IdentityHashMap<>();
  private final List<Resource> matches = new ArrayList<>();

  private BundleIndex() {}

  /**
   * Returns an index that resolves nothing (for resources read on their own).
   *
   * @return the empty index
   */
  public static BundleIndex empty() {
    return EMPTY;
  }

  /**
   * Indexes a search Bundle.
   *
   * @param bundle the bundle
   * @param matchType the resource type of the search (entries of this type without a search
   *     mode are taken as matches)
   * @return the index
   */
  public static BundleIndex of(Bundle bundle, String matchType) {
    BundleIndex index = new BundleIndex();
    for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
      Resource r = e.getResource();
      if (r == null) {
        continue;
      }
      IdType id = r.getIdElement();
      if (id.hasIdPart()) {
        index.byKey.putIfAbsent(r.fhirType() + "/" + id.getIdPart(), r);
      }
      if (e.hasFullUrl()) {
        index.byKey.putIfAbsent(e.getFullUrl(), r);
      }
      Bundle.BundleEntrySearchComponent s = e.getSearch();
      Extension d = s.getExtensionByUrl(RorSystems.EXT_LOCATION_DISTANCE);
      if (d != null && d.getValue() instanceof Distance dist && dist.hasValue()) {
        double km = dist.getValue().doubleValue();
        if ("m".equals(dist.getCode())) {
          km /= 1000;
        }
        index.distances.put(r, km);
      }
      boolean match = s.hasMode() ? s.getMode() == Bundle.SearchEntryMode.MATCH
          : r.fhirType().equals(matchType);
      if (match && r.fhirType().equals(matchType)) {
        index.matches.add(r);
      }
    }
    return index;
  }

  /**
   * Returns the matches, in Bundle order.
   *
   * @return the matches
   */
  public List<Resource> matches() {
    return matches;
  }

  /**
   * Resolves a reference against the Bundle.
   *
   * @param ref the reference, may be null or empty
   * @param type the expected type
   * @param <T> the type
   * @return the resource, or null when not in the Bundle (e.g. not included)
   */
  public <T extends Resource> T resolve(Reference ref, Class<T> type) {
    if (ref == null) {
      return null;
    }
    if (ref.getResource() != null && type.isInstance(ref.getResource())) {
      return type.cast(ref.getResource());
    }
    if (!ref.hasReference()) {
      return null;
    }
    Resource r = byKey.get(ref.getReference());
    if (r == null) {
      org.hl7.fhir.instance.model.api.IIdType id = ref.getReferenceElement();
      if (id.hasResourceType() && id.hasIdPart()) {
        r = byKey.get(id.getResourceType() + "/" + id.getIdPart());
      }
    }
    return type.isInstance(r) ? type.cast(r) : null;
  }

  /**
   * Returns the distance an entry carries after a geographic search.
   *
   * @param r the resource
   * @return km, or empty
   */
  public OptionalDouble distanceKm(Resource r) {
    Double d = distances.get(r);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }
}
