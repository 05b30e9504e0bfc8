package io.github.eparcours.ror.fhir;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.StringType;

/**
 * A postal address as the directories publish it.
 *
 * <p>Immutable; lists never null; absent parts are empty.
 *
 * @since 0.1.0
 */
public final class PostalAddress {

  private final List<String> lines;
  private final String postalCode;
  private final String city;

  private PostalAddress(List<String> lines, String postalCode, String city) {
    this.lines = List.copyOf(lines);
    this.postalCode = postalCode;
    this.city = city;
  }

  /**
   * Reads a HAPI address.
   *
   * @param a the address, may be null
   * @return the address, or empty when absent or empty
   */
  public static Optional<PostalAddress> of(Address a) {
    if (a == null || a.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PostalAddress(
        a.getLine().stream().map(StringType::getValue).filter(s -> s != null && !s.isBlank())
            .toList(),
        a.hasPostalCode() ? a.getPostalCode() : null, a.hasCity() ? a.getCity() : null));
  }

  /**
   * Returns the street lines.
   *
   * @return the lines, possibly empty
   */
  public List<String> lines() {
    return lines;
  }

  /**
   * Returns the postal code.
   *
   * @return the postal code, or empty
   */
  public Optional<String> postalCode() {
    return Optional.ofNullable(postalCode);
  }

  /**
   * Returns the city.
   *
   * @return the city, or empty
   */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  @Override
  public String toString() {
    return "PostalAddress[" + (postalCode == null ? "" : postalCode) + " "
        + (city == null ? "" : city) + "]";
  }
}
