package io.github.eparcours.core.document.xds;

import java.util.List;

/**
 * The availability status of a registry object, an open vocabulary: values the SDK does not know
 * (such as the DMP's {@code urn:asip:ci-sis:2010:StatusType:*}) are kept as received.
 *
 * <p>Immutable and thread-safe; compare with {@link #equals(Object)}.
 *
 * @since 0.1
 */
public final class AvailabilityStatus extends OpenValue {

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

  private static final List<AvailabilityStatus> KNOWN =
      List.of(APPROVED, DEPRECATED, SUBMITTED, DMP_DELETED, DMP_ARCHIVED);

  private AvailabilityStatus(String value) {
    super(value);
  }

  /**
   * Returns the status for a wire value, known or not.
   *
   * @param value the URN as received, not null
   * @return the status
   */
  public static AvailabilityStatus of(String value) {
    return lookup(KNOWN, value, AvailabilityStatus::new);
  }

  /**
   * Tells whether this status is one of the constants of this class.
   *
   * @return true when known to the SDK
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }
}
