package io.github.eparcours.core.document.cda;

import java.util.Objects;
import java.util.Optional;

/**
 * An HL7 v3 instance identifier (II): {@code root} (an OID, or a UUID) and optional
 * {@code extension}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the extension, which may be a patient
 * identifier.
 *
 * @param root the root, not null
 * @param extension the extension, or null
 * @since 0.1
 */
public record InstanceIdentifier(String root, String extension) {

  /** Checks that root is present. */
  public InstanceIdentifier {
    Objects.requireNonNull(root, "root");
  }

  /**
   * Returns an identifier without extension (the root is the identifier itself).
   *
   * @param root the OID or UUID
   * @return the identifier
   */
  public static InstanceIdentifier of(String root) {
    return new InstanceIdentifier(root, null);
  }

  /**
   * Returns an identifier with an extension.
   *
   * @param root the OID of the assigning authority
   * @param extension the value
   * @return the identifier
   */
  public static InstanceIdentifier of(String root, String extension) {
    return new InstanceIdentifier(root, extension);
  }

  /**
   * Returns the extension.
   *
   * @return the extension, empty when the root alone identifies
   */
  public Optional<String> extensionValue() {
    return Optional.ofNullable(extension);
  }

  /**
   * Returns the XDS form: {@code root} or {@code root^extension}.
   *
   * @return the XDS uniqueId form
   */
  public String toXdsUniqueId() {
    return extension == null ? root : root + "^" + extension;
  }

  @Override
  public String toString() {
    return "II[" + root + (extension == null ? "" : ", ***") + "]";
  }
}
