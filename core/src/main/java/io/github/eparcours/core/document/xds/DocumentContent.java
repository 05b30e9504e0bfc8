package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.document.DocumentErrors;
import io.github.eparcours.core.error.EparcoursClientException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of a document to submit, readable more than once (to hash, then to send) without
 * being held in memory when they come from a file.
 *
 * <p>Immutable and thread-safe (a byte array given to {@link #ofBytes} is not copied: do not
 * change it afterwards).
 *
 * @since 0.1
 */
public final class DocumentContent {

  /**
   * The SHA-1 and size of a document, as XDS wants them.
   *
   * @param sha1Hex lower-case hex SHA-1
   * @param size the number of bytes
   */
  public record Digest(String sha1Hex, long size) {}

  private interface Source {
    InputStream open() throws IOException;
  }

  private final Source source;
  private final long knownSize;

  private DocumentContent(Source source, long knownSize) {
    this.source = source;
    this.knownSize = knownSize;
  }

  /**
   * Wraps bytes in memory.
   *
   * @param bytes the document, not copied
   * @return the content
   */
  public static DocumentContent ofBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new DocumentContent(() -> new ByteArrayInputStream(bytes), bytes.length);
  }

  /**
   * Reads a file each time the content is opened.
   *
   * @param file the document file
   * @return the content
   */
  public static DocumentContent ofPath(Path file) {
    Objects.requireNonNull(file, "file");
    return new DocumentContent(() -> Files.newInputStream(file), -1);
  }

  /**
   * Opens a new stream on the bytes. The caller closes it.
   *
   * @return a stream from the first byte
   * @throws EparcoursClientException CORE-0502 when the file cannot be opened
   */
  public InputStream openStream() {
    try {
      return source.open();
    } catch (IOException | UncheckedIOException e) {
      throw new EparcoursClientException(DocumentErrors.IO_FAILURE,
          "document content could not be opened: check that the file exists and is readable",
          e, false);
    }
  }

  /**
   * Returns the size when known without reading (bytes in memory).
   *
   * @return the size, or -1
   */
  public long knownSize() {
    return knownSize;
  }

  /**
   * Reads the bytes once and returns their SHA-1 and size.
   *
   * @return the digest
   * @throws EparcoursClientException CORE-0502 on I/O failure
   */
  public Digest digest() {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-1", e);
    }
    long size = 0;
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = openStream()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha1.update(buffer, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw new EparcoursClientException(DocumentErrors.IO_FAILURE,
          "document content could not be read to compute its hash", e, false);
    }
    return new Digest(HexFormat.of().formatHex(sha1.digest()), size);
  }

  @Override
  public String toString() {
    return "DocumentContent[size=" + (knownSize >= 0 ? knownSize : "unknown") + "]";
  }
}
