package io.github.eparcours.dmp.vihf;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a verified VIHF states: its ID, issuer, subject, signing certificate and attributes.
 * Coded attribute values (roles, access mode) are given as {@code code^codeSystem}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the assertion ID
 * @param issuer the issuer DN
 * @param subjectId the {@code Subject/NameID}
 * @param certificate the signing certificate
 * @param attributes the attributes by name, values in document order
 * @since 0.1
 */
public record VerifiedVihf(String id, String issuer, String subjectId, X509Certificate certificate,
    Map<String, List<String>> attributes) {

  /**
   * Copies the attribute map.
   */
  public VerifiedVihf {
    attributes = Map.copyOf(attributes);
  }

  /**
   * Returns the first value of an attribute.
   *
   * @param name the attribute name (see {@link VihfAttributes})
   * @return its first value, or empty when absent
   */
  public Optional<String> first(String name) {
    List<String> v = attributes.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /**
   * Returns every value of an attribute.
   *
   * @param name the attribute name
   * @return the values, empty when absent
   */
  public List<String> all(String name) {
    return attributes.getOrDefault(name, List.of());
  }

  @Override
  public String toString() {
    return "VerifiedVihf[" + id + ", subject " + subjectId + "]";
  }
}
