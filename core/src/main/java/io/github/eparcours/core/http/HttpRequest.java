package io.github.eparcours.core.http;

import io.github.eparcours.core.internal.http.Headers;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An HTTP request for an {@link io.github.eparcours.core.spi.HttpTransport}: method, URI,
 * headers, optional streamed body, whether it is idempotent, and an optional response timeout.
 *
 * <p>Immutable and thread-safe (the body is shared, see {@link RequestBody}). Build with
 * {@link #builder()}; derive with {@link #toBuilder()}.
 *
 * <p><b>Idempotence decides retries.</b> Only requests marked idempotent are ever sent twice.
 * By default GET, HEAD, OPTIONS, PUT and DELETE are idempotent (RFC 9110 §9.2.2) and every other
 * method, POST included, is not; a SOAP query sent by POST that is safe to repeat can be marked
 * with {@link Builder#idempotent(boolean)}.
 *
 * <p>{@link #toString()} shows neither header values (they may carry credentials) nor the query
 * string (it may carry patient identifiers).
 *
 * <pre>{@code
 * HttpRequest request = HttpRequest.builder()
 *     .method("POST")
 *     .uri(URI.create("https://dmp.example/registry"))
 *     .header("SOAPAction", "urn:ihe:iti:2007:RegistryStoredQuery")
 *     .body(RequestBody.ofString(envelope, "application/soap+xml; charset=UTF-8"))
 *     .idempotent(true)
 *     .timeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class HttpRequest {

  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

  private final String method;
  private final URI uri;
  private final Map<String, List<String>> headers;
  private final RequestBody body;
  private final boolean idempotent;
  private final Boolean explicitIdempotent;
  private final Duration timeout;

  private HttpRequest(Builder b) {
    this.method = b.method;
    this.uri = Objects.requireNonNull(b.uri, "uri");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "uri must be an absolute http(s) URI with a host: " + redact(uri));
    }
    this.headers = Headers.freeze(b.headers);
    this.body = b.body;
    this.explicitIdempotent = b.idempotent;
    this.idempotent = b.idempotent != null ? b.idempotent : IDEMPOTENT_METHODS.contains(method);
    this.timeout = b.timeout;
  }

  /**
   * Starts a GET request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.method = method;
    b.uri = uri;
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    b.body = body;
    // Only an explicit mark is kept: a derived one follows the method if it is changed.
    b.idempotent = explicitIdempotent;
    b.timeout = timeout;
    return b;
  }

  /** @return the method, upper case, e.g. {@code POST} */
  public String method() {
    return method;
  }

  /** @return the absolute http(s) URI */
  public URI uri() {
    return uri;
  }

  /**
   * Returns every header, names matched case-insensitively, in name order.
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

  /** @return the body, or empty for a request without one */
  public Optional<RequestBody> body() {
    return Optional.ofNullable(body);
  }

  /** @return whether the request may be sent again after a failure */
  public boolean idempotent() {
    return idempotent;
  }

  /** @return the response timeout of this request, overriding the transport's, if set */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the method and the URI without query, fragment nor user information.
   *
   * @return a log-safe description
   */
  @Override
  public String toString() {
    return method + " " + redact(uri);
  }

  /**
   * Renders a URI without its query, fragment nor user information, for logs and messages.
   *
   * @param uri a URI
   * @return scheme, host, port and path only
   */
  public static String redact(URI uri) {
    StringBuilder sb = new StringBuilder();
    if (uri.getScheme() != null) {
      sb.append(uri.getScheme()).append("://");
    }
    if (uri.getHost() != null) {
      sb.append(uri.getHost());
    }
    if (uri.getPort() >= 0) {
      sb.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      sb.append(uri.getRawPath());
    }
    if (uri.getRawQuery() != null) {
      sb.append("?…");
    }
    return sb.toString();
  }

  /** Mutable builder of {@link HttpRequest}; not thread-safe. */
  public static final class Builder {
    private String method = "GET";
    private URI uri;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private RequestBody body;
    private Boolean idempotent;
    private Duration timeout;

    private Builder() {}

    /**
     * Sets the method (default GET).
     *
     * @param method an HTTP method token, e.g. {@code POST}; upper-cased
     * @return this builder
     * @throws IllegalArgumentException if {@code method} is not an HTTP token
     */
    public Builder method(String method) {
      Objects.requireNonNull(method, "method");
      if (!method.matches("[A-Za-z]+")) {
        throw new IllegalArgumentException("method must be letters only: " + method);
      }
      this.method = method.toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Sets the target.
     *
     * @param uri an absolute {@code https} (or {@code http}) URI
     * @return this builder
     */
    public Builder uri(URI uri) {
      this.uri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Adds a header value (headers may repeat).
     *
     * @param name the header name
     * @param value the value, one line
     * @return this builder
     * @throws IllegalArgumentException if the name or value contains a line break
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        throw new IllegalArgumentException("invalid header name: " + name);
      }
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header " + name + " has a line break in its value");
      }
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Replaces every value of a header with one value.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder setHeader(String name, String value) {
      headers.remove(name);
      return header(name, value);
    }

    /**
     * Removes a header.
     *
     * @param name the header name, any case
     * @return this builder
     */
    public Builder removeHeader(String name) {
      headers.remove(name);
      return this;
    }

    /**
     * Sets the body; its content type becomes the {@code Content-Type} header unless one is set.
     *
     * @param body the body, or {@code null} for none
     * @return this builder
     */
    public Builder body(RequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * Marks the request as safe to send more than once (or not), overriding the default derived
     * from the method.
     *
     * @param idempotent whether the request may be retried
     * @return this builder
     */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /**
     * Sets the time allowed from sending the request to receiving the response headers,
     * overriding the transport's response timeout for this request.
     *
     * @param timeout a positive duration, or {@code null} for the transport's
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException if no URI was set
     * @throws IllegalArgumentException if the URI is not an absolute http(s) URI
     */
    public HttpRequest build() {
      return new HttpRequest(this);
    }
  }
}
