package io.github.eparcours.indicators.engine;

import io.github.eparcours.indicators.InvalidDefinitionException;
import io.github.eparcours.indicators.InvalidFactException;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactColumns;
import io.github.eparcours.indicators.fact.FactEncoder;
import io.github.eparcours.indicators.internal.Plan;
import io.github.eparcours.indicators.internal.SubjectColumns;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The per-subject aggregates of the facts accepted so far, grouped by (tenant, subject). Memory is
 * proportional to the number of subjects, not of facts: one row of longs per subject, indexed by
 * the subject ids of the aggregate's {@link FactEncoder}. Two aggregates of the same engine merge
 * associatively and commutatively: fold disjoint slices of the facts on several threads (or in a
 * distributed engine's combine step), merge, and the reports equal those of one sequential pass.
 *
 * <p>Two inputs share one evaluation core: {@link #accept(FactColumns)} folds primitive columns
 * directly (the fast path), and {@link #accept(Fact)} buffers records, encodes them with the
 * aggregate's encoder ({@link FactEncoder#encode}) into small internal columns, and folds those
 * with the same code.
 *
 * <p><b>Not thread-safe</b>: one aggregate per thread, then {@link #merge(PartialAggregate)}.
 * Aggregates sharing one encoder merge row by row by subject id; aggregates with different
 * encoders merge by re-encoding the other's subjects, actors and values into this one's encoder.
 */
public final class PartialAggregate implements Consumer<Fact> {

  /** Records are encoded into columns of this many rows, then folded. */
  private static final int BATCH = 256;

  private final Plan plan;
  private final FactEncoder encoder;
  private final SubjectColumns state;
  private long facts;
  private final Fact[] pending = new Fact[BATCH];
  private final int[] kinds = new int[BATCH];
  private final int[] subjects = new int[BATCH];
  private final long[] ticks = new long[BATCH];
  private final int[] actors;
  private final int[] codes;
  private final int[] qualifiers;
  private int buffered;

  PartialAggregate(Plan plan, FactEncoder encoder, int expectedSubjects) {
    this.plan = plan;
    this.encoder = encoder;
    this.state = plan.newState(encoder, expectedSubjects);
    this.actors = plan.readsActors() ? new int[BATCH] : null;
    this.codes = plan.readsValues() ? new int[BATCH] : null;
    this.qualifiers = plan.readsValues() ? new int[BATCH] : null;
  }

  /**
   * Folds one fact, encoding it with {@link #encoder()}. Facts of a kind no indicator reads are
   * counted and otherwise ignored.
   *
   * @param fact the fact, not null
   */
  @Override
  public void accept(Fact fact) {
    facts++;
    int kind = encoder.kind(fact.kind());
    if (!state.reads(kind)) {
      return;
    }
    int n = buffered;
    pending[n] = fact;
    buffered = n + 1;
    if (n + 1 == BATCH) {
      flush();
    }
  }

  /**
   * Folds a batch of facts given as columns: per row a few array reads and updates of the
   * subject's row, no hashing and no allocation per fact. When the aggregate's rows outgrow a
   * core's cache, a batch of more than a few thousand facts is first partitioned into windows of
   * subject ids and folded window by window, through a temporary buffer of at most four facts per
   * subject (65,536 facts at least) that is released before this method returns. The batch's ids
   * must come from this aggregate's encoder (create the aggregate with {@link
   * IndicatorEngine#newAggregate(FactEncoder)}).
   *
   * @param batch the facts, not null
   * @throws InvalidFactException if the batch was encoded by another encoder ({@code IND-0106})
   */
  public void accept(FactColumns batch) {
    accept(batch, 1);
  }

  /**
   * Folds a batch of facts given as columns on {@code parts} tasks of the fork-join pool the
   * call runs in (the common pool otherwise), with the same result as {@link
   * #accept(FactColumns)}. The tasks share this aggregate's state, each updating the rows of its
   * own ranges of subject ids, and nothing is merged afterwards: a batch ordered by subject id is
   * cut into one slice per task, slices that share no range; facts in another order are first
   * partitioned by subject id by all the tasks, chunk after chunk. Batches of
   * fewer than a few thousand facts per task, and aggregates of fewer than a few thousand
   * subjects, are folded in the calling thread. The aggregate must not be used by another thread
   * meanwhile, nor anything encoded with its encoder.
   *
   * @param batch the facts, not null
   * @param parts how many tasks, at least 1
   * @throws InvalidFactException if the batch was encoded by another encoder ({@code IND-0106})
   * @throws IllegalArgumentException if parts is below 1
   */
  public void accept(FactColumns batch, int parts) {
    if (batch.encoder() != encoder) {
      throw new InvalidFactException("IND-0106", "fact columns were encoded by another encoder",
          "a partial aggregate indexes its state by the ids of its own encoder",
          "create the aggregate with IndicatorEngine.newAggregate(batch.encoder())");
    }
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1");
    }
    flush();
    facts += batch.size();
    plan.foldParallel(state, batch.kinds(), batch.subjects(), batch.times(),
        batch.nanosPerUnit(), batch.actors(), batch.codes(), batch.qualifiers(), batch.from(),
        batch.to(), parts);
  }

  /** Folds the buffered records. */
  private void flush() {
    int n = buffered;
    if (n == 0) {
      return;
    }
    buffered = 0;
    encoder.encode(pending, n, kinds, subjects, ticks, actors, codes, qualifiers);
    Arrays.fill(pending, 0, n, null);
    plan.fold(state, kinds, subjects, ticks, 1L, actors, codes, qualifiers, 0, n);
  }

  /**
   * Merges another aggregate of the same engine into this one; the other is left unchanged.
   *
   * @param other the other aggregate
   * @return this aggregate
   * @throws InvalidDefinitionException if the other aggregate comes from another engine ({@code
   *     IND-0020})
   */
  public PartialAggregate merge(PartialAggregate other) {
    if (other.plan != plan) {
      throw new InvalidDefinitionException("IND-0020", "cannot merge partial aggregates",
          "they were produced by different engines (different definitions or reporting dates)",
          "create every partial aggregate from the same IndicatorEngine");
    }
    if (other == this) {
      return this;
    }
    flush();
    other.flush();
    plan.merge(state, other.state);
    facts += other.facts;
    return this;
  }

  /** @return the encoder whose ids index this aggregate */
  public FactEncoder encoder() {
    return encoder;
  }

  /** @return the number of facts accepted, including merged ones */
  public long factCount() {
    return facts;
  }

  /** @return the number of distinct (tenant, subject) pairs with facts some indicator reads */
  public long subjectCount() {
    flush();
    return state.seenCount();
  }

  Plan plan() {
    return plan;
  }

  SubjectColumns state() {
    flush();
    return state;
  }
}
