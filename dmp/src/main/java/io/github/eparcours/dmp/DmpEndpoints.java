package io.github.eparcours.dmp;

import java.net.URI;
import java.util.Objects;

/**
 * The four DMP service URLs: registry (ITI-18, ITI-57), repository (ITI-41, ITI-43), patients
 * (TD0.2) and habilitations (access authorisation).
 *
 * <p>Immutable and thread-safe.
 *
 * @param registry the registry service
 * @param repository the repository service
 * @param patients the patients service
 * @param habilitations the habilitations service
 * @since 0.1
 */
public record DmpEndpoints(URI registry, URI repository, URI patients, URI habilitations) {

  /** Base URL of the production DMP services. */
  public static final URI PRODUCTION_BASE =
      URI.create("https://lps2.dmp.gouv.fr/si-dmp-server/v2/services");
  /**
   * Base URL of a DMP test platform used by integrators; the DMP operator assigns each product its
   * own test platform ({@code dev1}, {@code dev6.lps2}, {@code dev9}…): check yours.
   */
  public static final URI TEST_BASE =
      URI.create("https://lps.dev9.dmp.gouv.fr/si-dmp-server/v2/services");

  /**
   * Checks the URLs.
   *
   * @throws IllegalArgumentException if a URL is not absolute HTTPS
   */
  public DmpEndpoints {
    for (URI u : new URI[] {registry, repository, patients, habilitations}) {
      Objects.requireNonNull(u, "endpoint");
      if (!"https".equalsIgnoreCase(u.getScheme())) {
        throw new IllegalArgumentException("a DMP endpoint must be an https URL: " + u);
      }
    }
  }

  /**
   * Returns the endpoints under one base URL ({@code <base>/registry}, ...).
   *
   * @param base the base URL, e.g. {@link #TEST_BASE}
   * @return the endpoints
   */
  public static DmpEndpoints of(URI base) {
    String b = base.toString().replaceAll("/+$", "");
    return new DmpEndpoints(URI.create(b + "/registry"), URI.create(b + "/repository"),
        URI.create(b + "/patients"), URI.create(b + "/habilitations"));
  }

  /**
   * Returns the production endpoints.
   *
   * @return the endpoints
   */
  public static DmpEndpoints production() {
    return of(PRODUCTION_BASE);
  }

  /**
   * Returns the endpoints of the default test platform (see {@link #TEST_BASE}).
   *
   * @return the endpoints
   */
  public static DmpEndpoints test() {
    return of(TEST_BASE);
  }
}
