package io.github.eparcours.core.validation;

import java.util.Objects;

/**
 * One broken rule found by a validator.
 *
 * <p>Immutable. The message names the field, the rule and the fix; it never quotes patient data.
 *
 * @param code the stable code of the rule, e.g. {@code CDA-0012}; one code per rule
 * @param severity how serious the issue is
 * @param path where the issue is, as an XPath, a field path ({@code documentEntries[1].typeCode})
 *     or a property name; empty when the issue concerns the whole object
 * @param message what is wrong and how to fix it
 * @since 0.1
 */
public record ValidationIssue(String code, Severity severity, String path, String message) {

  /** Checks that no component is null. */
  public ValidationIssue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return severity + " " + code + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
