package io.github.eparcours.core.io;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.ErrorCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An input stream that fails as soon as more than a given number of bytes has been read from it,
 * so that an oversized document or response is refused while streaming, before it fills memory.
 *
 * <p>The failure is an unchecked {@link EparcoursClientException} thrown from {@code read}, with
 * the code given at construction ({@link #LIMIT_EXCEEDED} by default), or the exception the caller
 * builds: it crosses parsers and
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
  private final Supplier<? extends EparcoursException> onExceeded;
  private final boolean closeOnExceeded;
  private long count;
  private long mark = -1;

  private BoundedInputStream(InputStream in, long maxBytes,
      Supplier<? extends EparcoursException> onExceeded, boolean closeOnExceeded) {
    super(Objects.requireNonNull(in, "in"));
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0");
    }
    this.maxBytes = maxBytes;
    this.onExceeded = Objects.requireNonNull(onExceeded, "onExceeded");
    this.closeOnExceeded = closeOnExceeded;
  }

  private static Supplier<EparcoursException> limitExceeded(
      long maxBytes, ErrorCode code, String what) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(what, "what");
    return () -> new EparcoursClientException(code, what + " refused: larger than the limit of "
        + maxBytes + " bytes; raise the configured limit if such sizes are expected");
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
    return of(in, maxBytes, LIMIT_EXCEEDED, "input");
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
    return new BoundedInputStream(in, maxBytes, limitExceeded(maxBytes, code, what), false);
  }

  /**
   * Wraps {@code in} for a source that must be dropped once it turns out too large, such as a
   * network response whose sender would otherwise keep streaming: reading past {@code maxBytes}
   * closes the wrapped stream, then throws the exception built by {@code onExceeded}.
   *
   * @param in the stream to bound
   * @param maxBytes the number of bytes allowed
   * @param onExceeded builds the exception thrown when the limit is exceeded; called at most
   *     once per failing read, must not return {@code null}
   * @return the bounded stream
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   * @since 0.1
   */
  public static BoundedInputStream closingOnExcess(
      InputStream in, long maxBytes, Supplier<? extends EparcoursException> onExceeded) {
    return new BoundedInputStream(in, maxBytes, onExceeded, true);
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
   * @throws EparcoursException if the limit is exceeded: an {@link EparcoursClientException}
   *     with the configured code, or the exception built by the caller's {@code onExceeded}
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
   * @throws EparcoursException if the limit is exceeded: an {@link EparcoursClientException}
   *     with the configured code, or the exception built by the caller's {@code onExceeded}
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

  private void counted(long n) throws IOException {
    count += n;
    if (count > maxBytes) {
      EparcoursException failure = onExceeded.get();
      if (closeOnExceeded) {
        in.close();
      }
      throw failure;
    }
  }
}
