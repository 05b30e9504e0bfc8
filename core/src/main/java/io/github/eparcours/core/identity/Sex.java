package io.github.eparcours.core.identity;

import java.util.Objects;

/**
 * Administrative sex, as an INS trait: the HL7 AdministrativeGender codes used by CDA
 * ({@code administrativeGenderCode}), XDS ({@code PID-8}) and INSi ({@code Sexe}).
 *
 * <p>Thread-safe (an enum).
 *
 * @since 0.1
 */
public enum Sex {
  /** Male. */
  M("male"),
  /** Female. */
  F("female"),
  /** Unknown (undifferentiated, or not known). INSi never returns it for a qualified identity. */
  U("unknown");

  private final String fhirCode;

  Sex(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /**
   * Returns the HL7 v2/v3 code: {@code M}, {@code F} or {@code U}.
   *
   * @return the code
   */
  public String code() {
    return name();
  }

  /**
   * Returns the FHIR {@code AdministrativeGender} code: {@code male}, {@code female} or
   * {@code unknown}.
   *
   * @return the FHIR code
   */
  public String fhirCode() {
    return fhirCode;
  }

  /**
   * Returns the sex for an HL7 code.
   *
   * @param code {@code M}, {@code F} or {@code U} (exact case)
   * @return the sex
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#SEX_CODE} for any other code
   */
  public static Sex fromCode(String code) {
    Objects.requireNonNull(code, "code");
    switch (code) {
      case "M": return M;
      case "F": return F;
      case "U": return U;
      default:
        throw new InvalidIdentifierException(IdentityErrorCodes.SEX_CODE, "sex",
            "the code must be M, F or U (HL7 AdministrativeGender)");
    }
  }
}
