package io.github.eparcours.ror.offer;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.internal.FhirRead;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;

/**
 * One capacity figure of a ROR location (extension {@code ror-location-supported-capacity}):
 * how many beds or places are in a given status (installed, available, occupied...).
 *
 * <p>Immutable. Every part may be absent (access profile 5 sees no capacities at all); unknown
 * codes are kept as they came.
 *
 * @since 0.1.0
 */
public final class Capacity {

  private final Code type;
  private final Code status;
  private final Code temporality;
  private final Code gender;
  private final int count;
  private final Instant updatedAt;

  private Capacity(Code type, Code status, Code temporality, Code gender, int count,
      Instant updatedAt) {
    this.type = type;
    this.status = status;
    this.temporality = temporality;
    this.gender = gender;
    this.count = count;
    this.updatedAt = updatedAt;
  }

  /**
   * Reads a capacity extension.
   *
   * @param e the extension
   * @return the capacity
   */
  public static Capacity of(Extension e) {
    Extension n = e.getExtensionByUrl("nbCapacity");
    int count = n != null && n.getValue() instanceof IntegerType i && i.hasValue()
        ? i.getValue() : -1;
    Extension u = e.getExtensionByUrl("capacityUpdateDate");
    Instant updated = u != null && u.getValue() instanceof BaseDateTimeType d
        ? FhirRead.instant(d.getValue()).orElse(null) : null;
    return new Capacity(sub(e, "capacityType", RorSystems.NATURE_CAPACITE),
        sub(e, "capacityStatus", RorSystems.STATUT_CAPACITE),
        sub(e, "temporalityCapacity", RorSystems.TEMPORALITE_CAPACITE),
        sub(e, "genderCapacityAvailable", RorSystems.GENRE_CAPACITE), count, updated);
  }

  private static Code sub(Extension e, String url, String system) {
    Extension s = e.getExtensionByUrl(url);
    return s == null ? null : FhirRead.codeOf(s.getValue(), system).orElse(null);
  }

  /**
   * Returns the nature (TRE_R329: beds, places).
   *
   * @return the nature, or empty
   */
  public Optional<Code> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns the status (TRE_R330: installed, available, occupied, reserved...).
   *
   * @return the status, or empty
   */
  public Optional<Code> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the temporality (TRE_R331: current or forecast).
   *
   * @return the temporality, or empty
   */
  public Optional<Code> temporality() {
    return Optional.ofNullable(temporality);
  }

  /**
   * Returns the gender the capacity is for (TRE_R332).
   *
   * @return the gender, or empty
   */
  public Optional<Code> gender() {
    return Optional.ofNullable(gender);
  }

  /**
   * Returns the count.
   *
   * @return the count, or empty when absent
   */
  public OptionalInt count() {
    return count < 0 ? OptionalInt.empty() : OptionalInt.of(count);
  }

  /**
   * Returns when the figure was last updated.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /**
   * Tells whether this is an "available" figure (status TRE_R330 {@code 02}).
   *
   * @return true if available
   */
  public boolean isAvailable() {
    return status != null && RorSystems.sameConcept(status, RorCodes.STATUT_DISPONIBLE);
  }

  /**
   * Tells whether this is a current figure (temporality absent or TRE_R331 {@code 01}).
   *
   * @return true if current
   */
  public boolean isCurrent() {
    return temporality == null || "01".equals(temporality.code());
  }

  /**
   * Tells whether this figure counts {@code nature} (beds or places).
   *
   * @param nature e.g. {@link RorCodes#CAPACITE_LIT}
   * @return true if of that nature
   */
  public boolean isOf(Code nature) {
    return type != null && RorSystems.sameConcept(type, nature);
  }

  @Override
  public String toString() {
    return "Capacity[" + (type == null ? "?" : type.code()) + " "
        + (status == null ? "?" : status.code()) + " = " + (count < 0 ? "?" : count) + "]";
  }
}
