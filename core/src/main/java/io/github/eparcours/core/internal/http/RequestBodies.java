package io.github.eparcours.core.internal.http;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.http.HttpErrorCodes;
import io.github.eparcours.core.http.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** The {@link RequestBody} factories' implementations. Stateless. */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * See {@link RequestBody#ofBytes(byte[], String)}.
   *
   * @param bytes the content, not copied
   * @param contentType the media type
   * @return the body
   */
  public static RequestBody ofBytes(byte[] bytes, String contentType) {
    return new BytesBody(Objects.requireNonNull(bytes, "bytes"), checkType(contentType));
  }

  /**
   * See {@link RequestBody#ofFile(Path, String)}.
   *
   * @param file the file
   * @param contentType the media type
   * @return the body
   */
  public static RequestBody ofFile(Path file, String contentType) {
    Objects.requireNonNull(file, "file");
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new EparcoursClientException(HttpErrorCodes.REQUEST_BODY_FAILED,
          "cannot read the request body file " + file.getFileName() + " (" + e.getClass()
              .getSimpleName() + "); check that it exists and is readable", e, false);
    }
    return new FileBody(file, size, checkType(contentType));
  }

  /**
   * See {@link RequestBody#ofStream(InputStream, long, String)}.
   *
   * @param in the source
   * @param length the length or -1
   * @param contentType the media type
   * @return the body
   */
  public static RequestBody ofStream(InputStream in, long length, String contentType) {
    Objects.requireNonNull(in, "in");
    AtomicBoolean used = new AtomicBoolean();
    return new SourceBody(() -> {
      if (used.getAndSet(true)) {
        throw new IOException("this one-shot request body was already sent");
      }
      return in;
    }, checkLength(length), checkType(contentType), false);
  }

  /**
   * See {@link RequestBody#ofStream(Supplier, long, String)}.
   *
   * @param source the source of fresh streams
   * @param length the length or -1
   * @param contentType the media type
   * @return the body
   */
  public static RequestBody ofStream(Supplier<? extends InputStream> source, long length,
      String contentType) {
    Objects.requireNonNull(source, "source");
    return new SourceBody(() -> Objects.requireNonNull(source.get(), "source.get()"),
        checkLength(length), checkType(contentType), true);
  }

  private static String checkType(String contentType) {
    Objects.requireNonNull(contentType, "contentType");
    if (contentType.isBlank() || contentType.indexOf('\r') >= 0 || contentType.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("contentType must be a non-blank single line");
    }
    return contentType;
  }

  private static long checkLength(long length) {
    if (length < -1) {
      throw new IllegalArgumentException("contentLength must be -1 or positive: " + length);
    }
    return length;
  }

  /** A body held in memory; the transport hands the array to the client without copying. */
  static final class BytesBody implements RequestBody {
    private final byte[] bytes;
    private final String contentType;

    BytesBody(byte[] bytes, String contentType) {
      this.bytes = bytes;
      this.contentType = contentType;
    }

    byte[] bytes() {
      return bytes;
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(bytes);
    }

    @Override
    public String toString() {
      return "RequestBody[" + contentType + ", " + bytes.length + " bytes]";
    }
  }

  /** A body read from a file; the transport lets the client read the file itself. */
  static final class FileBody implements RequestBody {
    private final Path file;
    private final long size;
    private final String contentType;

    FileBody(Path file, long size, String contentType) {
      this.file = file;
      this.size = size;
      this.contentType = contentType;
    }

    Path file() {
      return file;
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return size;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      Files.copy(file, out);
    }

    @Override
    public String toString() {
      return "RequestBody[" + contentType + ", file, " + size + " bytes]";
    }
  }

  /** Opens the content of a {@link SourceBody}; may throw an I/O error. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /** A body copied from an input stream. */
  static final class SourceBody implements RequestBody {
    private final Opener opener;
    private final long length;
    private final String contentType;
    private final boolean replayable;

    SourceBody(Opener opener, long length, String contentType, boolean replayable) {
      this.opener = opener;
      this.length = length;
      this.contentType = contentType;
      this.replayable = replayable;
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      try (InputStream in = opener.open()) {
        in.transferTo(out);
      }
    }

    @Override
    public boolean isReplayable() {
      return replayable;
    }

    @Override
    public String toString() {
      return "RequestBody[" + contentType + ", stream, "
          + (length < 0 ? "unknown length" : length + " bytes") + "]";
    }
  }
}
