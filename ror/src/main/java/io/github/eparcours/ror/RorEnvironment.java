package io.github.eparcours.ror;

import io.github.eparcours.core.error.EparcoursClientException;
import java.net.URI;
import java.util.Objects;

/**
 * Where a {@link RorClient} talks to: the FHIR base URL and the OAuth2 token endpoint.
 *
 * <p>Presets: {@link #SANDBOX} (bac à sable, monthly copy of production with personal data
 * anonymised; certificates of IGC-Santé <em>test</em> for mTLS profiles) and {@link
 * #PRODUCTION}. {@link #of(URI, URI)} points anywhere else (e.g. the testkit fake).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RorEnvironment {

  /** The ROR sandbox. */
  public static final RorEnvironment SANDBOX = new RorEnvironment("sandbox",
      URI.create("https://bas-api-fhir.qualif.ror.esante.gouv.fr/ws-diffusion-fhir"),
      URI.create("https://bas-auth-api.qualif.ror.esante.gouv.fr/auth/realms/ror/protocol/"
          + "openid-connect/token"));

  /** The ROR production service. */
  public static final RorEnvironment PRODUCTION = new RorEnvironment("production",
      URI.create("https://api-fhir.ror.esante.gouv.fr/ws-diffusion-fhir"),
      URI.create("https://auth-api.ror.esante.gouv.fr/auth/realms/ror/protocol/openid-connect/"
          + "token"));

  private final String name;
  private final URI fhirBase;
  private final URI tokenUri;

  private RorEnvironment(String name, URI fhirBase, URI tokenUri) {
    this.name = name;
    this.fhirBase = fhirBase;
    this.tokenUri = tokenUri;
  }

  /**
   * A custom environment.
   *
   * @param fhirBase the FHIR base URL (without trailing slash)
   * @param tokenUri the token endpoint
   * @return the environment
   * @throws EparcoursClientException ROR-0002 if a URL is not absolute http(s)
   */
  public static RorEnvironment of(URI fhirBase, URI tokenUri) {
    return new RorEnvironment("custom", checked(fhirBase, "FHIR base"),
        checked(tokenUri, "token endpoint"));
  }

  static URI checked(URI uri, String what) {
    Objects.requireNonNull(uri, what);
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || !("https".equalsIgnoreCase(scheme)
        || "http".equalsIgnoreCase(scheme))) {
      throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION, "Configuration "
          + "refused: the " + what + " URL must be absolute http(s), got '" + uri + "'");
    }
    String s = uri.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
  }

  /**
   * Returns the FHIR base URL.
   *
   * @return the URL, without trailing slash
   */
  public URI fhirBase() {
    return fhirBase;
  }

  /**
   * Returns the token endpoint.
   *
   * @return the URL
   */
  public URI tokenUri() {
    return tokenUri;
  }

  @Override
  public String toString() {
    return "RorEnvironment[" + name + ", " + fhirBase + "]";
  }
}
