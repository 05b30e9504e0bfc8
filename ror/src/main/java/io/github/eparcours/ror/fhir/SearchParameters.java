package io.github.eparcours.ror.fhir;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered list of FHIR search parameters ({@code name=value} pairs, names may repeat: a
 * repeated name is an AND, a comma inside a value an OR). Values are kept unencoded and encoded
 * once when the query string is written.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SearchParameters {

  private final List<Map.Entry<String, String>> entries;

  private SearchParameters(List<Map.Entry<String, String>> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the pairs in order.
   *
   * @return the pairs
   */
  public List<Map.Entry<String, String>> entries() {
    return entries;
  }

  /**
   * Returns the values of a parameter.
   *
   * @param name the name (with modifier, if any)
   * @return the values, possibly empty
   */
  public List<String> values(String name) {
    return entries.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue)
        .toList();
  }

  /**
   * Writes the URL-encoded query string (without {@code ?}).
   *
   * @return the query string
   */
  public String toQueryString() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : entries) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
    }
    return sb.toString();
  }

  private static String encode(String s) {
    // FHIR tokens keep ':' in names readable; URLEncoder encodes spaces as '+', valid in queries.
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%3A", ":");
  }

  @Override
  public String toString() {
    return toQueryString();
  }

  /** Builder. Not thread-safe. */
  public static final class Builder {
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Appends a parameter.
     *
     * @param name the name, with its modifier if any ({@code name:contains})
     * @param value the unencoded value
     * @return this
     * @throws EparcoursClientException ROR-0001 if the name or value is blank
     */
    public Builder add(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isBlank() || value.isBlank()) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Search parameter refused: name and value "
            + "must not be blank (parameter '" + name + "'); leave the criterion out instead");
      }
      entries.add(Map.entry(name, value));
      return this;
    }

    /**
     * Appends a token parameter whose values are ORed ({@code system|code,system|code}).
     *
     * @param name the name
     * @param codes the codes; nothing is added when empty
     * @return this
     */
    public Builder addTokens(String name, List<io.github.eparcours.core.code.Code> codes) {
      if (!codes.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (var c : codes) {
          if (sb.length() > 0) {
            sb.append(',');
          }
          sb.append(escape(c.system())).append('|').append(escape(c.code()));
        }
        add(name, sb.toString());
      }
      return this;
    }

    /**
     * Appends all pairs of another parameter list.
     *
     * @param other the other list
     * @return this
     */
    public Builder addAll(SearchParameters other) {
      entries.addAll(other.entries);
      return this;
    }

    /**
     * Builds the list.
     *
     * @return the parameters
     */
    public SearchParameters build() {
      return new SearchParameters(entries);
    }
  }

  /**
   * Escapes the FHIR search special characters ({@code \ , $ |}) in one value.
   *
   * @param raw the value
   * @return the escaped value
   */
  public static String escape(String raw) {
    return raw.replace("\\", "\\\\").replace(",", "\\,").replace("$", "\\$").replace("|", "\\|");
  }
}
