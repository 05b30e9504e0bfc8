package io.github.eparcours.core.validation;

/**
 * How serious a {@link ValidationIssue} is.
 *
 * @since 0.1
 */
public enum Severity {
  /** The object breaks a rule the receiving service enforces: it would be refused. */
  ERROR,
  /** The object is accepted but something is likely wrong or will be refused in future. */
  WARNING,
  /** A remark with no effect on acceptance. */
  INFO
}
