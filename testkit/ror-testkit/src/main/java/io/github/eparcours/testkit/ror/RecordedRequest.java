package io.github.eparcours.testkit.ror;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request the fake received, as it arrived: service, method, path, raw query, headers (names
 * lower-cased) and decoded parameters (query, plus the form body of token requests).
 *
 * <p>Immutable. {@link #toString()} shows no header values (they hold tokens and keys).
 *
 * @param service the endpoint hit
 * @param method the HTTP method
 * @param path the path
 * @param rawQuery the raw query string, or empty
 * @param headers the headers, names lower-cased
 * @param parameters the decoded parameters
 * @param clientCertificatePresented whether the TLS client presented a certificate
 * @param receivedAt when it arrived
 * @since 0.1.0
 */
public record RecordedRequest(FakeService service, String method, String path, String rawQuery,
    Map<String, List<String>> headers, Map<String, List<String>> parameters,
    boolean clientCertificatePresented, Instant receivedAt) {

  /** Makes the collections unmodifiable. */
  public RecordedRequest {
    headers = Map.copyOf(headers);
    parameters = Map.copyOf(parameters);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty
   */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /**
   * Returns all values of a parameter.
   *
   * @param name the parameter name, with its modifier if any
   * @return the values, empty if absent
   */
  public List<String> parameter(String name) {
    return parameters.getOrDefault(name, List.of());
  }

  @Override
  public String toString() {
    return service + " " + method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
  }
}
