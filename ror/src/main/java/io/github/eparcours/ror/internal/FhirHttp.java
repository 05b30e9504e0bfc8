package io.github.eparcours.ror.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.FhirServiceException;
import io.github.eparcours.ror.RorErrors;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * FHIR JSON over the core transport: sends GETs with the given headers, parses the answer with
 * HAPI's JSON parser and turns error statuses into {@link FhirServiceException}s carrying the
 * OperationOutcome. Thread-safe (a parser is created per call: HAPI parsers are not).
 */
public final class FhirHttp {

  /** Media type asked and accepted. */
  public static final String FHIR_JSON = "application/fhir+json";

  private final HttpTransport transport;
  private final Supplier<FhirContext> fhir;
  private final String serviceName;
  private final Duration timeout;

  /**
   * Creates the glue.
   *
   * @param transport the transport
   * @param fhir the FHIR context (resolved lazily)
   * @param serviceName "ROR" or "Annuaire Santé", for messages
   * @param timeout per-request response timeout, or null for the transport's
   */
  public FhirHttp(HttpTransport transport, Supplier<FhirContext> fhir, String serviceName,
      Duration timeout) {
    this.transport = transport;
    this.fhir = fhir;
    this.serviceName = serviceName;
    this.timeout = timeout;
  }

  /**
   * Returns the FHIR context.
   *
   * @return the context
   */
  public FhirContext context() {
    return fhir.get();
  }

  /**
   * The raw outcome of one GET: status and body, for callers that handle some statuses
   * themselves (401 → token refresh).
   *
   * @param status the HTTP status
   * @param body the body bytes
   */
  public record Raw(int status, byte[] body) {}

  /**
   * Sends a GET.
   *
   * @param url the URL
   * @param headers the headers to add
   * @return the raw answer
   * @throws io.github.eparcours.core.error.EparcoursException transport failures (CORE-03xx)
   */
  public Raw get(URI url, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.builder().method("GET").uri(url).idempotent(true)
        .header("Accept", FHIR_JSON);
    headers.forEach(b::header);
    if (timeout != null) {
      b.timeout(timeout);
    }
    try (HttpResponse response = transport.execute(b.build())) {
      return new Raw(response.status(), response.bodyAsBytes());
    }
  }

  /**
   * Parses a successful answer, or throws the mapped error.
   *
   * @param raw the answer
   * @param type the expected resource type
   * @param what what was attempted, for messages ("offer search")
   * @param unauthorizedCode the code for 401/403 ({@link RorErrors#ACCESS_DENIED} or
   *     {@link RorErrors#API_KEY_REFUSED})
   * @param <T> the type
   * @return the resource
   * @throws FhirServiceException for error statuses
   * @throws EparcoursClientException ROR-0020 when the body is not the expected FHIR JSON
   */
  public <T extends IBaseResource> T parse(Raw raw, Class<T> type, String what,
      ErrorCode unauthorizedCode) {
    if (raw.status() < 200 || raw.status() > 299) {
      throw error(raw, what, unauthorizedCode);
    }
    return parseBody(raw.body(), type, what);
  }

  private <T extends IBaseResource> T parseBody(byte[] body, Class<T> type, String what) {
    IParser parser = fhir.get().newJsonParser();
    try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(body),
        StandardCharsets.UTF_8)) {
      return parser.parseResource(type, reader);
    } catch (DataFormatException | ClassCastException | java.io.IOException e) {
      throw new EparcoursClientException(RorErrors.BAD_RESPONSE, serviceName + " " + what
          + " failed: the answer is not a FHIR JSON " + type.getSimpleName() + " ("
          + e.getClass().getSimpleName() + "); check the base URL points to the FHIR API",
          e, false);
    }
  }

  /**
   * Maps an error status to an exception.
   *
   * @param raw the answer
   * @param what what was attempted
   * @param unauthorizedCode code for 401/403
   * @return the exception to throw
   */
  public FhirServiceException error(Raw raw, String what, ErrorCode unauthorizedCode) {
    int s = raw.status();
    OperationOutcome outcome = null;
    try {
      outcome = fhir.get().newJsonParser().parseResource(OperationOutcome.class,
          new String(raw.body(), StandardCharsets.UTF_8));
    } catch (RuntimeException notAnOutcome) {
      // The body is kept raw; there is just no typed outcome.
    }
    ErrorCode code;
    String advice;
    boolean retryable = false;
    if (s == 401 || s == 403) {
      code = unauthorizedCode;
      advice = "check the credentials and, for the ROR, the Ror-* user profile and role";
    } else if (s == 404 || s == 410) {
      code = RorErrors.NOT_FOUND;
      advice = "the resource does not exist (any more)";
    } else if (s == 429) {
      code = RorErrors.THROTTLED;
      advice = "the service is rate-limiting this client; slow down and retry later";
      retryable = true;
    } else if (s >= 500) {
      code = RorErrors.SERVER_ERROR;
      advice = "the service failed; retry later";
      retryable = s == 502 || s == 503 || s == 504;
    } else {
      code = RorErrors.REQUEST_REFUSED;
      advice = "the server refused the request; see the issues for the parameter at fault";
    }
    StringBuilder msg = new StringBuilder().append(serviceName).append(' ').append(what)
        .append(" failed: HTTP ").append(s);
    if (outcome != null && outcome.hasIssue()) {
      OperationOutcome.OperationOutcomeIssueComponent i = outcome.getIssueFirstRep();
      msg.append(" (").append(i.hasCode() ? i.getCode().toCode() : "issue");
      if (i.hasDiagnostics()) {
        String d = i.getDiagnostics();
        msg.append(": ").append(d.length() > 200 ? d.substring(0, 200) + "…" : d);
      }
      msg.append(')');
    }
    msg.append("; ").append(advice);
    return new FhirServiceException(code, msg.toString(), s,
        new String(raw.body(), StandardCharsets.UTF_8), outcome, retryable);
  }
}
