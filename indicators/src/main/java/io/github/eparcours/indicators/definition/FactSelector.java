package io.github.eparcours.indicators.definition;

import io.github.eparcours.indicators.InvalidDefinitionException;
import io.github.eparcours.indicators.fact.Fact;
import io.github.eparcours.indicators.fact.FactKind;
import java.util.Arrays;
import java.util.Set;

/**
 * Which facts a criterion looks at: one or more kinds, optionally restricted to some codes and
 * some qualifiers. An empty {@code codes} (or {@code qualifiers}) set means "any value, including
 * none". Immutable and thread-safe.
 *
 * @param kinds the kinds, at least one
 * @param codes the accepted codes, empty for any
 * @param qualifiers the accepted qualifiers, empty for any
 */
public record FactSelector(Set<FactKind> kinds, Set<String> codes, Set<String> qualifiers) {

  /**
   * Copies and validates the sets.
   *
   * @throws InvalidDefinitionException if no kind is given ({@code IND-0001})
   */
  public FactSelector {
    kinds = Set.copyOf(kinds);
    codes = Set.copyOf(codes);
    qualifiers = Set.copyOf(qualifiers);
    if (kinds.isEmpty()) {
      throw new InvalidDefinitionException("IND-0001", "a fact selector has no kind",
          "a selector must name at least one fact kind", "pass one or more FactKind");
    }
  }

  /**
   * Selects facts of any of these kinds.
   *
   * @param first a kind
   * @param more other kinds
   * @return the selector
   */
  public static FactSelector of(FactKind first, FactKind... more) {
    FactKind[] all = Arrays.copyOf(more, more.length + 1);
    all[more.length] = first;
    return new FactSelector(Set.of(all), Set.of(), Set.of());
  }

  /**
   * Returns a copy that also requires the fact's code to be one of these.
   *
   * @param accepted the codes
   * @return the new selector
   */
  public FactSelector withCodes(String... accepted) {
    return new FactSelector(kinds, Set.of(accepted), qualifiers);
  }

  /**
   * Returns a copy that also requires the fact's qualifier to be one of these.
   *
   * @param accepted the qualifiers
   * @return the new selector
   */
  public FactSelector withQualifiers(String... accepted) {
    return new FactSelector(kinds, codes, Set.of(accepted));
  }

  /**
   * Tells whether the code and qualifier of a fact (whose kind is one of {@link #kinds()}) match.
   *
   * @param fact the fact
   * @return true if it matches
   */
  public boolean matchesAttributes(Fact fact) {
    return (codes.isEmpty() || (fact.code() != null && codes.contains(fact.code())))
        && (qualifiers.isEmpty()
            || (fact.qualifier() != null && qualifiers.contains(fact.qualifier())));
  }
}
