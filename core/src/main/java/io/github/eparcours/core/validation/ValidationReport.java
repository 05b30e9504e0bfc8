package io.github.eparcours.core.validation;

import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every issue a validator found in one object, in the order found.
 *
 * <p>Validators return a report instead of throwing at the first problem, so that a vendor sees
 * every broken rule at once. Clients turn an invalid report into a {@link ValidationException}
 * at their boundary ({@link #throwIfInvalid(ErrorCode, String)}).
 *
 * <p>Immutable and thread-safe; {@link Builder} is not thread-safe.
 *
 * @since 0.1
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<ValidationIssue> issues;

  private ValidationReport(List<ValidationIssue> issues) {
    this.issues = List.copyOf(issues);
  }

  /**
   * Returns a report with no issue.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every issue, in the order found.
   *
   * @return the issues, unmodifiable, never null
   */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /**
   * Returns the issues of severity {@link Severity#ERROR}.
   *
   * @return the errors, unmodifiable
   */
  public List<ValidationIssue> errors() {
    return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
  }

  /**
   * Tells whether the object passed: no issue of severity {@link Severity#ERROR}.
   *
   * @return true when there is no error (warnings allowed)
   */
  public boolean isValid() {
    return issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
  }

  /**
   * Tells whether an issue with this rule code was found.
   *
   * @param code a rule code
   * @return true if at least one issue has that code
   */
  public boolean hasIssue(String code) {
    return issues.stream().anyMatch(i -> i.code().equals(code));
  }

  /**
   * Returns the distinct rule codes found, in order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return issues.stream().map(ValidationIssue::code).distinct().toList();
  }

  /**
   * Returns a report holding this report's issues followed by {@code other}'s.
   *
   * @param other another report
   * @return the merged report
   */
  public ValidationReport and(ValidationReport other) {
    if (other.issues.isEmpty()) {
      return this;
    }
    if (issues.isEmpty()) {
      return other;
    }
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return new ValidationReport(all);
  }

  /**
   * Throws when the report has errors.
   *
   * @param code the error code of the exception
   * @param what what was being validated, e.g. "ITI-41 submission"
   * @throws ValidationException if {@link #isValid()} is false
   */
  public void throwIfInvalid(ErrorCode code, String what) {
    if (!isValid()) {
      throw new ValidationException(code, what, this);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && r.issues.equals(issues);
  }

  @Override
  public int hashCode() {
    return issues.hashCode();
  }

  @Override
  public String toString() {
    return issues.isEmpty()
        ? "ValidationReport[no issue]"
        : issues.stream().map(ValidationIssue::toString)
            .collect(Collectors.joining("\n  ", "ValidationReport[\n  ", "\n]"));
  }

  /**
   * Collects issues. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<ValidationIssue> issues = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an issue.
     *
     * @param issue the issue
     * @return this builder
     */
    public Builder add(ValidationIssue issue) {
      issues.add(Objects.requireNonNull(issue, "issue"));
      return this;
    }

    /**
     * Adds an error.
     *
     * @param code the rule code
     * @param path where
     * @param message what is wrong and how to fix it
     * @return this builder
     */
    public Builder error(String code, String path, String message) {
      return add(new ValidationIssue(code, Severity.ERROR, path, message));
    }

    /**
     * Adds a warning.
     *
     * @param code the rule code
     * @param path where
     * @param message what is likely wrong
     * @return this builder
     */
    public Builder warning(String code, String path, String message) {
      return add(new ValidationIssue(code, Severity.WARNING, path, message));
    }

    /**
     * Adds every issue of a report.
     *
     * @param report another report
     * @return this builder
     */
    public Builder addAll(ValidationReport report) {
      issues.addAll(report.issues());
      return this;
    }

    /**
     * Tells whether nothing was added yet.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
      return issues.isEmpty();
    }

    /**
     * Builds the report.
     *
     * @return the immutable report
     */
    public ValidationReport build() {
      return issues.isEmpty() ? EMPTY : new ValidationReport(issues);
    }
  }
}
