package io.github.eparcours.ror.internal;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.FhirServiceException;
import io.github.eparcours.ror.RorClient;
import io.github.eparcours.ror.RorEnvironment;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.RorUserProfile;
import io.github.eparcours.ror.fhir.FhirContexts;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.SearchListener;
import io.github.eparcours.ror.fhir.SearchParameters;
import io.github.eparcours.ror.fhir.SearchResults;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.offer.CareOffer;
import io.github.eparcours.ror.offer.OfferQuery;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;

/** The {@link RorClient} implementation. Immutable and thread-safe. */
public final class DefaultRorClient implements RorClient {

  private static final String SERVICE = "ROR";

  private final Config config;
  private final Shared shared;
  private final FhirHttp http;
  private final Map<String, String> profileHeaders;

  /** What variants derived with toBuilder share. */
  private static final class Shared {
    final HttpTransport transport;
    final boolean ownsTransport;
    final OAuth2TokenProvider tokens;
    final Supplier<FhirContext> fhir;

    Shared(HttpTransport transport, boolean ownsTransport, OAuth2TokenProvider tokens,
        Supplier<FhirContext> fhir) {
      this.transport = transport;
      this.ownsTransport = ownsTransport;
      this.tokens = tokens;
      this.fhir = fhir;
    }
  }

  private DefaultRorClient(Config config, Shared shared) {
    this.config = config;
    this.shared = shared;
    this.http = new FhirHttp(shared.transport, shared.fhir, SERVICE, config.timeout);
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Ror-Profil-Utilisateur-Code", config.profile.profileCode());
    h.put("Ror-Profil-Utilisateur-System", config.profile.profileSystem());
    h.put("Ror-Role-Metier-Code", config.profile.roleCode());
    h.put("Ror-Role-Metier-System", config.profile.roleSystem());
    this.profileHeaders = Map.copyOf(h);
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  public static RorClient.Builder builder() {
    return new Config();
  }

  @Override
  public SearchResults<CareOffer> searchOffers(OfferQuery query) {
    Objects.requireNonNull(query, "query");
    URI first = Urls.search(config.environment.fhirBase(), "HealthcareService",
        query.parameters().toQueryString());
    return new SearchResults<>(first, url -> fetch(url, Bundle.class, "offer search"),
        b -> CareOffer.fromIndex(BundleIndex.of(b, "HealthcareService")), SearchListener.NONE,
        config.maxPages);
  }

  @Override
  public Optional<CareOffer> readOffer(String id) {
    if (id == null || !id.matches("[A-Za-z0-9\\-.]{1,64}")) {
      throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Offer id refused: a FHIR id "
          + "is 1 to 64 letters, digits, '-' or '.'");
    }
    try {
      return Optional.of(new CareOffer(fetch(URI.create(config.environment.fhirBase()
          + "/HealthcareService/" + id), HealthcareService.class, "offer read")));
    } catch (FhirServiceException e) {
      if (e.code().equals(RorErrors.NOT_FOUND)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public SearchResults<Structure> findOrganizationsByFiness(String finess) {
    if (finess == null || finess.isBlank()) {
      throw new EparcoursClientException(RorErrors.INVALID_QUERY,
          "FINESS refused: it is blank");
    }
    SearchParameters p = SearchParameters.builder().addTokens("identifier", List.of(
        io.github.eparcours.core.code.Code.of(finess.trim(), RorSystems.FINESS),
        io.github.eparcours.core.code.Code.of("1" + finess.trim(), RorSystems.IDNAT_STRUCT)))
        .build();
    URI first = Urls.search(config.environment.fhirBase(), "Organization", p.toQueryString());
    return new SearchResults<>(first, url -> fetch(url, Bundle.class, "organisation search"),
        b -> BundleIndex.of(b, "Organization").matches().stream()
            .map(r -> new Structure((Organization) r)).toList(),
        SearchListener.NONE, config.maxPages);
  }

  private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T fetch(URI url,
      Class<T> type, String what) {
    Urls.sameOrigin(config.environment.fhirBase(), url, SERVICE);
    String token = shared.tokens.token();
    FhirHttp.Raw raw = http.get(url, headers(token));
    if (raw.status() == 401) {
      // The token may have been revoked or the server clock differs: one fresh token, once.
      shared.tokens.invalidate(token);
      raw = http.get(url, headers(shared.tokens.token()));
    }
    return http.parse(raw, type, what, RorErrors.ACCESS_DENIED);
  }

  private Map<String, String> headers(String token) {
    Map<String, String> h = new LinkedHashMap<>(profileHeaders);
    h.put("Authorization", "Bearer " + token);
    return h;
  }

  @Override
  public void prewarm(boolean fetchToken) {
    FhirContexts.prewarm(shared.fhir.get());
    if (fetchToken) {
      shared.tokens.token();
    }
  }

  @Override
  public RorClient.Builder toBuilder() {
    Config c = config.copy();
    c.shared = shared;
    return c;
  }

  @Override
  public void close() {
    if (shared.ownsTransport) {
      shared.transport.close();
    }
  }

  @Override
  public String toString() {
    return "RorClient[" + config.environment + "]";
  }

  /** Configuration and builder. */
  private static final class Config implements RorClient.Builder {
    RorEnvironment environment = RorEnvironment.SANDBOX;
    String clientId;
    char[] secret;
    boolean certificate;
    RorUserProfile profile;
    HttpTransport transport;
    SSLContext sslContext;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    Duration timeout = Duration.ofSeconds(60);
    FhirContext fhirContext;
    Duration margin = Duration.ofSeconds(30);
    Clock clock = Clock.systemUTC();
    int maxPages = SearchResults.DEFAULT_MAX_PAGES;
    Shared shared;
    boolean credentialsChanged;

    Config copy() {
      Config c = new Config();
      c.environment = environment;
      c.clientId = clientId;
      c.secret = secret == null ? null : secret.clone();
      c.certificate = certificate;
      c.profile = profile;
      c.transport = transport;
      c.sslContext = sslContext;
      c.retryPolicy = retryPolicy;
      c.timeout = timeout;
      c.fhirContext = fhirContext;
      c.margin = margin;
      c.clock = clock;
      c.maxPages = maxPages;
      return c;
    }

    @Override
    public RorClient.Builder environment(RorEnvironment env) {
      environment = Objects.requireNonNull(env, "environment");
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder clientSecret(String id, char[] s) {
      clientId = Objects.requireNonNull(id, "clientId");
      secret = Objects.requireNonNull(s, "secret").clone();
      certificate = false;
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder clientCertificate(String id) {
      clientId = Objects.requireNonNull(id, "clientId");
      secret = null;
      certificate = true;
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder userProfile(RorUserProfile p) {
      profile = Objects.requireNonNull(p, "profile");
      return this;
    }

    @Override
    public RorClient.Builder transport(HttpTransport t) {
      transport = Objects.requireNonNull(t, "transport");
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder sslContext(SSLContext ctx) {
      sslContext = Objects.requireNonNull(ctx, "sslContext");
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder retryPolicy(RetryPolicy policy) {
      retryPolicy = Objects.requireNonNull(policy, "policy");
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder timeout(Duration t) {
      timeout = Objects.requireNonNull(t, "timeout");
      return this;
    }

    @Override
    public RorClient.Builder fhirContext(FhirContext ctx) {
      fhirContext = Objects.requireNonNull(ctx, "context");
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder tokenRefreshMargin(Duration m) {
      margin = Objects.requireNonNull(m, "margin");
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder clock(Clock c) {
      clock = Objects.requireNonNull(c, "clock");
      credentialsChanged = true;
      return this;
    }

    @Override
    public RorClient.Builder maxPages(int n) {
      if (n < 1) {
        throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION,
            "Page limit refused: " + n + "; give at least 1");
      }
      maxPages = n;
      return this;
    }

    @Override
    public RorClient build() {
      if (clientId == null || clientId.isBlank()) {
        throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION, "RorClient "
            + "configuration incomplete: call clientSecret(id, secret) or clientCertificate(id)");
      }
      if (profile == null) {
        throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION, "RorClient "
            + "configuration incomplete: call userProfile(...) with the Ror-* values granted "
            + "with the client registration");
      }
      Shared s = shared;
      if (s == null || credentialsChanged) {
        HttpTransport t = transport;
        boolean owns = false;
        if (t == null) {
          JdkHttpTransport.Builder tb = JdkHttpTransport.builder().retryPolicy(retryPolicy)
              .responseTimeout(timeout);
          if (sslContext != null) {
            tb.sslContext(sslContext);
          }
          t = tb.build();
          owns = true;
        }
        FhirContext injected = fhirContext;
        Supplier<FhirContext> fhir = injected != null ? () -> injected : FhirContexts::shared;
        s = new Shared(t, owns, new OAuth2TokenProvider(t, environment.tokenUri(), clientId,
            certificate ? null : secret, margin, clock), fhir);
      }
      return new DefaultRorClient(copy(), s);
    }
  }
}
