package io.github.eparcours.ror.fhir;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.ror.internal.FhirRead;
import java.util.Optional;
import org.hl7.fhir.r4.model.ContactPoint;

/**
 * A contact point (phone, fax, e-mail, URL) with the ROR's communication channel when given.
 *
 * <p>Immutable. May carry personal data (a professional's phone): {@link #toString()} omits the
 * value.
 *
 * @since 0.1.0
 */
public final class Telecom {

  private final String system;
  private final String value;
  private final String use;
  private final Code channel;

  private Telecom(String system, String value, String use, Code channel) {
    this.system = system;
    this.value = value;
    this.use = use;
    this.channel = channel;
  }

  /**
   * Reads a HAPI contact point.
   *
   * @param cp the contact point
   * @return the telecom, or empty when it has no value
   */
  public static Optional<Telecom> of(ContactPoint cp) {
    if (cp == null || !cp.hasValue() || cp.getValue().isBlank()) {
      return Optional.empty();
    }
    Code channel = FhirRead.extensionValue(cp, RorSystems.EXT_TELECOM_CHANNEL)
        .flatMap(v -> FhirRead.codeOf(v, null)).orElse(null);
    return Optional.of(new Telecom(cp.hasSystem() ? cp.getSystem().toCode() : "other",
        cp.getValue(), cp.hasUse() ? cp.getUse().toCode() : null, channel));
  }

  /**
   * Returns the kind: {@code phone}, {@code email}, {@code fax}, {@code url}... as on the wire,
   * {@code other} when absent.
   *
   * @return the kind
   */
  public String system() {
    return system;
  }

  /**
   * Returns the number or address.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the use ({@code work}, {@code mobile}...).
   *
   * @return the use, or empty
   */
  public Optional<String> use() {
    return Optional.ofNullable(use);
  }

  /**
   * Returns the ROR communication channel (TRE_R200).
   *
   * @return the channel, or empty
   */
  public Optional<Code> channel() {
    return Optional.ofNullable(channel);
  }

  @Override
  public String toString() {
    return "Telecom[" + system + "]";
  }
}
