package io.github.eparcours.testkit.dmp.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document held by the fake repository: small ones in memory, large ones in a temporary file,
 * so that a 200 MB document does not weigh on the heap of the JVM running the tests.
 */
public final class StoredContent {

  private static final int IN_MEMORY_LIMIT = 4 * 1024 * 1024;

  private final byte[] bytes;
  private final Path file;
  private final long size;
  private final String sha1;

  private StoredContent(byte[] bytes, Path file, long size, String sha1) {
    this.bytes = bytes;
    this.file = file;
    this.size = size;
    this.sha1 = sha1;
  }

  /**
   * Reads a stream fully, computing its SHA-1 and size.
   *
   * @param in the content
   * @return the stored content
   * @throws IOException if reading fails
   */
  public static StoredContent read(InputStream in) throws IOException {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] head = in.readNBytes(IN_MEMORY_LIMIT + 1);
    if (head.length <= IN_MEMORY_LIMIT) {
      sha1.update(head);
      return new StoredContent(head, null, head.length, HexFormat.of().formatHex(sha1.digest()));
    }
    Path tmp = Files.createTempFile("fake-dmp-", ".bin");
    tmp.toFile().deleteOnExit();
    long size;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha1)) {
      out.write(head);
      size = head.length + in.transferTo(out);
    }
    return new StoredContent(null, tmp, size, HexFormat.of().formatHex(sha1.digest()));
  }

  /**
   * Opens the content.
   *
   * @return a new stream
   */
  public InputStream open() {
    try {
      return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the size in bytes.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * Returns the SHA-1, lower-case hex.
   *
   * @return the hash
   */
  public String sha1() {
    return sha1;
  }

  /** Deletes the temporary file, if any. */
  public void discard() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a leftover temp file is harmless
      }
    }
  }
}
