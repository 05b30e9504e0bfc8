package io.github.eparcours.core.io;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An input stream that fails as soon as more than a given number of bytes has been read from it,
 * so that an oversized document or response is refused while streaming, before it fills memory.
 *
 * <p>The failure is an unchecked {@link EparcoursClientException} thrown from {@code read}, with
 * the code given at construction ({@link #LIMIT_EXCEEDED} by default): it crosses parsers and
 * codecs that only translate {@link IOException}s. Closing this stream closes the wrapped one.
 *
 * <p>Not thread-safe, like any input stream.
 *
 * @since 0.1
 */
public final class BoundedInputStream extends FilterInputStream {

  /** The default code: an input was larger than its configured limit. */
  public static final ErrorCode LIMIT_EXCEEDED = ErrorCode.of("CORE-0410");

  private final long maxBytes;
  private final ErrorCode code;
  private final String what;
  private long count;
  private long mark = -1;

  private BoundedInputStream(InputStream in, long maxBytes, ErrorCode code, String what) {
    super(Objects.requireNonNull(in, "in"));
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0");
    }
    this.maxBytes = maxBytes;
    this.code = Objects.requireNonNull(code, "code");
    this.what = Objects.requireNonNull(what, "what");
  }

  /**
   * Wraps {@code in}, refusing more than {@code maxBytes} bytes with {@link #LIMIT_EXCEEDED}.
   *
   * @param in the stream to bound
   * @param maxBytes the number of bytes allowed; reading byte {@code maxBytes + 1} fails
   * @return the bounded stream
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static BoundedInputStream of(InputStream in, long maxBytes) {
    return new BoundedInputStream(in, maxBytes, LIMIT_EXCEEDED, "input");
  }

  /**
   * Wraps {@code in}, refusing more than {@code maxBytes} bytes with the caller's code.
   *
   * @param in the stream to bound
   * @param maxBytes the number of bytes allowed
   * @param code the code of the exception thrown when the limit is exceeded
   * @param what what the stream holds, for the message, e.g. {@code "HTTP response body"}
   * @return the bounded stream
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static BoundedInputStream of(
      InputStream in, long maxBytes, ErrorCode code, String what) {
    return new BoundedInputStream(in, maxBytes, code, what);
  }

  /**
   * Returns the number of bytes read so far.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the limit.
   *
   * @return the number of bytes allowed
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads one byte.
   *
   * @return the byte, or -1 at end of stream
   * @throws IOException if the wrapped stream fails
   * @throws EparcoursClientException if the limit is exceeded
   */
  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  /**
   * Reads bytes; never reads more than one byte beyond the limit from the wrapped stream.
   *
   * @throws IOException if the wrapped stream fails
   * @throws EparcoursClientException if the limit is exceeded
   */
  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    long allowed = maxBytes - count + 1;
    int n = in.read(b, off, (int) Math.min(len, allowed));
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(Math.min(n, maxBytes - count + 1));
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  @Override
  public synchronized void mark(int readLimit) {
    in.mark(readLimit);
    mark = count;
  }

  @Override
  public synchronized void reset() throws IOException {
    if (mark < 0) {
      throw new IOException("mark not set");
    }
    in.reset();
    count = mark;
  }

  private void counted(long n) {
    count += n;
    if (count > maxBytes) {
      throw new EparcoursClientException(code, what + " refused: larger than the limit of "
          + maxBytes + " bytes; raise the configured limit if such sizes are expected");
    }
  }
}
