package io.github.eparcours.indicators.definition;

import io.github.eparcours.indicators.InvalidDefinitionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator as data, shaped like a FHIR {@code Measure}: a basis, populations as {@link
 * Criterion criteria} over a subject's facts, a scoring, a period rule, a target schedule,
 * stratifiers, and the policies chosen where the texts are ambiguous (recorded in {@link
 * #policies()} and copied into every report).
 *
 * <p>Population semantics follow the FHIR/CQM proportion measure: denominator ⊆ initial
 * population; denominator exclusion ⊆ denominator; numerator ⊆ denominator minus exclusions;
 * numerator exclusion ⊆ numerator; denominator exception ⊆ denominator minus exclusions minus
 * numerator. An absent denominator equals the initial population; absent exclusions, exceptions
 * are empty; an absent numerator is empty.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
public final class IndicatorDefinition {

  private final String id;
  private final String version;
  private final String title;
  private final Basis basis;
  private final Scoring scoring;
  private final PeriodRule periodRule;
  private final Criterion initialPopulation;
  private final Criterion denominator;
  private final Criterion denominatorExclusion;
  private final Criterion denominatorException;
  private final Criterion numerator;
  private final Criterion numeratorExclusion;
  private final FactSelector observation;
  private final TargetSchedule targets;
  private final List<Stratifier> stratifiers;
  private final Map<String, String> policies;
  private final int minimumDenominator;

  private IndicatorDefinition(Builder b) {
    this.id = requireText(b.id, "id");
    this.version = requireText(b.version, "version");
    this.title = requireText(b.title, "title");
    this.basis = Objects.requireNonNull(b.basis, "basis");
    this.scoring = Objects.requireNonNull(b.scoring, "scoring");
    this.periodRule = Objects.requireNonNull(b.periodRule, "periodRule");
    if (b.initialPopulation == null) {
      throw new InvalidDefinitionException("IND-0010", "indicator " + b.id
          + " has no initial population", "every indicator needs the criterion that selects "
          + "the subjects it looks at", "call initialPopulation(...) on the builder");
    }
    if (b.scoring != Scoring.COUNT && b.numerator == null) {
      throw new InvalidDefinitionException("IND-0011", "indicator " + b.id + " has no numerator",
          b.scoring + " scoring needs a numerator", "call numerator(...) on the builder");
    }
    if (b.minimumDenominator < 1) {
      throw new InvalidDefinitionException("IND-0012", "indicator " + b.id
          + " has a minimum denominator below 1", "a score over an empty denominator is undefined",
          "use 1 or more");
    }
    this.initialPopulation = b.initialPopulation;
    this.denominator = b.denominator;
    this.denominatorExclusion = b.denominatorExclusion;
    this.denominatorException = b.denominatorException;
    this.numerator = b.numerator;
    this.numeratorExclusion = b.numeratorExclusion;
    this.observation = b.observation;
    this.targets = Objects.requireNonNull(b.targets, "targets");
    this.stratifiers = List.copyOf(b.stratifiers);
    this.policies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.policies));
    this.minimumDenominator = b.minimumDenominator;
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidDefinitionException("IND-0013", "an indicator definition has no " + name,
          name + " identifies the indicator in reports and funding rules",
          "call " + name + "(...) on the builder");
    }
    return value;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this definition.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.version = version;
    b.title = title;
    b.basis = basis;
    b.scoring = scoring;
    b.periodRule = periodRule;
    b.initialPopulation = initialPopulation;
    b.denominator = denominator;
    b.denominatorExclusion = denominatorExclusion;
    b.denominatorException = denominatorException;
    b.numerator = numerator;
    b.numeratorExclusion = numeratorExclusion;
    b.observation = observation;
    b.targets = targets;
    b.stratifiers.addAll(stratifiers);
    b.policies.putAll(policies);
    b.minimumDenominator = minimumDenominator;
    return b;
  }

  /** @return the id, e.g. {@code eparcours-6.1} */
  public String id() {
    return id;
  }

  /** @return the version of the definition */
  public String version() {
    return version;
  }

  /** @return a human-readable title */
  public String title() {
    return title;
  }

  /** @return what is counted */
  public Basis basis() {
    return basis;
  }

  /** @return how the score is computed */
  public Scoring scoring() {
    return scoring;
  }

  /** @return how the period follows from the reporting date */
  public PeriodRule periodRule() {
    return periodRule;
  }

  /** @return the initial population criterion */
  public Criterion initialPopulation() {
    return initialPopulation;
  }

  /** @return the denominator criterion; empty means "the initial population" */
  public Optional<Criterion> denominator() {
    return Optional.ofNullable(denominator);
  }

  /** @return the denominator exclusion criterion, if any */
  public Optional<Criterion> denominatorExclusion() {
    return Optional.ofNullable(denominatorExclusion);
  }

  /** @return the denominator exception criterion, if any */
  public Optional<Criterion> denominatorException() {
    return Optional.ofNullable(denominatorException);
  }

  /** @return the numerator criterion, if any */
  public Optional<Criterion> numerator() {
    return Optional.ofNullable(numerator);
  }

  /** @return the numerator exclusion criterion, if any */
  public Optional<Criterion> numeratorExclusion() {
    return Optional.ofNullable(numeratorExclusion);
  }

  /**
   * Returns the facts counted per subject for {@link Scoring#COUNT} (the measure observation).
   *
   * @return the selector, if any
   */
  public Optional<FactSelector> observation() {
    return Optional.ofNullable(observation);
  }

  /** @return the targets */
  public TargetSchedule targets() {
    return targets;
  }

  /** @return the stratifiers, never null */
  public List<Stratifier> stratifiers() {
    return stratifiers;
  }

  /** @return the policies applied where the texts are ambiguous, name to value; never null */
  public Map<String, String> policies() {
    return policies;
  }

  /**
   * Returns the smallest denominator (after exclusions) for which a verdict is given; below it
   * the verdict is {@code INSUFFICIENT_DATA}. Default 1.
   *
   * @return the minimum
   */
  public int minimumDenominator() {
    return minimumDenominator;
  }

  @Override
  public String toString() {
    return "IndicatorDefinition[" + id + " v" + version + "]";
  }

  /** Builds an {@link IndicatorDefinition}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String version = "1";
    private String title;
    private Basis basis;
    private Scoring scoring = Scoring.PROPORTION;
    private PeriodRule periodRule = PeriodRule.previousQuarter();
    private Criterion initialPopulation;
    private Criterion denominator;
    private Criterion denominatorExclusion;
    private Criterion denominatorException;
    private Criterion numerator;
    private Criterion numeratorExclusion;
    private FactSelector observation;
    private TargetSchedule targets = TargetSchedule.NONE;
    private final List<Stratifier> stratifiers = new ArrayList<>();
    private final Map<String, String> policies = new LinkedHashMap<>();
    private int minimumDenominator = 1;

    private Builder() {}

    /** @param value the id @return this builder */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** @param value the version @return this builder */
    public Builder version(String value) {
      this.version = value;
      return this;
    }

    /** @param value the title @return this builder */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** @param value the basis @return this builder */
    public Builder basis(Basis value) {
      this.basis = value;
      return this;
    }

    /** @param value the scoring (default proportion) @return this builder */
    public Builder scoring(Scoring value) {
      this.scoring = value;
      return this;
    }

    /** @param value the period rule (default previous quarter) @return this builder */
    public Builder periodRule(PeriodRule value) {
      this.periodRule = value;
      return this;
    }

    /** @param value the initial population @return this builder */
    public Builder initialPopulation(Criterion value) {
      this.initialPopulation = value;
      return this;
    }

    /** @param value the denominator (null: the initial population) @return this builder */
    public Builder denominator(Criterion value) {
      this.denominator = value;
      return this;
    }

    /** @param value the denominator exclusion, or null @return this builder */
    public Builder denominatorExclusion(Criterion value) {
      this.denominatorExclusion = value;
      return this;
    }

    /** @param value the denominator exception, or null @return this builder */
    public Builder denominatorException(Criterion value) {
      this.denominatorException = value;
      return this;
    }

    /** @param value the numerator @return this builder */
    public Builder numerator(Criterion value) {
      this.numerator = value;
      return this;
    }

    /** @param value the numerator exclusion, or null @return this builder */
    public Builder numeratorExclusion(Criterion value) {
      this.numeratorExclusion = value;
      return this;
    }

    /**
     * Sets the measure observation: facts counted in the period per subject, summed for {@link
     * Scoring#COUNT}.
     *
     * @param value the selector, or null
     * @return this builder
     */
    public Builder observation(FactSelector value) {
      this.observation = value;
      return this;
    }

    /** @param value the targets @return this builder */
    public Builder targets(TargetSchedule value) {
      this.targets = value;
      return this;
    }

    /** @param value a stratifier to add @return this builder */
    public Builder addStratifier(Stratifier value) {
      this.stratifiers.add(Objects.requireNonNull(value, "stratifier"));
      return this;
    }

    /**
     * Records a policy choice, copied into every report.
     *
     * @param name the policy's name
     * @param value the value chosen
     * @return this builder
     */
    public Builder policy(String name, String value) {
      this.policies.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    /** @param value the minimum denominator (default 1) @return this builder */
    public Builder minimumDenominator(int value) {
      this.minimumDenominator = value;
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     * @throws InvalidDefinitionException if it is incomplete ({@code IND-0010} to {@code
     *     IND-0013})
     */
    public IndicatorDefinition build() {
      return new IndicatorDefinition(this);
    }
  }
}
