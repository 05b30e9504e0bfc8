package io.github.eparcours.ror.offer;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.PostalAddress;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.Telecom;
import io.github.eparcours.ror.internal.FhirRead;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.Location;

/**
 * A typed, read-only view of a ROR Location (lieu de réalisation de l'offre) with its
 * capacities.
 *
 * <p>Tolerates missing elements. Thread-safe as long as the resource is not modified.
 *
 * @since 0.1.0
 */
public final class CareLocation {

  private final Location resource;
  private final double distanceKm;

  /**
   * Wraps a Location.
   *
   * @param resource the resource
   * @param distanceKm the distance reported by a geographic search, or NaN
   */
  public CareLocation(Location resource, double distanceKm) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.distanceKm = distanceKm;
  }

  /**
   * Returns the logical id.
   *
   * @return the id, or empty
   */
  public Optional<String> id() {
    return FhirRead.text(resource.getIdElement().getIdPart());
  }

  /**
   * Returns the name.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return FhirRead.text(resource.getName());
  }

  /**
   * Returns the commune (COG code, TRE_R13).
   *
   * @return the commune, or empty
   */
  public Optional<Code> commune() {
    return FhirRead.extensionValue(resource, RorSystems.EXT_COMMUNE_COG)
        .flatMap(v -> FhirRead.codeOf(v, RorSystems.COMMUNE));
  }

  /**
   * Returns the address.
   *
   * @return the address, or empty
   */
  public Optional<PostalAddress> address() {
    return PostalAddress.of(resource.getAddress());
  }

  /**
   * Returns the WGS84 latitude.
   *
   * @return the latitude, or empty
   */
  public OptionalDouble latitude() {
    return resource.getPosition().hasLatitude()
        ? OptionalDouble.of(resource.getPosition().getLatitude().doubleValue())
        : OptionalDouble.empty();
  }

  /**
   * Returns the WGS84 longitude.
   *
   * @return the longitude, or empty
   */
  public OptionalDouble longitude() {
    return resource.getPosition().hasLongitude()
        ? OptionalDouble.of(resource.getPosition().getLongitude().doubleValue())
        : OptionalDouble.empty();
  }

  /**
   * Returns the distance from the point of a geographic search ({@code location-distance}).
   *
   * @return km, or empty when the search was not geographic
   */
  public OptionalDouble distanceKm() {
    return Double.isNaN(distanceKm) ? OptionalDouble.empty() : OptionalDouble.of(distanceKm);
  }

  /**
   * Returns every capacity figure.
   *
   * @return the capacities, empty when the access profile hides them
   */
  public List<Capacity> capacities() {
    return resource.getExtensionsByUrl(RorSystems.EXT_SUPPORTED_CAPACITY).stream()
        .map(Capacity::of).toList();
  }

  /**
   * Sums the available ({@code 02}) figures of a nature (beds or places). Forecast figures are
   * left out when the temporality says so (TRE_R331 other than {@code 01}).
   *
   * @param nature e.g. {@link io.github.eparcours.ror.fhir.RorCodes#CAPACITE_LIT}
   * @return the count, or empty when no such figure is published
   */
  public OptionalInt available(Code nature) {
    int sum = 0;
    boolean any = false;
    for (Capacity c : capacities()) {
      if (c.isAvailable() && c.isOf(nature) && c.isCurrent() && c.count().isPresent()) {
        sum += c.count().getAsInt();
        any = true;
      }
    }
    return any ? OptionalInt.of(sum) : OptionalInt.empty();
  }

  /**
   * Returns the contact points.
   *
   * @return the contact points
   */
  public List<Telecom> telecoms() {
    return resource.getTelecom().stream().map(Telecom::of).flatMap(Optional::stream).toList();
  }

  /**
   * Returns the HAPI resource (escape hatch; do not modify it).
   *
   * @return the resource
   */
  public Location asFhir() {
    return resource;
  }

  @Override
  public String toString() {
    return "CareLocation[" + id().orElse("?") + "]";
  }
}
