package io.github.eparcours.indicators.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a funding rule grants: payment lines, their total, and the policies applied. Immutable.
 *
 * @param rule the rule's id
 * @param lines the lines, in payment order
 * @param policies the policies applied, name to value
 */
public record FundingStatement(String rule, List<PaymentLine> lines,
    Map<String, String> policies) {

  /** Copies the components. */
  public FundingStatement {
    Objects.requireNonNull(rule, "rule");
    lines = List.copyOf(lines);
    policies = Map.copyOf(policies);
  }

  /**
   * Returns the sum of the lines.
   *
   * @return the total
   */
  public BigDecimal total() {
    return lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the line with this label.
   *
   * @param label the label
   * @return the line, or empty
   */
  public Optional<PaymentLine> line(String label) {
    return lines.stream().filter(l -> l.label().equals(label)).findFirst();
  }
}
