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

  private final Plan plan;
  private final Map<String, SubjectTable> tenants = new HashMap<>();
  private String lastTenant;
  private SubjectTable lastTable;
  private long facts;

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
    SubjectTable t;
    if (tenant == lastTenant || tenant.equals(lastTenant)) {
      t = lastTable;
    } else {
      t = tenants.computeIfAbsent(tenant, x -> plan.newTable(expectedSubjects));
      lastTenant = tenant;
      lastTable = t;
    }
    plan.fold(t, t.row(fact.subject()), fact, kind);
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
    return tenants.values().stream().mapToLong(SubjectTable::size).sum();
  }

  Plan plan() {
    return plan;
  }

  Map<String, SubjectTable> tenants() {
    return tenants;
  }
}
