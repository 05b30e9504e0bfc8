package io.github.eparcours.core.document.xds;

import java.util.List;

/**
 * The type of an XDS association, an open vocabulary: unknown URNs are kept as received.
 *
 * <p>Immutable and thread-safe; compare with {@link #equals(Object)}.
 *
 * @since 0.1
 */
public final class AssociationType extends OpenValue {

  /** Submission set or folder membership. */
  public static final AssociationType HAS_MEMBER =
      new AssociationType("urn:oasis:names:tc:ebxml-regrep:AssociationType:HasMember");
  /** Replacement of a document. */
  public static final AssociationType REPLACE =
      new AssociationType("urn:ihe:iti:2007:AssociationType:RPLC");
  /** Transformation of a document. */
  public static final AssociationType TRANSFORM =
      new AssociationType("urn:ihe:iti:2007:AssociationType:XFRM");
  /** Addendum to a document. */
  public static final AssociationType APPEND =
      new AssociationType("urn:ihe:iti:2007:AssociationType:APND");
  /** Transformation that replaces. */
  public static final AssociationType TRANSFORM_REPLACE =
      new AssociationType("urn:ihe:iti:2007:AssociationType:XFRM_RPLC");
  /** A signature document signs its target (the DMP's XAdES submission-set signature). */
  public static final AssociationType SIGNS =
      new AssociationType("urn:ihe:iti:2007:AssociationType:signs");
  /** Snapshot of an on-demand document. */
  public static final AssociationType IS_SNAPSHOT_OF =
      new AssociationType("urn:ihe:iti:2010:AssociationType:IsSnapshotOf");
  /** ITI-57 change of availability status (DMP delete / archive). */
  public static final AssociationType UPDATE_AVAILABILITY_STATUS =
      new AssociationType("urn:ihe:iti:2010:AssociationType:UpdateAvailabilityStatus");

  private static final List<AssociationType> KNOWN = List.of(HAS_MEMBER, REPLACE, TRANSFORM,
      APPEND, TRANSFORM_REPLACE, SIGNS, IS_SNAPSHOT_OF, UPDATE_AVAILABILITY_STATUS);

  private AssociationType(String value) {
    super(value);
  }

  /**
   * Returns the type for a wire value, known or not.
   *
   * @param value the URN, not null
   * @return the type
   */
  public static AssociationType of(String value) {
    return lookup(KNOWN, value, AssociationType::new);
  }

  /**
   * Tells whether this type is one of this class's constants.
   *
   * @return true when known
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Tells whether this type relates two documents (RPLC, XFRM, APND, XFRM_RPLC, signs).
   *
   * @return true for a document relationship
   */
  public boolean isDocumentRelationship() {
    return equals(REPLACE) || equals(TRANSFORM) || equals(APPEND) || equals(TRANSFORM_REPLACE)
        || equals(SIGNS);
  }
}
