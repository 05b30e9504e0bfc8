package io.github.eparcours.dmp.soap;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.DmpErrors;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/related} stream part by part, streaming each part's content: memory
 * use is bounded by the buffer size whatever the size of the parts.
 *
 * <p>Parts are read in order; asking for the next part skips what remains of the current one.
 * Not thread-safe: one reader per message.
 *
 * @since 0.1
 */
public final class MultipartReader implements Closeable {

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 16 * 1024;

  /** One part: its headers and its content stream. */
  public static final class Part {
    private final Map<String, String> headers;
    private final InputStream body;

    private Part(Map<String, String> headers, InputStream body) {
      this.headers = headers;
      this.body = body;
    }

    /**
     * Returns a header of the part.
     *
     * @param name the header name, case-insensitive
     * @return the value
     */
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns the Content-ID without angle brackets.
     *
     * @return the identifier, empty if the part has none
     */
    public Optional<String> contentId() {
      return header("content-id").map(Mime::stripAngles);
    }

    /**
     * Returns the Content-Type.
     *
     * @return the type, {@code application/octet-stream} if absent
     */
    public String contentType() {
      return header("content-type").orElse("application/octet-stream");
    }

    /**
     * Returns the content, streamed; valid until the next part is asked for.
     *
     * @return the stream (closing it skips the rest of the part)
     */
    public InputStream body() {
      return body;
    }

    /**
     * Reads the whole content, refusing more than {@code maxBytes}.
     *
     * @param maxBytes the limit
     * @return the content
     * @throws EparcoursClientException DMP-0106 if the part is larger, DMP-0103 if malformed
     */
    public byte[] readAll(int maxBytes) {
      try {
        byte[] data = body.readNBytes(maxBytes + 1);
        if (data.length > maxBytes) {
          throw new EparcoursClientException(DmpErrors.SOAP_TOO_LARGE,
              "a MIME part exceeds the limit of " + maxBytes + " bytes", null, false);
        }
        return data;
      } catch (IOException e) {
        throw new EparcoursClientException(DmpErrors.MTOM_MALFORMED,
            "a MIME part could not be read (" + e.getClass().getSimpleName() + ")", e, true);
      }
    }
  }

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf;
  private int pos;
  private int lim;
  private boolean eof;
  private boolean finished;
  private PartStream current;
  private Map<String, String> pendingHeaders;

  /**
   * Creates a reader.
   *
   * @param in the multipart body (closed with this reader)
   * @param boundary the boundary from the Content-Type
   */
  public MultipartReader(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    this.buf = new byte[Math.max(BUFFER, delimiter.length * 4)];
    // The first boundary line may start the stream: a virtual CRLF lets one delimiter match all.
    buf[0] = '\r';
    buf[1] = '\n';
    lim = 2;
    current = new PartStream();
  }

  /**
   * Advances to the next part, skipping the rest of the current one (or the preamble).
   *
   * @return the next part, empty after the closing boundary
   * @throws EparcoursClientException DMP-0103 if the stream is not well-formed multipart
   */
  public Optional<Part> next() {
    try {
      if (current != null) {
        current.skipRest();
      }
    } catch (IOException e) {
      throw malformed("the stream failed (" + e.getClass().getSimpleName() + ")", e);
    }
    if (finished) {
      current = null;
      return Optional.empty();
    }
    current = new PartStream();
    Map<String, String> h = pendingHeaders;
    pendingHeaders = null;
    return Optional.of(new Part(h, current));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static EparcoursClientException malformed(String why, Throwable cause) {
    return new EparcoursClientException(DmpErrors.MTOM_MALFORMED,
        "the multipart/related message is malformed: " + why, cause, cause != null);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      if (current != null) {
        current.shift(pos);
      }
      pos = 0;
    }
    if (lim == buf.length) {
      return true;
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }

  private boolean ensure(int n) throws IOException {
    while (lim - pos < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Reads what follows a delimiter: "--" (end) or padding + CRLF + headers + CRLF. */
  private void afterDelimiter() throws IOException {
    if (!ensure(2)) {
      throw malformed("it ends right after a boundary", null);
    }
    if (buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      pos += 2;
      return;
    }
    String first = readLine();
    if (!first.isBlank()) {
      throw malformed("a boundary line carries unexpected text", null);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    int total = 0;
    String last = null;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      total += line.length();
      if (total > MAX_HEADER_BYTES) {
        throw malformed("part headers exceed " + MAX_HEADER_BYTES + " bytes", null);
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
        headers.merge(last, " " + line.trim(), String::concat);
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed("a part header line has no name", null);
      }
      last = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      headers.put(last, line.substring(colon + 1).trim());
    }
    pendingHeaders = headers;
  }

  private String readLine() throws IOException {
    int start = pos;
    int i = pos;
    while (true) {
      if (i + 1 >= lim) {
        int before = pos;
        if (i - start > MAX_HEADER_BYTES || !fill()) {
          throw malformed("a header line is unterminated or too long", null);
        }
        int shift = before - pos;
        start -= shift;
        i -= shift;
        continue;
      }
      if (buf[i] == '\r' && buf[i + 1] == '\n') {
        String line = new String(buf, start, i - start, StandardCharsets.ISO_8859_1);
        pos = i + 2;
        return line;
      }
      i++;
    }
  }

  /** The content of one part: ends where the next delimiter starts. */
  private final class PartStream extends InputStream {
    private boolean done;
    private int foundAt = -1;
    private int scannedTo;

    PartStream() {
      scannedTo = pos;
    }

    void shift(int by) {
      if (foundAt >= 0) {
        foundAt -= by;
      }
      scannedTo = Math.max(0, scannedTo - by);
    }

    /** Returns the delimiter's index in the buffer, or -1; scans each byte once. */
    private int scan() {
      if (foundAt >= 0) {
        return foundAt;
      }
      int last = lim - delimiter.length;
      int i = Math.max(pos, scannedTo);
      outer:
      for (; i <= last; i++) {
        if (buf[i] != '\r') {
          continue;
        }
        for (int k = 1; k < delimiter.length; k++) {
          if (buf[i + k] != delimiter[k]) {
            continue outer;
          }
        }
        foundAt = i;
        return i;
      }
      scannedTo = Math.max(pos, last + 1);
      return -1;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      while (true) {
        int at = scan();
        if (at == pos) {
          done = true;
          pos += delimiter.length;
          afterDelimiter();
          return -1;
        }
        int available = at >= 0 ? at - pos : (lim - delimiter.length + 1) - pos;
        if (available > 0) {
          int n = Math.min(len, available);
          System.arraycopy(buf, pos, b, off, n);
          pos += n;
          return n;
        }
        if (!fill()) {
          throw malformed("it ends before its closing boundary", null);
        }
      }
    }

    void skipRest() throws IOException {
      byte[] sink = new byte[8192];
      while (read(sink, 0, sink.length) >= 0) {
        // discard
      }
    }

    @Override
    public void close() throws IOException {
      skipRest();
    }
  }
}
