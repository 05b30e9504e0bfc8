package io.github.eparcours.core.internal.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Header maps of requests and responses: case-insensitive names, immutable. Stateless. */
public final class Headers {

  private Headers() {}

  /**
   * Copies headers into an unmodifiable map whose names match case-insensitively.
   *
   * @param headers the headers
   * @return the copy
   */
  public static Map<String, List<String>> freeze(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the first value of a header.
   *
   * @param headers a map made by {@link #freeze(Map)}
   * @param name the header name, any case
   * @return the first value, or empty
   */
  public static Optional<String> first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
