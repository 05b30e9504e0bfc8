package io.github.eparcours.core.http;

import io.github.eparcours.core.internal.http.RequestBodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The body of an {@link HttpRequest}: a content type, a length when known, and a way to write
 * the bytes to the wire.
 *
 * <p>Bodies are streamed: {@link #writeTo(OutputStream)} writes straight to the connection (through
 * a bounded buffer), so a 200 MB document is never held in memory by the transport. A body is
 * <em>replayable</em> when {@code writeTo} may be called more than once with the same result;
 * only replayable bodies are retried.
 *
 * <p>Implementations must be safe to hand to another thread: the transport calls {@code writeTo}
 * from a writer thread of its own. The factories below return immutable, thread-safe bodies
 * (except {@link #ofStream(InputStream, long, String)}, which is one-shot).
 *
 * @since 0.1
 */
public interface RequestBody {

  /**
   * Returns the media type sent as {@code Content-Type}, e.g.
   * {@code multipart/related; type="application/xop+xml"; boundary=...}.
   *
   * @return the content type, never null
   */
  String contentType();

  /**
   * Returns the exact number of bytes {@link #writeTo(OutputStream)} writes, or {@code -1} when
   * unknown (the body is then sent with chunked transfer encoding).
   *
   * @return the length in bytes, or -1
   */
  long contentLength();

  /**
   * Writes the body. Must write exactly {@link #contentLength()} bytes when that is not -1, and
   * must not close {@code out}.
   *
   * @param out the destination, never null
   * @throws IOException if the source of the body fails or the connection is gone
   */
  void writeTo(OutputStream out) throws IOException;

  /**
   * Tells whether {@link #writeTo(OutputStream)} may be called again, for a retry.
   *
   * @return true if the body can be written more than once (default: true)
   */
  default boolean isReplayable() {
    return true;
  }

  /**
   * A body of the given bytes. The array is not copied: do not modify it afterwards.
   *
   * @param bytes the content
   * @param contentType the media type
   * @return a replayable body
   */
  static RequestBody ofBytes(byte[] bytes, String contentType) {
    return RequestBodies.ofBytes(bytes, contentType);
  }

  /**
   * A body of the given text encoded in UTF-8.
   *
   * @param text the content
   * @param contentType the media type; {@code ;charset=UTF-8} is the caller's to add
   * @return a replayable body
   */
  static RequestBody ofString(String text, String contentType) {
    return RequestBodies.ofBytes(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /**
   * A body read from a file when sent (its length is taken when the body is created).
   *
   * @param file a readable regular file
   * @param contentType the media type
   * @return a replayable body
   * @throws io.github.eparcours.core.error.EparcoursClientException ({@code CORE-0309}) if the
   *     file cannot be read
   */
  static RequestBody ofFile(Path file, String contentType) {
    return RequestBodies.ofFile(file, contentType);
  }

  /**
   * A one-shot body copied from {@code in} when sent; {@code in} is closed afterwards. Such a
   * body is never retried.
   *
   * @param in the source
   * @param contentLength the exact number of bytes {@code in} yields, or -1 if unknown
   * @param contentType the media type
   * @return a body that is not replayable
   */
  static RequestBody ofStream(InputStream in, long contentLength, String contentType) {
    return RequestBodies.ofStream(in, contentLength, contentType);
  }

  /**
   * A replayable body copied from a fresh stream for each attempt; each stream is closed
   * after use.
   *
   * @param source opens the content anew for each attempt
   * @param contentLength the exact number of bytes each stream yields, or -1 if unknown
   * @param contentType the media type
   * @return a replayable body
   */
  static RequestBody ofStream(Supplier<? extends InputStream> source, long contentLength,
      String contentType) {
    return RequestBodies.ofStream(source, contentLength, contentType);
  }
}
