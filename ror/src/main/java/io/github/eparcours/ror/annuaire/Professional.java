package io.github.eparcours.ror.annuaire;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.internal.FhirRead;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.StringType;

/**
 * A typed, read-only view of a health professional of the Annuaire Santé (Practitioner).
 *
 * <p>Tolerates missing elements. Thread-safe as long as the resource is not modified. Holds
 * personal data: {@link #toString()} shows the id only.
 *
 * @since 0.1.0
 */
public final class Professional {

  private final Practitioner resource;

  /**
   * Wraps a Practitioner.
   *
   * @param resource the resource
   */
  public Professional(Practitioner resource) {
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
   * Returns the national identifier IdNat_PS ({@code 8} + RPPS or {@code 0} + ADELI).
   *
   * @return the identifier, or empty
   */
  public Optional<String> idNatPs() {
    return FhirRead.identifier(resource.getIdentifier(), RorSystems.IDNAT_PS);
  }

  /**
   * Returns the RPPS number.
   *
   * @return the 11-digit RPPS, or empty (e.g. professionals known by ADELI only)
   */
  public Optional<String> rpps() {
    return FhirRead.identifier(resource.getIdentifier(), RorSystems.RPPS)
        .or(() -> idNatPs().filter(v -> v.startsWith("8") && v.length() == 12)
            .map(v -> v.substring(1)));
  }

  /**
   * Returns the ADELI number, derived from an IdNat_PS starting with {@code 0}.
   *
   * @return the 9-character ADELI, or empty
   */
  public Optional<String> adeli() {
    return idNatPs().filter(v -> v.startsWith("0") && v.length() == 10).map(v -> v.substring(1));
  }

  /**
   * Returns the family name of the first (official, when marked) name.
   *
   * @return the family name, or empty
   */
  public Optional<String> familyName() {
    return name().flatMap(n -> FhirRead.text(n.getFamily()));
  }

  /**
   * Returns the given names.
   *
   * @return the given names, possibly empty
   */
  public List<String> givenNames() {
    return name().map(n -> n.getGiven().stream().map(StringType::getValue)
        .filter(s -> s != null && !s.isBlank()).toList()).orElse(List.of());
  }

  private Optional<HumanName> name() {
    return resource.getName().stream()
        .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
        .or(() -> resource.getName().stream().findFirst());
  }

  /**
   * Returns the professions (TRE_G15: 10 médecin, 60 infirmier...).
   *
   * @return the codes
   */
  public List<Code> professions() {
    return qualificationsIn(RorSystems.PROFESSION_SANTE);
  }

  /**
   * Returns the specialties (spécialités ordinales, TRE_R38).
   *
   * @return the codes
   */
  public List<Code> specialties() {
    return qualificationsIn(RorSystems.SPECIALITE_ORDINALE);
  }

  /**
   * Returns every qualification code, unknown systems included.
   *
   * @return the codes
   */
  public List<Code> qualifications() {
    return FhirRead.codes(resource.getQualification().stream()
        .map(Practitioner.PractitionerQualificationComponent::getCode).toList(), null);
  }

  private List<Code> qualificationsIn(String system) {
    return FhirRead.codesIn(resource.getQualification().stream()
        .map(Practitioner.PractitionerQualificationComponent::getCode).toList(), system);
  }

  /**
   * Returns the MSSanté mailboxes attached to the person (PER without structure, CAB).
   *
   * @return the mailboxes
   */
  public List<MssMailbox> mailboxes() {
    return MssMailbox.from(resource.getTelecom());
  }

  /**
   * Tells whether the record is active.
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
  public Practitioner asFhir() {
    return resource;
  }

  @Override
  public String toString() {
    return "Professional[" + id().orElse("?") + "]";
  }
}
