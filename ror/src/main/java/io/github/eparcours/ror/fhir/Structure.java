package io.github.eparcours.ror.fhir;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.internal.FhirRead;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;

/**
 * A typed, read-only view of an Organization of the ROR (legal entity, site or internal unit)
 * or of the Annuaire Santé (structure).
 *
 * <p>Tolerates missing elements (every accessor returns empty rather than failing). Thread-safe
 * as long as the underlying resource is not modified. {@link #asFhir()} gives the HAPI resource.
 *
 * @since 0.1.0
 */
public final class Structure {

  private final Organization resource;

  /**
   * Wraps an Organization.
   *
   * @param resource the resource
   */
  public Structure(Organization resource) {
    this.resource = Objects.requireNonNull(resource, "resource");
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
   * Returns the name.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return FhirRead.text(resource.getName());
  }

  /**
   * Returns the FINESS number (EJ or EG), from the FINESS identifier or from an IdNat_Struct
   * starting with {@code 1}.
   *
   * @return the 9-character FINESS, or empty
   */
  public Optional<String> finess() {
    return FhirRead.identifier(resource.getIdentifier(), RorSystems.FINESS)
        .or(() -> idNatStruct().filter(v -> v.startsWith("1") && v.length() == 10)
            .map(v -> v.substring(1)));
  }

  /**
   * Returns the SIRET.
   *
   * @return the 14-digit SIRET, or empty
   */
  public Optional<String> siret() {
    return FhirRead.identifier(resource.getIdentifier(), RorSystems.SIRET)
        .or(() -> idNatStruct().filter(v -> v.startsWith("3") && v.length() == 15)
            .map(v -> v.substring(1)));
  }

  /**
   * Returns the national structure identifier (IdNat_Struct).
   *
   * @return the identifier, or empty
   */
  public Optional<String> idNatStruct() {
    return FhirRead.identifier(resource.getIdentifier(), RorSystems.IDNAT_STRUCT);
  }

  /**
   * Returns all identifiers as {@code system|value} pairs, unknown systems included.
   *
   * @return the identifiers
   */
  public List<Code> identifiers() {
    return resource.getIdentifier().stream().filter(Identifier::hasValue)
        .filter(i -> i.hasSystem() && !i.getSystem().isBlank())
        .map(i -> Code.of(i.getValue(), i.getSystem())).toList();
  }

  /**
   * Returns the types (category of establishment, internal-unit type, sector...).
   *
   * @return the codes, unknown ones kept
   */
  public List<Code> types() {
    return FhirRead.codes(resource.getType(), null);
  }

  /**
   * Returns the first address.
   *
   * @return the address, or empty
   */
  public Optional<PostalAddress> address() {
    return resource.getAddress().stream().map(PostalAddress::of).flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Returns the id of the parent organisation ({@code partOf}).
   *
   * @return the parent id, or empty when this is a top-level structure or the link is hidden
   */
  public Optional<String> parentId() {
    return resource.hasPartOf() && resource.getPartOf().hasReference()
        ? FhirRead.text(resource.getPartOf().getReferenceElement().getIdPart())
        : Optional.empty();
  }

  /**
   * Returns the contact points, MSSanté mailboxes included (typed in the Annuaire views).
   *
   * @return the contact points
   */
  public List<Telecom> telecoms() {
    return resource.getTelecom().stream().map(Telecom::of).flatMap(Optional::stream).toList();
  }

  /**
   * Tells whether the organisation is marked active.
   *
   * @return the flag, or empty when absent
   */
  public Optional<Boolean> active() {
    return resource.hasActive() ? Optional.of(resource.getActive()) : Optional.empty();
  }

  /**
   * Returns the HAPI resource (escape hatch: tied to the HAPI version; do not modify it).
   *
   * @return the resource
   */
  public Organization asFhir() {
    return resource;
  }

  @Override
  public String toString() {
    return "Structure[" + id().orElse("?") + " " + name().orElse("") + "]";
  }
}
