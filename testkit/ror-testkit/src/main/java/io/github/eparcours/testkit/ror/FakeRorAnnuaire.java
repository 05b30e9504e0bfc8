package io.github.eparcours.testkit.ror;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import io.github.eparcours.testkit.ror.internal.DistanceInterceptor;
import io.github.eparcours.testkit.ror.internal.FhirProviders;
import io.github.eparcours.testkit.ror.internal.FixtureSearch;
import io.github.eparcours.testkit.ror.internal.FixtureSearch.Side;
import io.github.eparcours.testkit.ror.internal.GatewayFilter;
import io.github.eparcours.testkit.ror.internal.TokenServlet;
import io.github.eparcours.testkit.ror.internal.TokenStore;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A fake ROR and Annuaire Santé: a real FHIR R4 server (HAPI plain server on embedded Jetty)
 * bound to the loopback interface on an ephemeral port, over {@link RorFixtures}.
 *
 * <p>It serves, under one port:
 * <ul>
 *   <li>{@link #rorFhirBase()}: the ROR FHIR API (HealthcareService, Location, Organization),
 *       with the searches the ROR documents (activity, care mode, organisation, commune,
 *       department, {@code near-insee-code} with the {@code location-distance} extension,
 *       capacity status and count, {@code _tag} region, {@code _lastUpdated}), {@code _include}
 *       of Organization (also {@code :iterate} on {@code partof}) and Location, HAPI paging
 *       ({@code _getpages} next links), a bearer-token check and the four {@code Ror-*}
 *       headers;</li>
 *   <li>{@link #rorTokenUri()}: an OAuth2 {@code client_credentials} endpoint issuing expiring
 *       tokens to secret clients or certificate (mTLS) clients;</li>
 *   <li>{@link #annuaireFhirBase()}: the Annuaire Santé FHIR API (Practitioner,
 *       PractitionerRole, Organization with MSSanté mailboxes) behind an {@code ESANTE-API-KEY}
 *       check and an optional rate limit. Like the real service, it refuses the
 *       {@code mailbox-mss-type} parameter.</li>
 * </ul>
 * Every request is recorded ({@link #requests()}); faults can be scripted per endpoint
 * ({@link #enqueue(FakeService, Fault)}). Unknown search parameters get a 400 OperationOutcome.
 *
 * <p>Thread-safe. Start with {@link Builder#start()}, stop with {@link #close()}.
 *
 * <pre>{@code
 * try (FakeRorAnnuaire fake = FakeRorAnnuaire.builder().start()) {
 *   URI ror = fake.rorFhirBase();
 *   ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FakeRorAnnuaire implements AutoCloseable {

  /** Path of the ROR FHIR base. */
  public static final String ROR_FHIR_PATH = "/ror/ws-diffusion-fhir";
  /** Path of the ROR token endpoint. */
  public static final String ROR_TOKEN_PATH = "/ror/auth/realms/ror/protocol/openid-connect/token";
  /** Path of the Annuaire FHIR base. */
  public static final String ANNUAIRE_FHIR_PATH = "/annuaire/fhir/v2";

  private final Server server;
  private final GatewayFilter gateway;
  private final TokenStore tokens;
  private final RorFixtures fixtures;
  private final URI base;

  private FakeRorAnnuaire(Builder b) throws Exception {
    this.fixtures = b.fixtures != null ? b.fixtures : RorFixtures.bretagne();
    FhirContext fhir = FhirContext.forR4Cached();
    this.tokens = new TokenStore(b.clock, b.tokenLifetime);
    Map<FakeService, String> prefixes = new EnumMap<>(FakeService.class);
    prefixes.put(FakeService.ROR_FHIR, ROR_FHIR_PATH);
    prefixes.put(FakeService.ROR_TOKEN, ROR_TOKEN_PATH);
    prefixes.put(FakeService.ANNUAIRE, ANNUAIRE_FHIR_PATH);
    this.gateway = new GatewayFilter(prefixes, tokens, b.apiKey, b.requireRorHeaders,
        b.annuairePerSecond, fhir, b.clock);
    FixtureSearch search = new FixtureSearch(fixtures);

    QueuedThreadPool threads = new QueuedThreadPool(32, 4);
    threads.setName("fake-ror");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector;
    if (b.sslContext != null) {
      SslContextFactory.Server tls = new SslContextFactory.Server();
      tls.setSslContext(b.sslContext);
      tls.setWantClientAuth(true);
      SecureRequestCustomizer src = new SecureRequestCustomizer();
      src.setSniHostCheck(false);
      http.addCustomizer(src);
      connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
          new HttpConnectionFactory(http));
    } else {
      connector = new ServerConnector(server, new HttpConnectionFactory(http));
    }
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addFilter(new FilterHolder(gateway), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(fhirServer(fhir, search, Side.ROR, b)),
        ROR_FHIR_PATH + "/*");
    context.addServlet(new ServletHolder(fhirServer(fhir, search, Side.ANNUAIRE, b)),
        ANNUAIRE_FHIR_PATH + "/*");
    context.addServlet(new ServletHolder(new TokenServlet(b.secrets, b.mtlsClients, tokens)),
        ROR_TOKEN_PATH);
    server.setHandler(context);
    server.start();
    String scheme = b.sslContext != null ? "https" : "http";
    String host = b.sslContext != null ? b.tlsHost : "127.0.0.1";
    this.base = URI.create(scheme + "://" + host + ":" + connector.getLocalPort());
  }

  private static RestfulServer fhirServer(FhirContext fhir, FixtureSearch search, Side side,
      Builder b) {
    RestfulServer rs = new RestfulServer(fhir);
    rs.setResourceProviders(FhirProviders.forSide(search, side));
    FifoMemoryPagingProvider paging = new FifoMemoryPagingProvider(1000);
    int def = side == Side.ROR ? b.rorDefaultPageSize : b.annuaireDefaultPageSize;
    paging.setDefaultPageSize(def);
    paging.setMaximumPageSize(Math.max(def, b.maximumPageSize));
    rs.setPagingProvider(paging);
    rs.setDefaultResponseEncoding(EncodingEnum.JSON);
    rs.registerInterceptor(new DistanceInterceptor());
    return rs;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with the defaults: plain HTTP, Bretagne fixtures, secret client
   *     {@code ror-client}/{@code ror-secret}, API key {@code test-api-key}, 300 s tokens
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a fake with the defaults.
   *
   * @return the running fake
   */
  public static FakeRorAnnuaire start() {
    return builder().start();
  }

  /**
   * Returns the ROR FHIR base URL (no trailing slash).
   *
   * @return the URL
   */
  public URI rorFhirBase() {
    return base.resolve(ROR_FHIR_PATH);
  }

  /**
   * Returns the ROR token endpoint URL.
   *
   * @return the URL
   */
  public URI rorTokenUri() {
    return base.resolve(ROR_TOKEN_PATH);
  }

  /**
   * Returns the Annuaire FHIR base URL (no trailing slash).
   *
   * @return the URL
   */
  public URI annuaireFhirBase() {
    return base.resolve(ANNUAIRE_FHIR_PATH);
  }

  /**
   * Returns the fixtures served.
   *
   * @return the fixtures
   */
  public RorFixtures fixtures() {
    return fixtures;
  }

  /**
   * Scripts a fault for the next request to {@code service}. Faults queue up and are consumed
   * one per request, in order.
   *
   * @param service the endpoint
   * @param fault the fault
   */
  public void enqueue(FakeService service, Fault fault) {
    gateway.enqueue(Objects.requireNonNull(service), Objects.requireNonNull(fault));
  }

  /**
   * Returns every request received so far, oldest first.
   *
   * @return a snapshot
   */
  public List<RecordedRequest> requests() {
    return gateway.recorded();
  }

  /**
   * Returns the requests received by one endpoint, oldest first.
   *
   * @param service the endpoint
   * @return a snapshot
   */
  public List<RecordedRequest> requests(FakeService service) {
    return gateway.recorded().stream().filter(r -> r.service() == service).toList();
  }

  /** Forgets recorded requests and pending faults. */
  public void reset() {
    gateway.reset();
  }

  /** Revokes every access token issued so far: the next ROR call with one of them gets a 401. */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  /**
   * Changes the lifetime of tokens issued from now on.
   *
   * @param lifetime the lifetime
   */
  public void tokenLifetime(Duration lifetime) {
    tokens.lifetime(Objects.requireNonNull(lifetime));
  }

  /**
   * Returns how many access tokens the token endpoint issued.
   *
   * @return the count
   */
  public int tokensIssued() {
    return tokens.issuedCount();
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("fake ROR did not stop cleanly", e);
    }
  }

  /** Builder of {@link FakeRorAnnuaire}. Not thread-safe. */
  public static final class Builder {
    private RorFixtures fixtures;
    private SSLContext sslContext;
    private String tlsHost = "localhost";
    private final Map<String, String> secrets = new LinkedHashMap<>(Map.of("ror-client",
        "ror-secret"));
    private final Set<String> mtlsClients = new LinkedHashSet<>();
    private String apiKey = "test-api-key";
    private Duration tokenLifetime = Duration.ofSeconds(300);
    private boolean requireRorHeaders = true;
    private int annuairePerSecond;
    private int rorDefaultPageSize = 200;
    private int annuaireDefaultPageSize = 50;
    private int maximumPageSize = 200;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the data served.
     *
     * @param fixtures the fixtures
     * @return this
     */
    public Builder fixtures(RorFixtures fixtures) {
      this.fixtures = Objects.requireNonNull(fixtures);
      return this;
    }

    /**
     * Serves HTTPS with this server context (e.g. from the core testkit's TestPki). Client
     * certificates are requested, not required: the token endpoint demands one from mTLS
     * clients only.
     *
     * @param serverContext the TLS context holding the server key and certificate
     * @param host the host name to put in URLs, matching the certificate (e.g.
     *     {@code localhost})
     * @return this
     */
    public Builder https(SSLContext serverContext, String host) {
      this.sslContext = Objects.requireNonNull(serverContext);
      this.tlsHost = Objects.requireNonNull(host);
      return this;
    }

    /**
     * Registers a client authenticated by id and secret.
     *
     * @param clientId the id
     * @param secret the secret
     * @return this
     */
    public Builder secretClient(String clientId, String secret) {
      secrets.put(Objects.requireNonNull(clientId), Objects.requireNonNull(secret));
      return this;
    }

    /**
     * Registers a client authenticated by its TLS client certificate (needs {@link #https}).
     *
     * @param clientId the id
     * @return this
     */
    public Builder mtlsClient(String clientId) {
      mtlsClients.add(Objects.requireNonNull(clientId));
      return this;
    }

    /**
     * Sets the Annuaire API key.
     *
     * @param apiKey the key
     * @return this
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey);
      return this;
    }

    /**
     * Sets the lifetime of access tokens.
     *
     * @param lifetime the lifetime
     * @return this
     */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = Objects.requireNonNull(lifetime);
      return this;
    }

    /**
     * Whether ROR calls without the four {@code Ror-*} headers are refused (default true).
     *
     * @param require true to refuse
     * @return this
     */
    public Builder requireRorHeaders(boolean require) {
      this.requireRorHeaders = require;
      return this;
    }

    /**
     * Limits the Annuaire to this many requests per second (429 beyond); 0 (default) for none.
     * The real service allows about 17.
     *
     * @param perSecond the limit
     * @return this
     */
    public Builder annuaireRateLimit(int perSecond) {
      this.annuairePerSecond = perSecond;
      return this;
    }

    /**
     * Sets the page sizes used when the client sends no {@code _count}, and the largest
     * {@code _count} honoured.
     *
     * @param ror ROR default (200 like the ROR)
     * @param annuaire Annuaire default (50 like the Annuaire)
     * @param maximum largest honoured {@code _count}
     * @return this
     */
    public Builder pageSizes(int ror, int annuaire, int maximum) {
      this.rorDefaultPageSize = ror;
      this.annuaireDefaultPageSize = annuaire;
      this.maximumPageSize = maximum;
      return this;
    }

    /**
     * Sets the clock deciding token expiry and rate-limit windows.
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * Starts the fake.
     *
     * @return the running fake
     * @throws IllegalStateException if the server cannot start
     */
    public FakeRorAnnuaire start() {
      try {
        return new FakeRorAnnuaire(this);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("fake ROR could not start", e);
      }
    }
  }
}
