package io.github.eparcours.ror;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.annuaire.MailboxRoute;
import io.github.eparcours.ror.annuaire.PractitionerQuery;
import io.github.eparcours.ror.annuaire.Professional;
import io.github.eparcours.ror.annuaire.ProfessionalRole;
import io.github.eparcours.ror.fhir.SearchResults;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.internal.DefaultAnnuaireSanteClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Client of the Annuaire Santé FHIR API (v2): health professionals (RPPS, ADELI), their
 * practice situations and structures (FINESS, SIRET), and their MSSanté mailboxes.
 *
 * <p>Authentication is the {@code ESANTE-API-KEY} header. Requests are paced by a token bucket
 * owned by the client (default 17 requests per second, the service's limit), shared by the
 * threads using it; 429, 502, 503 and 504 answers are retried by the transport's {@link
 * RetryPolicy}.
 *
 * <p><b>Share one instance</b>: immutable and thread-safe; closes only a transport it built.
 *
 * <pre>{@code
 * try (AnnuaireSanteClient annuaire = AnnuaireSanteClient.builder().apiKey(key).build()) {
 *   List<MailboxRoute> routes = annuaire.mssanteAddressesOf("10001000012");
 *   routes.stream().findFirst().map(MailboxRoute::address).ifPresent(to -> ...);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface AnnuaireSanteClient extends AutoCloseable {

  /** The production API (there is no sandbox). */
  URI PRODUCTION = URI.create("https://gateway.api.esante.gouv.fr/fhir/v2");

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return DefaultAnnuaireSanteClient.builder();
  }

  /**
   * Searches professionals. Nothing is sent until the result is iterated.
   *
   * @param query the query
   * @return the lazy results (client-side criteria applied page by page)
   * @throws io.github.eparcours.core.error.EparcoursException on iteration: {@link
   *     FhirServiceException} (ROR-0010..0014, ROR-0050 for a refused key), ROR-0020,
   *     ROR-0030, CORE-03xx
   */
  SearchResults<Professional> searchPractitioners(PractitionerQuery query);

  /**
   * Finds a professional by RPPS.
   *
   * @param rpps the 11-digit RPPS
   * @return the professional, or empty
   * @throws io.github.eparcours.core.error.EparcoursException as {@link #searchPractitioners}
   */
  Optional<Professional> findByRpps(String rpps);

  /**
   * Lists a professional's practice situations with their structures (included).
   *
   * @param professional the professional (from a search)
   * @return the lazy results
   */
  SearchResults<ProfessionalRole> rolesOf(Professional professional);

  /**
   * Lists the practice situations in a structure, with the professionals (included).
   *
   * @param structure the structure (from a search)
   * @return the lazy results
   */
  SearchResults<ProfessionalRole> rolesIn(Structure structure);

  /**
   * Finds the practice situations of professionals with a given profession or specialty in the
   * structures of a commune, professionals and structures included. The Annuaire has no
   * commune parameter on professionals and no specialty parameter on practice situations, so
   * this runs two searches (structures by postal code, then their practice situations, by
   * batches) and filters on the client; at most {@code limit} results are fetched.
   *
   * @param postalCode the commune's postal code (or a department prefix such as {@code "35"})
   * @param qualification a profession (TRE_G15) or specialty (TRE_R38) code, matched on the
   *     practice situation or, when included, on the professional
   * @param limit the maximum number of results, {@code >= 1}
   * @return the practice situations, in the directory's order
   * @throws io.github.eparcours.core.error.EparcoursException as {@link #searchPractitioners}
   */
  List<ProfessionalRole> rolesInCommune(String postalCode,
      io.github.eparcours.core.code.Code qualification, int limit);

  /**
   * Finds structures by FINESS (EJ or EG).
   *
   * @param finess the 9-character FINESS
   * @return the lazy results
   */
  SearchResults<Structure> findStructuresByFiness(String finess);

  /**
   * Finds structures by SIRET.
   *
   * @param siret the 14-digit SIRET
   * @return the lazy results
   */
  SearchResults<Structure> findStructuresBySiret(String siret);

  /**
   * Finds structures whose name contains this text.
   *
   * @param text the text
   * @return the lazy results
   */
  SearchResults<Structure> findStructuresByName(String text);

  /**
   * Answers "which MSSanté address(es) reach this professional?": the personal (PER) mailboxes
   * of the professional's practice situations, then those held directly, then practice (CAB)
   * mailboxes; without duplicates, and without liste-rouge mailboxes unless the client was built
   * with {@link Builder#includeListeRouge(boolean)}.
   *
   * @param rppsOrIdNatPs an 11-digit RPPS or an IdNat_PS ({@code 8}+RPPS, {@code 0}+ADELI)
   * @return the routes, best first; empty when the professional has no published mailbox or
   *     is unknown
   * @throws io.github.eparcours.core.error.EparcoursException as {@link #searchPractitioners}
   */
  List<MailboxRoute> mssanteAddressesOf(String rppsOrIdNatPs);

  /**
   * Answers "which MSSanté address(es) reach this service of this structure?": the
   * organisational (ORG) mailboxes of the structure whose service name contains {@code service}
   * (accents and case ignored); when none matches, every ORG mailbox of the structure (marked
   * {@link MailboxRoute.Via#STRUCTURE}). Applicative (APP) mailboxes are never returned: they
   * feed software, not people.
   *
   * @param finess the structure's FINESS
   * @param service the service name, e.g. {@code "cardiologie"}
   * @return the routes, best first
   * @throws io.github.eparcours.core.error.EparcoursException as {@link #searchPractitioners}
   */
  List<MailboxRoute> mssanteAddressesOfService(String finess, String service);

  /**
   * Pays HAPI's first-parse cost now (call at start-up, off the request path).
   */
  void prewarm();

  /** Releases the transport if this client built it. Never throws. */
  @Override
  void close();

  /** Builder. Not thread-safe. */
  interface Builder {

    /**
     * Sets the base URL (default {@link AnnuaireSanteClient#PRODUCTION}).
     *
     * @param base the FHIR base
     * @return this
     */
    Builder baseUrl(URI base);

    /**
     * Sets the API key (required).
     *
     * @param apiKey the key from the ANS API portal (copied)
     * @return this
     */
    Builder apiKey(char[] apiKey);

    /**
     * Sets the pacing (default 17 requests per second, bursts of the same size).
     *
     * @param requestsPerSecond {@code > 0}
     * @return this
     */
    Builder rateLimit(double requestsPerSecond);

    /**
     * Whether {@link #mssanteAddressesOf} and {@link #mssanteAddressesOfService} also return
     * liste-rouge mailboxes (default false: their holders asked not to be listed).
     *
     * @param include true to include them
     * @return this
     */
    Builder includeListeRouge(boolean include);

    /**
     * Uses this transport (shared; not closed by the client).
     *
     * @param transport the transport
     * @return this
     */
    Builder transport(HttpTransport transport);

    /**
     * When the client builds its transport: the TLS context (default the JDK's).
     *
     * @param sslContext the context
     * @return this
     */
    Builder sslContext(SSLContext sslContext);

    /**
     * When the client builds its transport: the retry policy (default {@link
     * RetryPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this
     */
    Builder retryPolicy(RetryPolicy policy);

    /**
     * Sets the per-request response timeout (default 35 s; the gateway gives up at 30 s).
     *
     * @param timeout the timeout
     * @return this
     */
    Builder timeout(Duration timeout);

    /**
     * Shares a FHIR context (default: the lazily created shared one).
     *
     * @param context an R4 context
     * @return this
     */
    Builder fhirContext(FhirContext context);

    /**
     * Sets the page limit of one search walk.
     *
     * @param maxPages at least 1
     * @return this
     */
    Builder maxPages(int maxPages);

    /**
     * Builds the client.
     *
     * @return the client
     * @throws io.github.eparcours.core.error.EparcoursClientException ROR-0002 if the API key
     *     is missing
     */
    AnnuaireSanteClient build();
  }
}
