package io.github.eparcours.core.http;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.internal.http.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer of an {@link io.github.eparcours.core.spi.HttpTransport}: status, headers and a
 * streamed body. Every status is returned as a response, errors included; callers map error
 * statuses to their own {@link io.github.eparcours.core.error.EparcoursServiceException}.
 *
 * <p><b>Close it</b> (try-with-resources): the body holds the connection until it is read to the
 * end or closed. The body can be consumed once, either as a stream ({@link #body()}) or whole
 * ({@link #bodyAsBytes()}, {@link #bodyAsString()}); the transport's response size limit applies
 * to both, and exceeding it makes reads throw an {@link EparcoursClientException}
 * ({@link HttpErrorCodes#RESPONSE_TOO_LARGE}).
 *
 * <p>Status and headers are immutable; the body stream is not thread-safe (read it from one
 * thread). {@link #toString()} shows the status only.
 *
 * @since 0.1
 */
public final class HttpResponse implements AutoCloseable {

  private static final InputStream EMPTY = InputStream.nullInputStream();

  private final int status;
  private final Map<String, List<String>> headers;
  private final InputStream body;
  private final HttpRequest request;

  private HttpResponse(Builder b) {
    if (b.status < 100 || b.status > 999) {
      throw new IllegalArgumentException("status must be a 3-digit HTTP status: " + b.status);
    }
    this.status = b.status;
    this.headers = Headers.freeze(b.headers);
    this.body = b.body == null ? EMPTY : b.body;
    this.request = Objects.requireNonNull(b.request, "request");
  }

  /**
   * Starts a response; transports and interceptors (e.g. a cache or a test double) build
   * responses with it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this response's status, headers, request and body stream (not
   * copied: the new response takes over the stream). For interceptors that rewrite a response.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().status(status).headers(headers).body(body).request(request);
  }

  /** @return the HTTP status code */
  public int status() {
    return status;
  }

  /** @return whether the status is 2xx */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** @return the request this is the answer to (after interceptors) */
  public HttpRequest request() {
    return request;
  }

  /**
   * Returns every header, names matched case-insensitively.
   *
   * @return an unmodifiable map, never null
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the first value, or empty
   */
  public Optional<String> header(String name) {
    return Headers.first(headers, name);
  }

  /**
   * Returns the body as a stream, read from the connection as the caller reads. Reads throw
   * {@link IOException} for network failures and {@link EparcoursClientException} when the size
   * limit is exceeded.
   *
   * @return the body stream (empty for a response without body)
   */
  public InputStream body() {
    return body;
  }

  /**
   * Reads the whole body, within the transport's size limit.
   *
   * @return the bytes
   * @throws EparcoursClientException {@code CORE-0308} if the body exceeds the size limit,
   *     {@code CORE-0304}/{@code CORE-0311} if the connection fails while reading
   */
  public byte[] bodyAsBytes() {
    try (InputStream in = body) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw readFailure(e);
    }
  }

  /**
   * Reads the whole body as text, in the charset of {@code Content-Type} (UTF-8 when absent or
   * unknown).
   *
   * @return the text
   * @throws EparcoursClientException as {@link #bodyAsBytes()}
   */
  public String bodyAsString() {
    return new String(bodyAsBytes(), charset());
  }

  /** Releases the connection, discarding what remains of the body. Never throws. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException | UncheckedIOException | EparcoursException e) {
      // Closing only releases the connection; a failure here leaves nothing to recover.
    }
  }

  @Override
  public String toString() {
    return "HttpResponse[" + status + "]";
  }

  private Charset charset() {
    Optional<String> type = header("Content-Type");
    if (type.isPresent()) {
      for (String param : type.get().split(";")) {
        String p = param.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          String name = p.substring("charset=".length()).replace("\"", "").trim();
          try {
            return Charset.forName(name);
          } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private EparcoursClientException readFailure(IOException e) {
    return new EparcoursClientException(HttpErrorCodes.IO_FAILED,
        "reading the response body of " + request + " failed (" + e.getClass().getSimpleName()
            + "); the connection broke while the body was read, retry the call", e, true);
  }

  /** Mutable builder of {@link HttpResponse}; not thread-safe. */
  public static final class Builder {
    private int status;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private InputStream body;
    private HttpRequest request;

    private Builder() {}

    /**
     * Sets the status.
     *
     * @param status a 3-digit HTTP status
     * @return this builder
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * Adds a header value.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new java.util.ArrayList<>())
          .add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces all headers.
     *
     * @param headers the headers; copied
     * @return this builder
     */
    public Builder headers(Map<String, List<String>> headers) {
      this.headers.clear();
      headers.forEach((k, v) -> v.forEach(value -> header(k, value)));
      return this;
    }

    /**
     * Sets the body stream; the response owns and closes it.
     *
     * @param body the stream, or {@code null} for no body
     * @return this builder
     */
    public Builder body(InputStream body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the request this response answers.
     *
     * @param request the request
     * @return this builder
     */
    public Builder request(HttpRequest request) {
      this.request = Objects.requireNonNull(request, "request");
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the response
     * @throws IllegalArgumentException if the status is not a 3-digit code
     * @throws NullPointerException if no request was set
     */
    public HttpResponse build() {
      return new HttpResponse(this);
    }
  }
}
