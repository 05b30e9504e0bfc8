package io.github.eparcours.indicators.definition;

import io.github.eparcours.indicators.InvalidDefinitionException;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A predicate over the facts of one subject, as data: the engine compiles it into per-subject
 * aggregates (counts, first and last times, small sets of professionals) that it folds in one
 * pass and merges across threads. Immutable and thread-safe.
 */
public sealed interface Criterion {

  /**
   * At least {@code atLeast} selected facts in the window.
   *
   * @param selector the facts
   * @param window the window
   * @param atLeast the minimum count, at least 1
   */
  record Count(FactSelector selector, Window window, int atLeast) implements Criterion {
    /** Validates the components. */
    public Count {
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(window, "window");
      positive(atLeast, "atLeast");
    }
  }

  /**
   * Selected facts in the window by at least {@code atLeast} distinct actors (facts with no
   * actor are ignored).
   *
   * @param selector the facts
   * @param window the window
   * @param atLeast the minimum number of distinct actors, 1 to 16
   */
  record DistinctActors(FactSelector selector, Window window, int atLeast) implements Criterion {
    /** Validates the components. */
    public DistinctActors {
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(window, "window");
      positive(atLeast, "atLeast");
      if (atLeast > 16) {
        throw new InvalidDefinitionException("IND-0003", "distinct-actor threshold too large",
            "the engine keeps at most 16 actors per subject to bound memory",
            "use a threshold between 1 and 16");
      }
    }
  }

  /**
   * The subject is open (a file, a membership) in the period, under an {@link OpenFilePolicy}.
   *
   * @param opens the opening facts
   * @param closes the closing facts
   * @param policy what "open in the period" means
   */
  record Open(FactSelector opens, FactSelector closes, OpenFilePolicy policy)
      implements Criterion {
    /** Validates the components. */
    public Open {
      Objects.requireNonNull(opens, "opens");
      Objects.requireNonNull(closes, "closes");
      Objects.requireNonNull(policy, "policy");
    }
  }

  /**
   * The first {@code target} fact is dated no later than the first {@code anchor} fact plus a
   * calendar amount (inclusive), e.g. first evaluation within one month of opening.
   *
   * @param anchor the facts the deadline runs from
   * @param target the facts that must come in time
   * @param within the delay
   * @param policy whether facts after the period end count
   */
  record FirstWithin(FactSelector anchor, FactSelector target, Period within,
      LookAheadPolicy policy) implements Criterion {
    /** Validates the components. */
    public FirstWithin {
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(within, "within");
      Objects.requireNonNull(policy, "policy");
    }
  }

  /**
   * A team (care team) counts at least {@code atLeast} distinct members; members are the actors
   * of the adding and removing facts.
   *
   * @param adds the facts adding a member
   * @param removes the facts removing a member
   * @param policy when the team is measured
   * @param atLeast the minimum size
   */
  record TeamSize(FactSelector adds, FactSelector removes, CareTeamPolicy policy, int atLeast)
      implements Criterion {
    /** Validates the components. */
    public TeamSize {
      Objects.requireNonNull(adds, "adds");
      Objects.requireNonNull(removes, "removes");
      Objects.requireNonNull(policy, "policy");
      positive(atLeast, "atLeast");
    }
  }

  /**
   * The latest selected fact in the window (ties broken by the greatest value) has its code or
   * qualifier among {@code values}.
   *
   * @param selector the facts
   * @param window the window
   * @param component the attribute read
   * @param values the accepted values
   */
  record LatestValue(FactSelector selector, Window window, Component component,
      Set<String> values) implements Criterion {
    /** Validates and copies the components. */
    public LatestValue {
      Objects.requireNonNull(selector, "selector");
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(component, "component");
      values = Set.copyOf(values);
    }
  }

  /**
   * All of the criteria hold.
   *
   * @param all the criteria
   */
  record And(List<Criterion> all) implements Criterion {
    /** Copies the list. */
    public And {
      all = List.copyOf(all);
    }
  }

  /**
   * Any of the criteria holds.
   *
   * @param any the criteria
   */
  record Or(List<Criterion> any) implements Criterion {
    /** Copies the list. */
    public Or {
      any = List.copyOf(any);
    }
  }

  /**
   * The criterion does not hold.
   *
   * @param negated the criterion
   */
  record Not(Criterion negated) implements Criterion {
    /** Validates the component. */
    public Not {
      Objects.requireNonNull(negated, "negated");
    }
  }

  /**
   * At least one selected fact in the window.
   *
   * @param selector the facts
   * @param window the window
   * @return the criterion
   */
  static Criterion exists(FactSelector selector, Window window) {
    return new Count(selector, window, 1);
  }

  /**
   * This criterion and the others.
   *
   * @param others the other criteria
   * @return the conjunction
   */
  default Criterion and(Criterion... others) {
    Criterion[] all = new Criterion[others.length + 1];
    all[0] = this;
    System.arraycopy(others, 0, all, 1, others.length);
    return new And(List.of(all));
  }

  /**
   * This criterion or the others.
   *
   * @param others the other criteria
   * @return the disjunction
   */
  default Criterion or(Criterion... others) {
    Criterion[] all = new Criterion[others.length + 1];
    all[0] = this;
    System.arraycopy(others, 0, all, 1, others.length);
    return new Or(List.of(all));
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new InvalidDefinitionException("IND-0002", "criterion threshold " + name
          + " is below 1", "a threshold of 0 always holds and is almost certainly a mistake",
          "use 1 or more, or drop the criterion");
    }
  }
}
