package io.github.eparcours.mss.xdm;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;

/**
 * Limits applied while reading an {@code IHE_XDM.ZIP}, so that a hostile archive (zip bomb,
 * thousands of entries) cannot exhaust memory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxEntries most entries accepted
 * @param maxEntryBytes most uncompressed bytes of one entry
 * @param maxTotalBytes most uncompressed bytes of the whole archive
 * @param maxCompressionRatio most uncompressed-to-compressed ratio of an entry (checked once the
 *     entry exceeds 64 KiB)
 * @since 0.1
 */
public record XdmLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes,
    int maxCompressionRatio) {

  /** 1,000 entries, 64 MiB per entry, 256 MiB in all, ratio 100. */
  public static final XdmLimits DEFAULT = new XdmLimits(1_000, 64L << 20, 256L << 20, 100);

  /**
   * Checks the limits are positive.
   *
   * @throws EparcoursClientException {@code MSS-0001} if a limit is not positive
   */
  public XdmLimits {
    if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxCompressionRatio <= 0) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "XDM limits must all be positive");
    }
  }
}
