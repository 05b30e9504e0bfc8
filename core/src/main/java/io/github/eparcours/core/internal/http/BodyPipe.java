package io.github.eparcours.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded hand-over between a thread writing a request body and the HTTP client reading it.
 *
 * <p>At most {@code capacity} chunks of {@code chunkSize} bytes wait in the pipe (plus the chunk
 * each side is working on): whatever the body's size, memory stays bounded and the writer simply
 * waits for the network. A failure of the writer is handed to the reader, who fails the request
 * instead of sending a truncated body; a reader that gives up releases a waiting writer.
 *
 * <p>One writer thread and one reader thread.
 */
final class BodyPipe {

  private static final byte[] END = new byte[0];
  private static final long POLL_MILLIS = 100;

  private final BlockingQueue<byte[]> chunks;
  private final int chunkSize;
  private volatile boolean readerClosed;
  private volatile Throwable writerFailure;

  BodyPipe(int capacity, int chunkSize) {
    this.chunks = new ArrayBlockingQueue<>(capacity);
    this.chunkSize = chunkSize;
  }

  /** @return the stream the body writer writes into; closing it ends the body */
  OutputStream sink() {
    return new Sink();
  }

  /** @return the stream the HTTP client reads the body from */
  InputStream source() {
    return new Source();
  }

  /** @return the number of full or partial chunks waiting, for tests of the bound */
  int waitingChunks() {
    return chunks.size();
  }

  /**
   * Records that the writer failed: the reader throws instead of seeing the end of the body.
   *
   * @param failure what went wrong
   */
  void fail(Throwable failure) {
    writerFailure = failure;
    try {
      hand(END);
    } catch (IOException e) {
      // The reader is gone: nobody is left to tell.
    }
  }

  /** Releases a writer waiting for room; later writes fail. */
  void abandon() {
    readerClosed = true;
    chunks.clear();
  }

  private void hand(byte[] chunk) throws IOException {
    try {
      while (!chunks.offer(chunk, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (readerClosed) {
          throw new IOException("the request body is no longer being sent");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while streaming the request body");
    }
  }

  private final class Sink extends OutputStream {
    private byte[] buffer = new byte[chunkSize];
    private int count;
    private boolean closed;

    @Override
    public void write(int b) throws IOException {
      ensureOpen();
      buffer[count++] = (byte) b;
      if (count == buffer.length) {
        handBuffer();
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ensureOpen();
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      while (len > 0) {
        int n = Math.min(len, buffer.length - count);
        System.arraycopy(b, off, buffer, count, n);
        count += n;
        off += n;
        len -= n;
        if (count == buffer.length) {
          handBuffer();
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      if (count > 0) {
        hand(java.util.Arrays.copyOf(buffer, count));
      }
      buffer = null;
      hand(END);
    }

    private void handBuffer() throws IOException {
      hand(buffer);
      buffer = new byte[chunkSize];
      count = 0;
    }

    private void ensureOpen() throws IOException {
      if (closed) {
        throw new IOException("request body stream closed");
      }
      if (readerClosed) {
        throw new IOException("the request body is no longer being sent");
      }
    }
  }

  private final class Source extends InputStream {
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      while (position == current.length) {
        if (ended) {
          return -1;
        }
        if (readerClosed) {
          throw new IOException("request body stream closed");
        }
        byte[] next;
        try {
          next = chunks.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading the request body");
        }
        if (next == END) {
          ended = true;
          Throwable failure = writerFailure;
          if (failure != null) {
            throw new IOException("the request body could not be produced", failure);
          }
          return -1;
        }
        current = next;
        position = 0;
      }
      int n = Math.min(len, current.length - position);
      System.arraycopy(current, position, b, off, n);
      position += n;
      return n;
    }

    @Override
    public void close() {
      abandon();
    }
  }
}
