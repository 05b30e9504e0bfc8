package io.github.eparcours.core.document.xds;

import java.util.Objects;

/**
 * One rs:RegistryError of a registry reply, as received.
 *
 * @param errorCode the error code (e.g. {@code XDSRegistryError}), "" when absent
 * @param codeContext the explanation given by the registry, "" when absent
 * @param severity the severity URN, "" when absent
 * @param location where the registry located it, "" when absent
 * @since 0.1
 */
public record RegistryError(String errorCode, String codeContext, String severity,
    String location) {

  /** Severity URN of an error. */
  public static final String SEVERITY_ERROR =
      "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error";
  /** Severity URN of a warning. */
  public static final String SEVERITY_WARNING =
      "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Warning";

  /** Replaces nulls by "". */
  public RegistryError {
    errorCode = Objects.requireNonNullElse(errorCode, "");
    codeContext = Objects.requireNonNullElse(codeContext, "");
    severity = Objects.requireNonNullElse(severity, "");
    location = Objects.requireNonNullElse(location, "");
  }

  /**
   * Tells whether this is an error rather than a warning (an absent severity means error).
   *
   * @return true for an error
   */
  public boolean isError() {
    return !SEVERITY_WARNING.equals(severity);
  }
}
