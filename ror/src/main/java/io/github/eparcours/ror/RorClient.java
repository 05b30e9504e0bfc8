package io.github.eparcours.ror;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.fhir.SearchResults;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.internal.DefaultRorClient;
import io.github.eparcours.ror.offer.CareOffer;
import io.github.eparcours.ror.offer.OfferQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Client of the ROR (Répertoire national de l'Offre et des Ressources en santé) FHIR API:
 * typed search of care offers with their organisations, locations, capacities and distance.
 *
 * <p>Authentication is OAuth2 {@code client_credentials}: with a secret (data-access profile
 * 0) or with an IGC-Santé {@code ORG/AUTH_CLI} certificate presented over mutual TLS (profiles
 * 1 to 4; put the client key in the {@link SSLContext}). The token is cached until shortly
 * before it expires and fetched again once when the server answers 401. Every call carries the
 * four {@code Ror-*} headers of the {@link RorUserProfile}. Idempotent calls are retried with
 * backoff on 429, 502, 503 and 504 by the transport's {@link RetryPolicy}; an error answer
 * becomes a {@link FhirServiceException} carrying the OperationOutcome.
 *
 * <p><b>Share one instance</b>: it is immutable and thread-safe and owns the HTTP transport it
 * built (not one given to it). {@link #toBuilder()} derives a variant (another user profile)
 * sharing transport and token cache.
 *
 * <pre>{@code
 * try (RorClient ror = RorClient.builder()
 *     .environment(RorEnvironment.SANDBOX)
 *     .clientSecret("my-client-id", secret)
 *     .userProfile(RorUserProfile.of("CU22", "AUTOMATE"))
 *     .build()) {
 *   OfferQuery q = OfferQuery.builder().activityField(RorCodes.CHAMP_SMR)
 *       .careMode(RorCodes.MODE_HOSPITALISATION_COMPLETE).near("35238", 30)
 *       .withAvailable(RorCodes.CAPACITE_LIT, 1).build();
 *   for (CareOffer offer : ror.searchOffers(q)) { ... }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface RorClient extends AutoCloseable {

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return DefaultRorClient.builder();
  }

  /**
   * Searches care offers. Nothing is sent until the result is iterated.
   *
   * @param query the query
   * @return the lazy results
   * @throws io.github.eparcours.core.error.EparcoursException on iteration: {@link
   *     FhirServiceException} (ROR-0010..0014) for error answers, ROR-0020 for unparsable ones,
   *     ROR-0030 for a paging loop, ROR-0040/0041 for token failures, CORE-03xx for transport
   *     failures
   */
  SearchResults<CareOffer> searchOffers(OfferQuery query);

  /**
   * Reads one offer by its logical id (without includes).
   *
   * @param id the id
   * @return the offer, or empty when the ROR has none (404)
   * @throws io.github.eparcours.core.error.EparcoursException as {@link #searchOffers}
   */
  Optional<CareOffer> readOffer(String id);

  /**
   * Finds the ROR organisations (EJ, EG) with this FINESS.
   *
   * @param finess the 9-character FINESS
   * @return the lazy results
   */
  SearchResults<Structure> findOrganizationsByFiness(String finess);

  /**
   * Pays the first-call costs now (FHIR model scanning, parser warm-up, token fetch when
   * {@code fetchToken}), so that the first search of the application does not. Call it at
   * start-up on a background thread if latency matters.
   *
   * @param fetchToken whether to fetch the access token too (needs the network)
   * @throws io.github.eparcours.core.error.EparcoursException token failures when asked to
   *     fetch it
   */
  void prewarm(boolean fetchToken);

  /**
   * Returns a builder holding this client's configuration and sharing its transport, token
   * cache and FHIR context.
   *
   * @return the builder
   */
  Builder toBuilder();

  /** Releases the transport if this client built it. Never throws. */
  @Override
  void close();

  /** Builder of {@link RorClient}. Not thread-safe. */
  interface Builder {

    /**
     * Sets the environment (default {@link RorEnvironment#SANDBOX}).
     *
     * @param environment the environment
     * @return this
     */
    Builder environment(RorEnvironment environment);

    /**
     * Authenticates with a client id and secret (profile 0).
     *
     * @param clientId the client id
     * @param secret the secret (copied)
     * @return this
     */
    Builder clientSecret(String clientId, char[] secret);

    /**
     * Authenticates by TLS client certificate (profiles 1 to 4): the {@link SSLContext} given
     * to {@link #sslContext} or the injected transport must hold the IGC-Santé key.
     *
     * @param clientId the client id
     * @return this
     */
    Builder clientCertificate(String clientId);

    /**
     * Sets the four {@code Ror-*} header values (required).
     *
     * @param profile the profile
     * @return this
     */
    Builder userProfile(RorUserProfile profile);

    /**
     * Uses this transport (shared; not closed by the client). Its retry policy applies.
     *
     * @param transport the transport
     * @return this
     */
    Builder transport(HttpTransport transport);

    /**
     * When the client builds its transport: the TLS context (trust anchors, and the client key
     * for mTLS). Default: the JDK's.
     *
     * @param sslContext the context
     * @return this
     */
    Builder sslContext(SSLContext sslContext);

    /**
     * When the client builds its transport: the retry policy (default {@link
     * RetryPolicy#defaults()}: 429/502/503/504 and connection failures, honouring Retry-After).
     *
     * @param policy the policy
     * @return this
     */
    Builder retryPolicy(RetryPolicy policy);

    /**
     * Sets the per-request response timeout (default 60 s; the ROR's gateway gives up at 30 s).
     *
     * @param timeout the timeout
     * @return this
     */
    Builder timeout(Duration timeout);

    /**
     * Shares a FHIR context (default: {@link io.github.eparcours.ror.fhir.FhirContexts#shared()},
     * created lazily).
     *
     * @param context an R4 context
     * @return this
     */
    Builder fhirContext(FhirContext context);

    /**
     * Sets how long before expiry a token is renewed (default 30 s).
     *
     * @param margin the margin
     * @return this
     */
    Builder tokenRefreshMargin(Duration margin);

    /**
     * Sets the clock used for token expiry (tests).
     *
     * @param clock the clock
     * @return this
     */
    Builder clock(Clock clock);

    /**
     * Sets the page limit of one search walk (default {@link SearchResults#DEFAULT_MAX_PAGES}).
     *
     * @param maxPages at least 1
     * @return this
     */
    Builder maxPages(int maxPages);

    /**
     * Builds the client, checking the configuration.
     *
     * @return the client
     * @throws io.github.eparcours.core.error.EparcoursClientException ROR-0002 if the
     *     configuration is incomplete
     */
    RorClient build();
  }
}
