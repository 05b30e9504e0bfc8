package io.github.eparcours.core.identity;

import java.util.Optional;

/**
 * The assigning authority of an INS, identified by its OID. The OID, not the digits, tells a NIR
 * from a NIA or a test matricule.
 *
 * <p>Thread-safe (an enum).
 *
 * @since 0.1
 */
public enum InsAuthority {
  /** INS-NIR, the production national registration number ("ASIP-SANTE-INS-NIR"). */
  NIR("1.2.250.1.213.1.4.8"),
  /** INS-NIA, the temporary number given while a NIR is being assigned. */
  NIA("1.2.250.1.213.1.4.9"),
  /** INS-NIR de test: fictitious test patients. */
  NIR_TEST("1.2.250.1.213.1.4.10"),
  /** INS-NIR de démonstration. */
  NIR_DEMO("1.2.250.1.213.1.4.11");

  /** OID of the legacy INS-C, computed from the Vitale card; no longer accepted anywhere. */
  static final String LEGACY_INS_C_OID = "1.2.250.1.213.1.4.2";

  private final String oid;

  InsAuthority(String oid) {
    this.oid = oid;
  }

  /**
   * Returns the OID of this authority.
   *
   * @return the OID, e.g. {@code 1.2.250.1.213.1.4.8}
   */
  public String oid() {
    return oid;
  }

  /**
   * Tells whether matricules of this authority are NIR (first digit 1 or 2), as opposed to NIA.
   *
   * @return true for {@link #NIR}, {@link #NIR_TEST} and {@link #NIR_DEMO}
   */
  public boolean isNir() {
    return this != NIA;
  }

  /**
   * Returns the authority with this OID.
   *
   * @param oid an OID, may be null
   * @return the authority, or empty if {@code oid} is null or not an INS authority
   */
  public static Optional<InsAuthority> fromOid(String oid) {
    if (oid != null) {
      for (InsAuthority a : values()) {
        if (a.oid.equals(oid)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }
}
