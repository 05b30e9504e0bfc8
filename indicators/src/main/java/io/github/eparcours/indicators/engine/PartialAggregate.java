package io.github.eparcours.indicators.engine;

import io.github.eparcours.indicators.InvalidDefinitionException;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.internal.Plan;
import io.github.eparcours.indicators.internal.SubjectTable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The per-subject aggregates of the facts accepted so far, grouped by (tenant, subject). Memory is
 * proportional to the number of subjects, not of facts. Two aggregates of the same engine merge
 * associatively and commutatively: fold disjoint slices of the facts on several threads (or in a
 * distributed engine's combine step), merge, and the reports equal those of one sequential pass.
 *
 * <p><b>Not thread-safe</b>: one aggregate per thread, then {@link #merge(PartialAggregate)}.
 */
public final class PartialAggregate implements Consumer<Fact> {

  /**
   * Facts are folded in small batches, in phases (hash every subject, read every first index
   * entry, look every row up, read every row, fold): within a phase the memory reads of different
   * facts do not depend on each other, so their cache misses overlap. The order of facts never
   * changes the aggregates, so batching changes no result.
   */
  private static final int BATCH = 32;

  private final Plan plan;
  private final Map<String, SubjectTable> tenants = new HashMap<>();
  private String lastTenant;
  private SubjectTable lastTable;
  private long facts;
  private final Fact[] batch = new Fact[BATCH];
  private final int[] batchKinds = new int[BATCH];
  private final int[] batchHashes = new int[BATCH];
  private final int[] batchRows = new int[BATCH];
  private int batched;
  /** Sink for the warming reads, so that the compiler keeps them. */
  private long warm;

  private final int expectedSubjects;

  PartialAggregate(Plan plan, int expectedSubjects) {
    this.plan = plan;
    this.expectedSubjects = expectedSubjects;
  }

  /**
   * Folds one fact. Facts of a kind no indicator reads are counted and otherwise ignored.
   *
   * @param fact the fact, not null
   */
  @Override
  public void accept(Fact fact) {
    facts++;
    int kind = plan.kindIndex(fact.kind());
    if (kind < 0) {
      return;
    }
    String tenant = fact.tenant();
    if (tenant != lastTenant && !tenant.equals(lastTenant)) {
      flush();
      lastTable = tenants.computeIfAbsent(tenant, x -> plan.newTable(expectedSubjects));
      lastTenant = tenant;
    }
    int n = batched;
    batch[n] = fact;
    batchKinds[n] = kind;
    batched = n + 1;
    if (n + 1 == BATCH) {
      flush();
    }
  }

  /** Folds the batched facts (all of the current tenant) into its table. */
  private void flush() {
    int n = batched;
    if (n == 0) {
      return;
    }
    SubjectTable t = lastTable;
    Fact[] fs = batch;
    int[] hashes = batchHashes;
    int[] rows = batchRows;
    for (int i = 0; i < n; i++) {
      hashes[i] = fs[i].subject().hashCode();
    }
    long w = 0;
    for (int i = 0; i < n; i++) {
      w ^= t.firstProbe(hashes[i]);
    }
    for (int i = 0; i < n; i++) {
      rows[i] = t.row(fs[i].subject(), hashes[i]);
    }
    if (t.longWidth() > 0) {
      long[] longs = t.longs();
      for (int i = 0; i < n; i++) {
        w ^= longs[t.longBase(rows[i])];
      }
    }
    warm ^= w;
    for (int i = 0; i < n; i++) {
      plan.fold(t, rows[i], fs[i], batchKinds[i]);
      fs[i] = null;
    }
    batched = 0;
  }

  /**
   * Merges another aggregate of the same engine into this one. The other aggregate must not be
   * used afterwards (it may share state with this one).
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
    for (Map.Entry<String, SubjectTable> e : other.tenants.entrySet()) {
      SubjectTable mine = tenants.get(e.getKey());
      if (mine == null) {
        tenants.put(e.getKey(), e.getValue());
      } else {
        plan.merge(mine, e.getValue());
      }
    }
    facts += other.facts;
    lastTenant = null;
    lastTable = null;
    return this;
  }

  /** @return the number of facts accepted, including merged ones */
  public long factCount() {
    return facts;
  }

  /** @return the number of distinct (tenant, subject) pairs held */
  public long subjectCount() {
    flush();
    return tenants.values().stream().mapToLong(SubjectTable::size).sum();
  }

  Plan plan() {
    return plan;
  }

  Map<String, SubjectTable> tenants() {
    flush();
    return tenants;
  }
}
