package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.xds.internal.Ids;

/**
 * Generation of XDS identifiers. Thread-safe.
 *
 * @since 0.1
 */
public final class XdsIds {

  private XdsIds() {}

  /**
   * Returns a new globally unique OID for a uniqueId when the caller has no OID root of its own:
   * {@code 2.25.<uuid as an unsigned integer>} (ITU-T X.667), at most 44 characters.
   *
   * @return the OID
   */
  public static String newUniqueId() {
    return Ids.newOid();
  }

  /**
   * Returns a new {@code urn:uuid:} entryUUID.
   *
   * @return the URN
   */
  public static String newEntryUuid() {
    return Ids.newUrnUuid();
  }
}
