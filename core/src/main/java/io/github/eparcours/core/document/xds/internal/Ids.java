package io.github.eparcours.core.document.xds.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Identifier generation: entryUUIDs and {@code 2.25} OIDs. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /**
   * Returns a random {@code urn:uuid:} for a registry object of a submission. These ids only
   * have to be unique, not unguessable, so a fast generator is used.
   *
   * @return a version-4 UUID URN
   */
  public static String newUrnUuid() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return "urn:uuid:" + new UUID(msb, lsb);
  }

  /**
   * Returns a new OID under {@code 2.25} (ITU-T X.667): {@code 2.25.} followed by a random UUID
   * read as an unsigned 128-bit integer.
   *
   * @return the OID, at most 44 characters
   */
  public static String newOid() {
    UUID u = new UUID((RANDOM.nextLong() & ~0xF000L) | 0x4000L,
        (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    return "2.25." + uuidToInteger(u);
  }

  /**
   * Reads a UUID as an unsigned 128-bit integer.
   *
   * @param u the UUID
   * @return its decimal value
   */
  public static String uuidToInteger(UUID u) {
    byte[] bytes = new byte[16];
    long msb = u.getMostSignificantBits();
    long lsb = u.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (msb >>> (56 - 8 * i));
      bytes[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    return new BigInteger(1, bytes).toString();
  }
}
