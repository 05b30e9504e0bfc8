package io.github.eparcours.examples.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The scenario's configuration: empty by default, which means "start the built-in fakes"; a
 * properties file ({@code --config FILE}), {@code --set key=value} arguments and environment
 * variables ({@code EPARCOURS_DMP_ENDPOINT} for {@code dmp.endpoint}) point parts of it at real
 * services. Later sources win: file, then environment, then {@code --set}.
 *
 * <p>Immutable.
 */
public final class ScenarioConfig {

  private static final String ENV_PREFIX = "EPARCOURS_";

  private final Map<String, String> values;

  private ScenarioConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * Returns the empty configuration: everything runs on the fakes.
   *
   * @return the configuration
   */
  public static ScenarioConfig fakes() {
    return new ScenarioConfig(Map.of());
  }

  /**
   * Builds the configuration from its three sources.
   *
   * @param file a properties file, or null
   * @param environment the process environment (only {@code EPARCOURS_*} entries are used)
   * @param overrides {@code key=value} pairs from the command line
   * @return the configuration
   * @throws IllegalArgumentException if the file cannot be read or an override has no {@code =}
   */
  public static ScenarioConfig load(
      Path file, Map<String, String> environment, Iterable<String> overrides) {
    Map<String, String> merged = new TreeMap<>();
    if (file != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read the configuration file " + file + ": " + e.getMessage(), e);
      }
      properties.stringPropertyNames().forEach(k -> merged.put(k, properties.getProperty(k).trim()));
    }
    environment.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX)) {
        merged.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'),
            value.trim());
      }
    });
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "--set expects key=value (e.g. --set dmp.endpoint=https://...), got: " + override);
      }
      merged.put(override.substring(0, eq).trim(), override.substring(eq + 1).trim());
    }
    return new ScenarioConfig(merged);
  }

  /**
   * Returns a value.
   *
   * @param key the key, e.g. {@code dmp.endpoint}
   * @return the value, or empty
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
  }

  /**
   * Tells whether a service section is configured for a real service.
   *
   * @param service the section name, e.g. {@code dmp}, {@code mss}, {@code ror}, {@code annuaire}
   * @return true if {@code <service>.endpoint} (or {@code <service>.host}) is set
   */
  public boolean usesRealService(String service) {
    return get(service + ".endpoint").isPresent() || get(service + ".host").isPresent();
  }

  /**
   * Returns a required value.
   *
   * @param key the key
   * @return the value
   * @throws IllegalArgumentException naming the key when it is missing
   */
  public String require(String key) {
    return get(key).orElseThrow(() -> new IllegalArgumentException(
        "configuration key '" + key + "' is required when this service is configured; set it in "
            + "the --config file, with --set " + key + "=..., or as " + ENV_PREFIX
            + key.toUpperCase(Locale.ROOT).replace('.', '_')));
  }
}
