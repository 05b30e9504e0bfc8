package io.github.eparcours.core;

import io.github.eparcours.core.identity.InsAuthority;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The national platform a deployment talks to: real patients in production, fictitious ones in
 * test (qualification, homologation, vendors' CI).
 *
 * <p>The environment is always an explicit choice of the integrator: the SDK never infers it from
 * an identifier, a host name or a system property. It decides which INS assigning authorities are
 * acceptable, so that a test patient never reaches a production service and a real patient never
 * reaches a test one:
 *
 * <table>
 *   <caption>INS authorities accepted per environment</caption>
 *   <tr><th>Environment</th><th>Accepted</th></tr>
 *   <tr><td>{@link #PRODUCTION}</td><td>{@link InsAuthority#NIR} (…4.8),
 *       {@link InsAuthority#NIA} (…4.9)</td></tr>
 *   <tr><td>{@link #TEST}</td><td>{@link InsAuthority#NIR_TEST} (…4.10),
 *       {@link InsAuthority#NIR_DEMO} (…4.11)</td></tr>
 * </table>
 *
 * <p>Note: the INSi qualification service returns its fictitious persons under the production
 * OID …4.8, whereas the DMP test platforms and the CI-SIS examples use …4.10. An INS obtained from
 * INSi qualification must therefore be re-issued under {@link InsAuthority#NIR_TEST} (same
 * matricule and key, see {@code Ins.of}) before being sent to a test DMP; the SDK never does this
 * silently.
 *
 * <p>Thread-safe (an enum).
 *
 * @since 0.1
 */
public enum Environment {
  /** The production platforms: real patients, INS-NIR and INS-NIA. */
  PRODUCTION(EnumSet.of(InsAuthority.NIR, InsAuthority.NIA)),
  /** Test, qualification and demonstration platforms: INS-NIR de test and de démonstration. */
  TEST(EnumSet.of(InsAuthority.NIR_TEST, InsAuthority.NIR_DEMO));

  private final Set<InsAuthority> insAuthorities;

  Environment(Set<InsAuthority> insAuthorities) {
    this.insAuthorities = Set.copyOf(insAuthorities);
  }

  /**
   * Tells whether an INS issued by this authority may be used in this environment.
   *
   * @param authority an INS assigning authority, not null
   * @return true if accepted
   */
  public boolean accepts(InsAuthority authority) {
    return insAuthorities.contains(Objects.requireNonNull(authority, "authority"));
  }

  /**
   * Returns the INS authorities this environment accepts.
   *
   * @return an unmodifiable, non-empty set
   */
  public Set<InsAuthority> insAuthorities() {
    return insAuthorities;
  }
}
