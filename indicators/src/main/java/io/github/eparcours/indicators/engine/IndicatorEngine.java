package io.github.eparcours.indicators.engine;

import io.github.eparcours.indicators.InvalidDefinitionException;
import io.github.eparcours.indicators.definition.BoundaryPolicy;
import io.github.eparcours.indicators.definition.IndicatorDefinition;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.internal.Plan;
import io.github.eparcours.indicators.report.IndicatorResults;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Evaluates indicator definitions over a stream of facts, in one pass, for one or more reporting
 * dates (each definition's period follows from each date by its period rule; the engine never
 * reads the clock).
 *
 * <p>Pure: no I/O, no clock, no logging, no static mutable state; the same facts in any order, on
 * one thread or many, give equal {@link IndicatorResults}. <b>Immutable and thread-safe</b>:
 * build one per set of definitions and dates and share it.
 *
 * <pre>{@code
 * IndicatorEngine engine = IndicatorEngine.builder()
 *     .definitions(BuiltInIndicators.eparcoursDac(EparcoursPolicies.defaults()))
 *     .reportingDate(LocalDate.of(2024, 4, 1))
 *     .build();
 * IndicatorResults results = engine.evaluate(facts.stream());
 * }</pre>
 *
 * <p>Facts come as records ({@link Fact}) or, faster, as primitive columns ({@link FactColumns}:
 * dictionary-encoded subjects, kinds and actors, long times) that the engine folds without
 * hashing nor allocating per fact. Both inputs share one evaluation core and give equal results.
 */
public final class IndicatorEngine {

  private final List<IndicatorDefinition> definitions;
  private final List<LocalDate> reportingDates;
  private final ZoneId zone;
  private final BoundaryPolicy boundary;
  private final boolean explain;
  private final Plan plan;

  private IndicatorEngine(Builder b) {
    this.definitions = List.copyOf(b.definitions);
    this.reportingDates = List.copyOf(b.reportingDates);
    this.zone = b.zone;
    this.boundary = b.boundary;
    this.explain = b.explain;
    if (definitions.isEmpty() || reportingDates.isEmpty()) {
      throw new InvalidDefinitionException("IND-0021", "the engine has nothing to evaluate",
          "it needs at least one definition and one reporting date",
          "call definitions(...) and reportingDate(...) on the builder");
    }
    Set<String> ids = new HashSet<>();
    for (IndicatorDefinition d : definitions) {
      if (!ids.add(d.id())) {
        throw new InvalidDefinitionException("IND-0022", "two definitions share the id "
            + d.id(), "reports are keyed by indicator id", "give each definition its own id");
      }
    }
    this.plan = new Plan(definitions, reportingDates, zone, boundary, explain);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder initialised from this engine */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.definitions.addAll(definitions);
    b.reportingDates.addAll(reportingDates);
    b.zone = zone;
    b.boundary = boundary;
    b.explain = explain;
    return b;
  }

  /** @return the definitions evaluated */
  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  /** @return the reporting dates */
  public List<LocalDate> reportingDates() {
    return reportingDates;
  }

  /**
   * Returns an empty partial aggregate for folding facts by hand (one per thread).
   *
   * @return the aggregate
   */
  public PartialAggregate newAggregate() {
    return new PartialAggregate(plan, new FactEncoder(), 0);
  }

  /**
   * Returns an empty partial aggregate indexed by the ids of this encoder, for folding {@link
   * FactColumns} encoded with it. Several aggregates may share one encoder (one per thread, each
   * folding its slice of the columns, while nothing is being encoded); they then merge row by row
   * by subject id.
   *
   * @param encoder the encoder, not null; records accepted by the aggregate are encoded with it
   * @return the aggregate, sized for the encoder's subjects
   */
  public PartialAggregate newAggregate(FactEncoder encoder) {
    return new PartialAggregate(plan, Objects.requireNonNull(encoder, "encoder"),
        encoder.subjectCount());
  }

  /**
   * Returns an empty partial aggregate (with its own encoder) whose state is sized up front for
   * about this many subjects, all tenants together: for large runs it avoids regrowing the state
   * (and the garbage collections that copying large arrays causes). It still grows past the
   * hint.
   *
   * @param expectedSubjects the expected number of (tenant, subject) pairs
   * @return the aggregate
   * @throws IllegalArgumentException if the hint is negative
   * @throws io.github.eparcours.indicators.IndicatorException if one aggregate cannot hold that
   *     many subjects ({@code IND-0105})
   */
  public PartialAggregate newAggregate(int expectedSubjects) {
    if (expectedSubjects < 0) {
      throw new IllegalArgumentException("expectedSubjects must not be negative");
    }
    return new PartialAggregate(plan, new FactEncoder(), expectedSubjects);
  }

  /**
   * Returns a collector folding facts into a partial aggregate; its combiner is {@link
   * PartialAggregate#merge(PartialAggregate)}, so it works on parallel streams.
   *
   * @return the collector
   */
  public Collector<Fact, PartialAggregate, PartialAggregate> collector() {
    return Collector.of(this::newAggregate, PartialAggregate::accept, PartialAggregate::merge);
  }

  /**
   * Evaluates sequentially, in the calling thread.
   *
   * @param facts the facts, in any order; consumed
   * @return the results
   */
  public IndicatorResults evaluate(Stream<Fact> facts) {
    return report(facts.sequential().collect(collector()));
  }

  /**
   * Evaluates sequentially, in the calling thread.
   *
   * @param facts the facts, in any order
   * @return the results
   */
  public IndicatorResults evaluate(Iterable<Fact> facts) {
    PartialAggregate a = newAggregate();
    facts.forEach(a);
    return report(a);
  }

  /**
   * Evaluates columns sequentially, in the calling thread.
   *
   * @param facts the facts, in any order
   * @return the results
   */
  public IndicatorResults evaluate(FactColumns facts) {
    PartialAggregate a = newAggregate(facts.encoder());
    a.accept(facts);
    return report(a);
  }

  /**
   * Evaluates columns on {@code parts} tasks of the fork-join pool the call runs in (the common
   * pool otherwise): the tasks fold the facts into one aggregate, each updating its own ranges
   * of subject ids ({@link PartialAggregate#accept(FactColumns, int)}), then tally the reports
   * over ranges of subjects ({@link #report(PartialAggregate, int)}). Gives results equal to
   * {@link #evaluate(FactColumns)}. Nothing may be encoded with the columns' encoder meanwhile.
   *
   * @param facts the facts, in any order
   * @param parts how many tasks, at least 1
   * @return the results
   * @throws IllegalArgumentException if parts is below 1
   */
  public IndicatorResults evaluateParallel(FactColumns facts, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1");
    }
    PartialAggregate a = newAggregate(facts.encoder());
    a.accept(facts, parts);
    return report(a, parts);
  }

  /**
   * Evaluates on a parallel stream (the common fork-join pool, or the pool the call runs in):
   * each worker folds its share into its own aggregate, then they merge. Gives results equal to
   * {@link #evaluate(Stream)}.
   *
   * @param facts the facts, in any order; consumed
   * @return the results
   */
  public IndicatorResults evaluateParallel(Stream<Fact> facts) {
    return report(facts.parallel().unordered().collect(collector()));
  }

  /**
   * Produces the reports of an aggregate: every definition and period, for every tenant seen.
   *
   * @param aggregate the aggregate, from this engine
   * @return the results
   * @throws InvalidDefinitionException if the aggregate comes from another engine ({@code
   *     IND-0020})
   */
  public IndicatorResults report(PartialAggregate aggregate) {
    return report(aggregate, 1);
  }

  /**
   * Produces the reports of an aggregate on {@code parts} tasks of the fork-join pool the call
   * runs in (the common pool otherwise), each tallying a range of every tenant's subjects; equal
   * to {@link #report(PartialAggregate)}. The aggregate must not be updated meanwhile.
   *
   * @param aggregate the aggregate, from this engine
   * @param parts how many tasks, at least 1 (small tenants are tallied by fewer)
   * @return the results
   * @throws InvalidDefinitionException if the aggregate comes from another engine ({@code
   *     IND-0020})
   * @throws IllegalArgumentException if parts is below 1
   */
  public IndicatorResults report(PartialAggregate aggregate, int parts) {
    if (aggregate.plan() != plan) {
      throw new InvalidDefinitionException("IND-0020", "cannot report a partial aggregate",
          "it was produced by another engine", "report it with the engine that created it");
    }
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1");
    }
    return new IndicatorResults(plan.report(aggregate.state(), parts));
  }

  /** Builds an {@link IndicatorEngine}. Not thread-safe. */
  public static final class Builder {
    private final List<IndicatorDefinition> definitions = new ArrayList<>();
    private final List<LocalDate> reportingDates = new ArrayList<>();
    private ZoneId zone = ZoneId.of("Europe/Paris");
    private BoundaryPolicy boundary = BoundaryPolicy.END_EXCLUSIVE;
    private boolean explain = true;

    private Builder() {}

    /** @param values definitions to add @return this builder */
    public Builder definitions(List<IndicatorDefinition> values) {
      values.forEach(v -> definitions.add(Objects.requireNonNull(v)));
      return this;
    }

    /** @param value a definition to add @return this builder */
    public Builder addDefinition(IndicatorDefinition value) {
      definitions.add(Objects.requireNonNull(value));
      return this;
    }

    /** @param value a reporting date to add @return this builder */
    public Builder reportingDate(LocalDate value) {
      reportingDates.add(Objects.requireNonNull(value));
      return this;
    }

    /**
     * Adds the reporting dates that give the {@code count} quarters ending with the quarter
     * before {@code last} (for a dashboard over the last quarters).
     *
     * @param last the latest reporting date
     * @param count how many quarters
     * @return this builder
     */
    public Builder lastQuarters(LocalDate last, int count) {
      for (int i = count - 1; i >= 0; i--) {
        reportingDates.add(last.minusMonths(3L * i));
      }
      return this;
    }

    /**
     * Sets the time zone periods are read in. Default {@code Europe/Paris}: the programmes are
     * French and their quarters are civil quarters in metropolitan France.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      zone = Objects.requireNonNull(value);
      return this;
    }

    /** @param value the boundary policy (default END_EXCLUSIVE) @return this builder */
    public Builder boundaryPolicy(BoundaryPolicy value) {
      boundary = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Whether reports list the subjects of each population (default true: funding is disputed,
     * the vendor must be able to show why). Turn off for counts only.
     *
     * @param value true to list subjects
     * @return this builder
     */
    public Builder explain(boolean value) {
      explain = value;
      return this;
    }

    /**
     * Builds the engine, compiling the definitions.
     *
     * @return the engine
     * @throws InvalidDefinitionException if nothing is to be evaluated or ids clash
     */
    public IndicatorEngine build() {
      return new IndicatorEngine(this);
    }
  }

  @Override
  public String toString() {
    return "IndicatorEngine" + Map.of("definitions", definitions.size(), "dates",
        reportingDates.size());
  }
}
