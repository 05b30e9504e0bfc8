package io.github.eparcours.examples.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the steps of one run share: configuration, narrator, output directory, the results of
 * earlier steps and the resources to close at the end. Not thread-safe: one per run.
 */
public final class ScenarioContext implements AutoCloseable {

  private final ScenarioConfig config;
  private final Narrator narrator;
  private final Path outputDirectory;
  private final Map<Class<?>, Object> results = new HashMap<>();
  private final List<AutoCloseable> resources = new ArrayList<>();
  private final List<String> summary = new ArrayList<>();

  /**
   * Creates a context.
   *
   * @param config the configuration
   * @param narrator the narrator
   * @param outputDirectory where files (e.g. the dashboard) are written
   */
  public ScenarioContext(ScenarioConfig config, Narrator narrator, Path outputDirectory) {
    this.config = Objects.requireNonNull(config, "config");
    this.narrator = Objects.requireNonNull(narrator, "narrator");
    this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  /** @return the configuration */
  public ScenarioConfig config() {
    return config;
  }

  /** @return the narrator */
  public Narrator narrator() {
    return narrator;
  }

  /** @return the output directory */
  public Path outputDirectory() {
    return outputDirectory;
  }

  /**
   * Stores the result of a step for later steps, keyed by its type.
   *
   * @param <T> the result type
   * @param type the key
   * @param value the result
   */
  public <T> void put(Class<T> type, T value) {
    results.put(type, Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the result a previous step stored.
   *
   * @param <T> the result type
   * @param type the key
   * @return the result
   * @throws IllegalStateException if no earlier step produced it
   */
  public <T> T get(Class<T> type) {
    Object value = results.get(type);
    if (value == null) {
      throw new IllegalStateException("no earlier step produced a " + type.getSimpleName());
    }
    return type.cast(value);
  }

  /**
   * Returns the result an earlier step stored, or creates and stores it: for resources several
   * steps share (e.g. the ROR and Annuaire Santé fake).
   *
   * @param <T> the result type
   * @param type the key
   * @param factory creates the value when no step did yet
   * @return the stored or created value
   */
  public <T> T getOrCreate(Class<T> type, java.util.function.Supplier<? extends T> factory) {
    Object value = results.get(type);
    if (value == null) {
      value = Objects.requireNonNull(factory.get(), "factory result");
      results.put(type, value);
    }
    return type.cast(value);
  }

  /**
   * Registers a resource (a fake server, a client) closed when the run ends, last first.
   *
   * @param <T> the resource type
   * @param resource the resource
   * @return the resource
   */
  public <T extends AutoCloseable> T closeAtEnd(T resource) {
    resources.add(resource);
    return resource;
  }

  /**
   * Adds a line to the end-of-run summary.
   *
   * @param line the line
   */
  public void summarise(String line) {
    summary.add(line);
  }

  /** @return the summary lines, in order */
  public List<String> summary() {
    return List.copyOf(summary);
  }

  @Override
  public void close() {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        narrator.detail("closing " + resources.get(i).getClass().getSimpleName() + " failed: "
            + e.getMessage());
      }
    }
    resources.clear();
  }
}
