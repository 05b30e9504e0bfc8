package io.github.eparcours.testkit.ror.internal;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.testkit.ror.FakeService;
import io.github.eparcours.testkit.ror.Fault;
import io.github.eparcours.testkit.ror.RecordedRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * What stands in front of the fake's servlets, as the national gateways do: records every
 * request, applies scripted faults, checks the bearer token and the {@code Ror-*} headers on the
 * ROR, the {@code ESANTE-API-KEY} header and the rate limit on the Annuaire.
 */
public final class GatewayFilter implements Filter {

  /** The four headers the ROR requires on every FHIR call. */
  public static final List<String> ROR_HEADERS = List.of("Ror-Profil-Utilisateur-Code",
      "Ror-Profil-Utilisateur-System", "Ror-Role-Metier-Code", "Ror-Role-Metier-System");

  private final Map<FakeService, String> prefixes;
  private final Map<FakeService, Queue<Fault>> faults = new EnumMap<>(FakeService.class);
  private final List<RecordedRequest> recorded = Collections.synchronizedList(new ArrayList<>());
  private final TokenStore tokens;
  private final String apiKey;
  private final boolean requireRorHeaders;
  private final int annuairePerSecond;
  private final FhirContext fhir;
  private final Clock clock;
  private long windowSecond = -1;
  private int windowCount;

  /**
   * Creates the filter.
   *
   * @param prefixes path prefix of each service
   * @param tokens valid ROR tokens
   * @param apiKey the Annuaire API key
   * @param requireRorHeaders whether missing Ror-* headers are refused
   * @param annuairePerSecond Annuaire requests allowed per second, 0 for no limit
   * @param fhir FHIR context for OperationOutcome bodies
   * @param clock the clock
   */
  public GatewayFilter(Map<FakeService, String> prefixes, TokenStore tokens, String apiKey,
      boolean requireRorHeaders, int annuairePerSecond, FhirContext fhir, Clock clock) {
    this.prefixes = prefixes;
    this.tokens = tokens;
    this.apiKey = apiKey;
    this.requireRorHeaders = requireRorHeaders;
    this.annuairePerSecond = annuairePerSecond;
    this.fhir = fhir;
    this.clock = clock;
    for (FakeService s : FakeService.values()) {
      faults.put(s, new ConcurrentLinkedQueue<>());
    }
  }

  /**
   * Queues a fault.
   *
   * @param service where
   * @param fault what
   */
  public void enqueue(FakeService service, Fault fault) {
    faults.get(service).add(fault);
  }

  /**
   * Returns a snapshot of the recorded requests.
   *
   * @return the requests, oldest first
   */
  public List<RecordedRequest> recorded() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  /** Forgets recorded requests and pending faults. */
  public void reset() {
    recorded.clear();
    faults.values().forEach(Queue::clear);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    FakeService service = classify(req.getRequestURI());
    if (service == null) {
      resp.sendError(404);
      return;
    }
    record(service, req);
    Fault fault = faults.get(service).poll();
    if (fault != null) {
      if (fault.delay().isPresent()) {
        try {
          Thread.sleep(fault.delay().get().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      } else {
        fault.retryAfter().ifPresent(d -> resp.setHeader("Retry-After",
            Long.toString((d.toMillis() + 999) / 1000)));
        outcome(resp, fault.status(), fault.issueCode().orElse("exception"),
            fault.diagnostics().orElse(""));
        return;
      }
    }
    if (service == FakeService.ROR_FHIR && !checkRor(req, resp)) {
      return;
    }
    if (service == FakeService.ANNUAIRE && !checkAnnuaire(req, resp)) {
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean checkRor(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String auth = req.getHeader("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)
        || !tokens.isValid(auth.substring(7).trim())) {
      resp.setHeader("WWW-Authenticate", "Bearer realm=\"ror\", error=\"invalid_token\"");
      outcome(resp, 401, "login", "Missing, unknown or expired access token");
      return false;
    }
    if (requireRorHeaders) {
      for (String h : ROR_HEADERS) {
        String v = req.getHeader(h);
        if (v == null || v.isBlank()) {
          outcome(resp, 403, "security", "Missing header " + h
              + ": the ROR needs the caller's user profile and business role");
          return false;
        }
      }
    }
    return true;
  }

  private boolean checkAnnuaire(HttpServletRequest req, HttpServletResponse resp)
      throws IOException {
    String key = req.getHeader("ESANTE-API-KEY");
    if (key == null || !key.equals(apiKey)) {
      outcome(resp, 401, "security", "Missing or invalid ESANTE-API-KEY");
      return false;
    }
    if (annuairePerSecond > 0 && !admit()) {
      resp.setHeader("Retry-After", "1");
      outcome(resp, 429, "throttled", "Rate limit exceeded: " + annuairePerSecond
          + " requests per second");
      return false;
    }
    return true;
  }

  private synchronized boolean admit() {
    long second = clock.millis() / 1000;
    if (second != windowSecond) {
      windowSecond = second;
      windowCount = 0;
    }
    return ++windowCount <= annuairePerSecond;
  }

  private FakeService classify(String uri) {
    for (Map.Entry<FakeService, String> e : prefixes.entrySet()) {
      if (uri.startsWith(e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  private void record(FakeService service, HttpServletRequest req) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(Collections.list(req.getHeaders(name))));
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    req.getParameterMap().forEach((k, v) -> params.put(k, List.of(v)));
    boolean cert = req.getAttribute("jakarta.servlet.request.X509Certificate") != null;
    recorded.add(new RecordedRequest(service, req.getMethod(), req.getRequestURI(),
        req.getQueryString() == null ? "" : req.getQueryString(), headers, params, cert,
        clock.instant()));
  }

  private void outcome(HttpServletResponse resp, int status, String code, String diagnostics)
      throws IOException {
    OperationOutcome oo = new OperationOutcome();
    oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(OperationOutcome.IssueType.fromCode(code)).setDiagnostics(diagnostics);
    resp.setStatus(status);
    resp.setContentType("application/fhir+json;charset=utf-8");
    resp.getOutputStream().write(
        fhir.newJsonParser().encodeResourceToString(oo).getBytes(StandardCharsets.UTF_8));
  }
}
