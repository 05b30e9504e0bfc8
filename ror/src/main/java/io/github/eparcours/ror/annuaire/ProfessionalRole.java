package io.github.eparcours.ror.annuaire;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.internal.BundleIndex;
import io.github.eparcours.ror.internal.FhirRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * A typed, read-only view of a professional's practice situation in a structure (Annuaire
 * PractitionerRole), linked to the Practitioner and Organization the Bundle included.
 *
 * <p>Tolerates missing elements. Thread-safe as long as the resources are not modified.
 *
 * @since 0.1.0
 */
public final class ProfessionalRole {

  private final PractitionerRole resource;
  private final BundleIndex index;

  ProfessionalRole(PractitionerRole resource, BundleIndex index) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.index = index;
  }

  /**
   * Wraps a role read on its own.
   *
   * @param resource the resource
   */
  public ProfessionalRole(PractitionerRole resource) {
    this(resource, BundleIndex.empty());
  }

  /**
   * Maps the matches of a search Bundle (internal use by the client).
   *
   * @param index the bundle index
   * @return the roles, in Bundle order
   */
  public static List<ProfessionalRole> fromIndex(BundleIndex index) {
    List<ProfessionalRole> out = new ArrayList<>();
    for (var r : index.matches()) {
      if (r instanceof PractitionerRole pr) {
        out.add(new ProfessionalRole(pr, index));
      }
    }
    return out;
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
   * Returns the id of the professional.
   *
   * @return the Practitioner id, or empty
   */
  public Optional<String> professionalId() {
    return resource.getPractitioner().hasReference()
        ? FhirRead.text(resource.getPractitioner().getReferenceElement().getIdPart())
        : Optional.empty();
  }

  /**
   * Returns the id of the structure.
   *
   * @return the Organization id, or empty
   */
  public Optional<String> structureId() {
    return resource.getOrganization().hasReference()
        ? FhirRead.text(resource.getOrganization().getReferenceElement().getIdPart())
        : Optional.empty();
  }

  /**
   * Returns the professional, when the Bundle included it.
   *
   * @return the professional, or empty
   */
  public Optional<Professional> professional() {
    return Optional.ofNullable(index.resolve(resource.getPractitioner(), Practitioner.class))
        .map(Professional::new);
  }

  /**
   * Returns the structure, when the Bundle included it.
   *
   * @return the structure, or empty
   */
  public Optional<Structure> structure() {
    return Optional.ofNullable(index.resolve(resource.getOrganization(), Organization.class))
        .map(Structure::new);
  }

  /**
   * Returns the role codes (profession TRE_G15, role TRE_R85...).
   *
   * @return the codes
   */
  public List<Code> codes() {
    return FhirRead.codes(resource.getCode(), null);
  }

  /**
   * Returns the specialties (TRE_R38).
   *
   * @return the codes
   */
  public List<Code> specialties() {
    return FhirRead.codesIn(resource.getSpecialty(), RorSystems.SPECIALITE_ORDINALE);
  }

  /**
   * Returns the MSSanté mailboxes of this situation (PER mailboxes tied to the structure).
   *
   * @return the mailboxes
   */
  public List<MssMailbox> mailboxes() {
    return MssMailbox.from(resource.getTelecom());
  }

  /**
   * Tells whether the situation is active.
   *
   * @return the flag, or empty
   */
  public Optional<Boolean> active() {
    return resource.hasActive() ? Optional.of(resource.getActive()) : Optional.empty();
  }

  /**
   * Returns the HAPI resource (escape hatch; do not modify it).
   *
   * @return the resource
   */
  public PractitionerRole asFhir() {
    return resource;
  }

  @Override
  public String toString() {
    return "ProfessionalRole[" + id().orElse("?") + "]";
  }
}
