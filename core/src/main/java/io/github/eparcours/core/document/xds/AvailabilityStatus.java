package io.github.eparcours.core.document.xds;

import java.util.Objects;

/**
 * The availability status of a registry object, an open vocabulary: values the SDK does not know
 * (such as the DMP's {@code urn:asip:ci-sis:2010:StatusType:*}) are kept as received.
 *
 * <p>Immutable and thread-safe; compare with {@link #equals(Object)}.
 *
 * @since 0.1
 */
public final class AvailabilityStatus {

  /** The object is current. */
  public static final AvailabilityStatus APPROVED =
      new AvailabilityStatus("urn:oasis:names:tc:ebxml-regrep:StatusType:Approved");
  /** The object was replaced or withdrawn. */
  public static final AvailabilityStatus DEPRECATED =
      new AvailabilityStatus("urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated");
  /** The object is submitted (ebRIM; rarely seen in XDS). */
  public static final AvailabilityStatus SUBMITTED =
      new AvailabilityStatus("urn:oasis:names:tc:ebxml-regrep:StatusType:Submitted");
  /** DMP: logically deleted (TD3.3c). */
  public static final AvailabilityStatus DMP_DELETED =
      new AvailabilityStatus("urn:asip:ci-sis:2010:StatusType:Deleted");
  /** DMP: archived (TD3.3d). */
  public static final AvailabilityStatus DMP_ARCHIVED =
      new AvailabilityStatus("urn:asip:ci-sis:2010:StatusType:Archived");

  private static final java.util.List<AvailabilityStatus> KNOWN =
      java.util.List.of(APPROVED, DEPRECATED, SUBMITTED, DMP_DELETED, DMP_ARCHIVED);

  private final String value;

  private AvailabilityStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the status for a wire value, known or not.
   *
   * @param value the URN as received, not null
   * @return the status
   */
  public static AvailabilityStatus of(String value) {
    Objects.requireNonNull(value, "value");
    for (AvailabilityStatus s : KNOWN) {
      if (s.value.equals(value)) {
        return s;
      }
    }
    return new AvailabilityStatus(value);
  }

  /**
   * Returns the URN as on the wire.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether this status is one of the constants of this class.
   *
   * @return true when known to the SDK
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AvailabilityStatus s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
