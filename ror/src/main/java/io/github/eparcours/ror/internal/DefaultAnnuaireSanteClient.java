package io.github.eparcours.ror.internal;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.AnnuaireSanteClient;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.annuaire.MailboxRoute;
import io.github.eparcours.ror.annuaire.MailboxType;
import io.github.eparcours.ror.annuaire.MssMailbox;
import io.github.eparcours.ror.annuaire.PractitionerQuery;
import io.github.eparcours.ror.annuaire.Professional;
import io.github.eparcours.ror.annuaire.ProfessionalRole;
import io.github.eparcours.ror.fhir.FhirContexts;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.SearchListener;
import io.github.eparcours.ror.fhir.SearchParameters;
import io.github.eparcours.ror.fhir.SearchResults;
import io.github.eparcours.ror.fhir.Structure;
import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;

/** The {@link AnnuaireSanteClient} implementation. Immutable and thread-safe. */
public final class DefaultAnnuaireSanteClient implements AnnuaireSanteClient {

  private static final String SERVICE = "Annuaire Santé";
  private static final int LOOKUP_LIMIT = 200;
  // Structure ids per practice-situation search: keeps URLs short (ANS advises against long
  // lists of technical ids).
  private static final int ROLE_BATCH = 20;

  private final URI base;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final FhirHttp http;
  private final TokenBucket bucket;
  private final Map<String, String> headers;
  private final boolean includeListeRouge;
  private final int maxPages;
  private final Supplier<FhirContext> fhir;

  private DefaultAnnuaireSanteClient(Config c) {
    this.base = c.base;
    this.ownsTransport = c.transport == null;
    if (c.transport == null) {
      JdkHttpTransport.Builder tb = JdkHttpTransport.builder().retryPolicy(c.retryPolicy)
          .responseTimeout(c.timeout);
      if (c.sslContext != null) {
        tb.sslContext(c.sslContext);
      }
      this.transport = tb.build();
    } else {
      this.transport = c.transport;
    }
    FhirContext injected = c.fhirContext;
    this.fhir = injected != null ? () -> injected : FhirContexts::shared;
    this.http = new FhirHttp(transport, fhir, SERVICE, c.timeout);
    int burst = (int) Math.max(1, Math.floor(c.rate));
    this.bucket = new TokenBucket(c.rate, burst);
    this.headers = Map.of("ESANTE-API-KEY", new String(c.apiKey));
    this.includeListeRouge = c.includeListeRouge;
    this.maxPages = c.maxPages;
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  public static AnnuaireSanteClient.Builder builder() {
    return new Config();
  }

  private Bundle fetch(URI url, String what) {
    Urls.sameOrigin(base, url, SERVICE);
    bucket.acquire();
    return http.parse(http.get(url, headers), Bundle.class, what, RorErrors.API_KEY_REFUSED);
  }

  private <T> SearchResults<T> search(String type, SearchParameters p, String what,
      Function<BundleIndex, List<T>> mapper) {
    return new SearchResults<>(Urls.search(base, type, p.toQueryString()),
        url -> fetch(url, what), b -> mapper.apply(BundleIndex.of(b, type)),
        SearchListener.NONE, maxPages);
  }

  private static List<Professional> professionals(BundleIndex index) {
    return index.matches().stream().map(r -> new Professional((Practitioner) r)).toList();
  }

  private static List<Structure> structures(BundleIndex index) {
    return index.matches().stream().map(r -> new Structure((Organization) r)).toList();
  }

  @Override
  public SearchResults<Professional> searchPractitioners(PractitionerQuery query) {
    Objects.requireNonNull(query, "query");
    var filter = query.clientFilter();
    return search("Practitioner", query.parameters(), "practitioner search",
        index -> professionals(index).stream().filter(filter).toList());
  }

  @Override
  public Optional<Professional> findByRpps(String rpps) {
    return searchPractitioners(PractitionerQuery.builder().rpps(rpps).build()).toList(1)
        .stream().findFirst();
  }

  @Override
  public SearchResults<ProfessionalRole> rolesOf(Professional professional) {
    String id = professional.id().orElseThrow(() -> missingId("professional"));
    return search("PractitionerRole", SearchParameters.builder().add("practitioner", id)
        .add("_include", "PractitionerRole:organization")
        .add("_include", "PractitionerRole:practitioner").add("_count", "50").build(),
        "practice situation search", ProfessionalRole::fromIndex);
  }

  @Override
  public SearchResults<ProfessionalRole> rolesIn(Structure structure) {
    String id = structure.id().orElseThrow(() -> missingId("structure"));
    return search("PractitionerRole", SearchParameters.builder().add("organization", id)
        .add("_include", "PractitionerRole:practitioner").add("_count", "200").build(),
        "practice situation search", ProfessionalRole::fromIndex);
  }

  @Override
  public List<ProfessionalRole> rolesInCommune(String postalCode, Code qualification,
      int limit) {
    String postal = required(postalCode, "postal code");
    Objects.requireNonNull(qualification, "qualification");
    if (limit < 1) {
      throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Limit refused: " + limit
          + "; give at least 1");
    }
    List<String> ids = new ArrayList<>();
    for (Structure s : search("Organization", SearchParameters.builder()
        .add("address-postalcode", postal).add("_count", "200").build(), "structure search",
        DefaultAnnuaireSanteClient::structures)) {
      s.id().ifPresent(ids::add);
    }
    List<ProfessionalRole> out = new ArrayList<>();
    for (int from = 0; from < ids.size() && out.size() < limit; from += ROLE_BATCH) {
      String batch = String.join(",", ids.subList(from, Math.min(ids.size(), from + ROLE_BATCH)));
      for (ProfessionalRole r : search("PractitionerRole", SearchParameters.builder()
          .add("organization", batch).add("_include", "PractitionerRole:practitioner")
          .add("_include", "PractitionerRole:organization").add("_count", "200").build(),
          "practice situation search", ProfessionalRole::fromIndex)) {
        if (qualifies(r, qualification)) {
          out.add(r);
          if (out.size() >= limit) {
            break;
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean qualifies(ProfessionalRole r, Code wanted) {
    if (r.codes().stream().anyMatch(c -> RorSystems.sameConcept(c, wanted))
        || r.specialties().stream().anyMatch(c -> RorSystems.sameConcept(c, wanted))) {
      return true;
    }
    return r.professional().map(p -> p.qualifications().stream()
        .anyMatch(c -> RorSystems.sameConcept(c, wanted))).orElse(false);
  }

  @Override
  public SearchResults<Structure> findStructuresByFiness(String finess) {
    String f = required(finess, "FINESS");
    return search("Organization", SearchParameters.builder().addTokens("identifier", List.of(
        Code.of(f, RorSystems.FINESS), Code.of("1" + f, RorSystems.IDNAT_STRUCT))).build(),
        "structure search", DefaultAnnuaireSanteClient::structures);
  }

  @Override
  public SearchResults<Structure> findStructuresBySiret(String siret) {
    String s = required(siret, "SIRET");
    return search("Organization", SearchParameters.builder().addTokens("identifier", List.of(
        Code.of(s, RorSystems.SIRET), Code.of("3" + s, RorSystems.IDNAT_STRUCT))).build(),
        "structure search", DefaultAnnuaireSanteClient::structures);
  }

  @Override
  public SearchResults<Structure> findStructuresByName(String text) {
    return search("Organization", SearchParameters.builder()
        .add("name:contains", required(text, "name")).build(), "structure search",
        DefaultAnnuaireSanteClient::structures);
  }

  @Override
  public List<MailboxRoute> mssanteAddressesOf(String rppsOrIdNatPs) {
    String id = required(rppsOrIdNatPs, "RPPS or IdNat_PS");
    PractitionerQuery q = id.matches("\\d{11}") ? PractitionerQuery.builder().rpps(id).build()
        : PractitionerQuery.builder().idNatPs(id).build();
    List<Professional> found = searchPractitioners(q).toList(2);
    if (found.isEmpty()) {
      return List.of();
    }
    Professional p = found.get(0);
    List<MailboxRoute> routes = new ArrayList<>();
    for (ProfessionalRole role : rolesOf(p).toList(LOOKUP_LIMIT)) {
      if (role.active().orElse(true)) {
        Structure s = role.structure().orElse(null);
        role.mailboxes().stream().filter(m -> m.type() != MailboxType.APP)
            .forEach(m -> routes.add(new MailboxRoute(m, MailboxRoute.Via.PRACTICE_SITUATION, s)));
      }
    }
    for (MssMailbox m : p.mailboxes()) {
      if (m.type() != MailboxType.CAB && m.type() != MailboxType.APP) {
        routes.add(new MailboxRoute(m, MailboxRoute.Via.PROFESSIONAL, null));
      }
    }
    for (MssMailbox m : p.mailboxes()) {
      if (m.type() == MailboxType.CAB) {
        routes.add(new MailboxRoute(m, MailboxRoute.Via.CABINET, null));
      }
    }
    return dedupe(routes);
  }

  @Override
  public List<MailboxRoute> mssanteAddressesOfService(String finess, String service) {
    String wanted = fold(required(service, "service"));
    List<MailboxRoute> matching = new ArrayList<>();
    List<MailboxRoute> others = new ArrayList<>();
    for (Structure s : findStructuresByFiness(finess).toList(LOOKUP_LIMIT)) {
      for (MssMailbox m : MssMailbox.from(s.asFhir().getTelecom())) {
        if (m.type() != MailboxType.ORG) {
          continue;
        }
        boolean match = m.service().map(DefaultAnnuaireSanteClient::fold)
            .map(v -> v.contains(wanted)).orElse(false)
            || m.description().map(DefaultAnnuaireSanteClient::fold)
                .map(v -> v.contains(wanted)).orElse(false);
        (match ? matching : others).add(new MailboxRoute(m,
            match ? MailboxRoute.Via.SERVICE : MailboxRoute.Via.STRUCTURE, s));
      }
    }
    List<MailboxRoute> kept = dedupe(matching);
    return kept.isEmpty() ? dedupe(others) : kept;
  }

  private List<MailboxRoute> dedupe(List<MailboxRoute> routes) {
    Set<String> seen = new LinkedHashSet<>();
    List<MailboxRoute> out = new ArrayList<>();
    for (MailboxRoute r : routes) {
      if ((includeListeRouge || !r.mailbox().listeRouge())
          && seen.add(r.address().toLowerCase(Locale.ROOT))) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String required(String v, String what) {
    if (v == null || v.isBlank()) {
      throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Search criterion refused: "
          + what + " is blank");
    }
    return v.trim();
  }

  private static EparcoursClientException missingId(String what) {
    return new EparcoursClientException(RorErrors.INVALID_QUERY, "Lookup refused: the " + what
        + " has no server id; pass one obtained from a search");
  }

  @Override
  public void prewarm() {
    FhirContexts.prewarm(fhir.get());
  }

  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "AnnuaireSanteClient[" + base + "]";
  }

  private static final class Config implements AnnuaireSanteClient.Builder {
    URI base = AnnuaireSanteClient.PRODUCTION;
    char[] apiKey;
    double rate = 17;
    boolean includeListeRouge;
    HttpTransport transport;
    SSLContext sslContext;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    Duration timeout = Duration.ofSeconds(35);
    FhirContext fhirContext;
    int maxPages = SearchResults.DEFAULT_MAX_PAGES;

    @Override
    public AnnuaireSanteClient.Builder baseUrl(URI b) {
      Objects.requireNonNull(b, "base");
      if (!b.isAbsolute() || b.getHost() == null) {
        throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION,
            "Configuration refused: the Annuaire base URL must be absolute http(s)");
      }
      String s = b.toString();
      base = s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : b;
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder apiKey(char[] key) {
      apiKey = Objects.requireNonNull(key, "apiKey").clone();
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder rateLimit(double rps) {
      if (!(rps > 0) || Double.isInfinite(rps)) {
        throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION,
            "Rate limit refused: " + rps + "; give a positive number of requests per second");
      }
      rate = rps;
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder includeListeRouge(boolean include) {
      includeListeRouge = include;
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder transport(HttpTransport t) {
      transport = Objects.requireNonNull(t, "transport");
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder sslContext(SSLContext ctx) {
      sslContext = Objects.requireNonNull(ctx, "sslContext");
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder retryPolicy(RetryPolicy policy) {
      retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder timeout(Duration t) {
      timeout = Objects.requireNonNull(t, "timeout");
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder fhirContext(FhirContext ctx) {
      fhirContext = Objects.requireNonNull(ctx, "context");
      return this;
    }

    @Override
    public AnnuaireSanteClient.Builder maxPages(int n) {
      if (n < 1) {
        throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION,
            "Page limit refused: " + n + "; give at least 1");
      }
      maxPages = n;
      return this;
    }

    @Override
    public AnnuaireSanteClient build() {
      if (apiKey == null || apiKey.length == 0) {
        throw new EparcoursClientException(RorErrors.INVALID_CONFIGURATION, "Annuaire Santé "
            + "configuration incomplete: call apiKey(...) with the key of the ANS API portal");
      }
      return new DefaultAnnuaireSanteClient(this);
    }
  }
}
