package io.github.eparcours.mss.xdm;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.internal.CoreXdmMetadataCodec;
import io.github.eparcours.mss.internal.XdmMetadataCodec;
import io.github.eparcours.mss.internal.XdmMetadataCodec.DocumentFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an {@code IHE_XDM.ZIP} defensively: entry names that would escape a folder (zip slip),
 * archives that expand beyond the {@link XdmLimits} (zip bombs), duplicate entries, missing or
 * unreadable metadata, and documents whose hash or size differ from the metadata are refused with
 * a typed {@link EparcoursClientException} ({@code MSS-05xx}). A malformed archive never escapes
 * as anything else.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class XdmReader {

  private static final long RATIO_FLOOR = 64 * 1024;
  private static final XdmReader DEFAULT = new XdmReader(XdmLimits.DEFAULT);

  private final XdmLimits limits;

  private XdmReader(XdmLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns a reader with the {@link XdmLimits#DEFAULT default limits}.
   *
   * @return the reader
   */
  public static XdmReader create() {
    return DEFAULT;
  }

  /**
   * Returns a reader with the given limits.
   *
   * @param limits the limits, not null
   * @return the reader
   */
  public static XdmReader withLimits(XdmLimits limits) {
    return new XdmReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads and checks an archive held in memory.
   *
   * @param zip the archive bytes, not null
   * @return the checked archive
   * @throws EparcoursClientException {@code MSS-0501} to {@code MSS-0511} as documented in
   *     {@link MssErrors}
   */
  public XdmArchive read(byte[] zip) {
    return read(new ByteArrayInputStream(Objects.requireNonNull(zip, "zip")));
  }

  /**
   * Reads and checks an archive from a stream (not closed).
   *
   * @param zip the archive, not null
   * @return the checked archive
   * @throws EparcoursClientException {@code MSS-0501} to {@code MSS-0511} as documented in
   *     {@link MssErrors}
   */
  public XdmArchive read(InputStream zip) {
    Map<String, byte[]> entries = unzip(Objects.requireNonNull(zip, "zip"));
    String metadataKey = null;
    for (String key : entries.keySet()) {
      String[] parts = key.split("/");
      if (parts.length == 3 && parts[0].equals("IHE_XDM") && parts[2].equals("METADATA.XML")) {
        if (metadataKey != null) {
          throw new EparcoursClientException(MssErrors.XDM_METADATA_INVALID,
              "the archive has several subsets; only one submission set per message is read");
        }
        metadataKey = key;
      }
    }
    if (metadataKey == null) {
      throw new EparcoursClientException(MssErrors.XDM_METADATA_MISSING,
          "the archive has no IHE_XDM/<subset>/METADATA.XML: it is not an IHE XDM archive");
    }
    String subsetKey = metadataKey.substring("IHE_XDM/".length(), metadataKey.lastIndexOf('/'));
    byte[] metadata = entries.get(metadataKey);
    XdmMetadataCodec.Read read = CoreXdmMetadataCodec.INSTANCE.read(metadata);
    List<DocumentFacts> facts = read.facts();
    List<XdmDocument> documents = new ArrayList<>(facts.size());
    MessageDigest sha1 = sha1();
    for (DocumentFacts f : facts) {
      String uri = f.uri().trim();
      checkPath(uri);
      String key = (uri.contains("/") ? "IHE_XDM/" + uri : "IHE_XDM/" + subsetKey + "/" + uri)
          .toUpperCase(Locale.ROOT);
      byte[] content = entries.get(key);
      if (content == null) {
        throw new EparcoursClientException(MssErrors.XDM_DOCUMENT_MISSING,
            "METADATA.XML lists a document that is not in the archive");
      }
      if (f.size() >= 0 && f.size() != content.length) {
        throw new EparcoursClientException(MssErrors.XDM_SIZE_MISMATCH,
            "a document's size differs from METADATA.XML: the archive was altered or truncated");
      }
      if (f.sha1Hex() == null) {
        throw new EparcoursClientException(MssErrors.XDM_METADATA_INVALID,
            "a document of METADATA.XML has no hash slot: its integrity cannot be checked");
      }
      if (!HexFormat.of().formatHex(sha1.digest(content)).equals(f.sha1Hex())) {
        throw new EparcoursClientException(MssErrors.XDM_HASH_MISMATCH,
            "a document's SHA-1 differs from METADATA.XML: the archive was altered");
      }
      String fileName = uri.substring(uri.lastIndexOf('/') + 1);
      documents.add(XdmDocument.read(fileName, f.mimeType(), content, f.typeCode(),
          f.typeCodeSystem(), f.entry()));
    }
    return new XdmArchive(subsetKey, metadata, read.submission(), documents,
        XdmArchive.text(entries.get("README.TXT")));
  }

  private Map<String, byte[]> unzip(InputStream in) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    CountingInputStream counting = new CountingInputStream(in);
    long total = 0;
    byte[] buffer = new byte[16 * 1024];
    try (ZipInputStream zip = new ZipInputStream(counting)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        checkPath(name);
        if (entries.size() >= limits.maxEntries()) {
          throw new EparcoursClientException(MssErrors.XDM_TOO_LARGE,
              "the archive has more than " + limits.maxEntries() + " entries");
        }
        if (e.isDirectory()) {
          continue;
        }
        String key = name.toUpperCase(Locale.ROOT);
        if (entries.containsKey(key)) {
          throw new EparcoursClientException(MssErrors.XDM_DUPLICATE_ENTRY,
              "the archive holds the same entry twice (names compared ignoring case)");
        }
        long compressedStart = counting.count;
        ByteArrayOutputStream content = new ByteArrayOutputStream(
            (int) Math.min(Math.max(e.getSize(), 1024), 1 << 20));
        long entryBytes = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          entryBytes += n;
          total += n;
          if (entryBytes > limits.maxEntryBytes()) {
            throw new EparcoursClientException(MssErrors.XDM_TOO_LARGE,
                "an archive entry expands beyond " + limits.maxEntryBytes() + " bytes");
          }
          if (total > limits.maxTotalBytes()) {
            throw new EparcoursClientException(MssErrors.XDM_TOO_LARGE,
                "the archive expands beyond " + limits.maxTotalBytes() + " bytes");
          }
          long compressed = Math.max(1, counting.count - compressedStart);
          if (entryBytes > RATIO_FLOOR && entryBytes / compressed > limits.maxCompressionRatio()) {
            throw new EparcoursClientException(MssErrors.XDM_RATIO_EXCEEDED,
                "an archive entry expands more than " + limits.maxCompressionRatio()
                    + " times: refused as a zip bomb");
          }
          content.write(buffer, 0, n);
        }
        entries.put(key, content.toByteArray());
      }
    } catch (IOException | RuntimeException ex) {
      if (ex instanceof EparcoursClientException ece) {
        throw ece;
      }
      throw new EparcoursClientException(MssErrors.XDM_MALFORMED,
          "IHE_XDM.ZIP is not a readable ZIP archive (" + ex.getClass().getSimpleName() + ")",
          ex, false);
    }
    if (entries.isEmpty()) {
      throw new EparcoursClientException(MssErrors.XDM_MALFORMED,
          "IHE_XDM.ZIP holds no file: it is empty or not a ZIP archive");
    }
    return entries;
  }

  /** Refuses any name that could escape the extraction folder on any platform. */
  static void checkPath(String name) {
    boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\")
        || name.contains(":") || name.length() > 512;
    if (!unsafe) {
      for (int i = 0; i < name.length(); i++) {
        if (name.charAt(i) < 0x20) {
          unsafe = true;
          break;
        }
      }
      String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
      for (String segment : trimmed.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
          unsafe = true;
          break;
        }
      }
    }
    if (unsafe) {
      throw new EparcoursClientException(MssErrors.XDM_UNSAFE_PATH,
          "the archive has an entry whose path is absolute, contains '..', a backslash, a drive "
              + "letter or control characters: refused (zip slip)");
    }
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every JDK", e);
    }
  }

  /** Counts the compressed bytes consumed, for the compression-ratio check. */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
