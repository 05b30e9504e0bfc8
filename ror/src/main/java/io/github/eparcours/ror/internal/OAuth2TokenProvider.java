package io.github.eparcours.ror.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.core.http.HttpRequest;
import io.github.eparcours.core.http.HttpResponse;
import io.github.eparcours.core.http.RequestBody;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.RorErrors;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OAuth2 {@code client_credentials} access tokens of the ROR's Keycloak realm: fetched on first
 * use, cached until {@code margin} before expiry, fetched again after {@link #invalidate}.
 * Secret clients send {@code client_secret_post}; certificate (mTLS) clients send their
 * {@code client_id} only, the transport presenting the certificate.
 *
 * <p>Thread-safe; concurrent callers needing a new token wait for one fetch.
 */
public final class OAuth2TokenProvider {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Token(String value, Instant refreshAfter) {}

  private final HttpTransport transport;
  private final URI tokenUri;
  private final String clientId;
  private final char[] clientSecret;
  private final Duration margin;
  private final Clock clock;
  private volatile Token current;

  /**
   * Creates a provider.
   *
   * @param transport the transport (with the client certificate for mTLS clients)
   * @param tokenUri the token endpoint
   * @param clientId the client id
   * @param clientSecret the secret, or null for an mTLS client
   * @param margin how long before expiry a token is renewed
   * @param clock the clock
   */
  public OAuth2TokenProvider(HttpTransport transport, URI tokenUri, String clientId,
      char[] clientSecret, Duration margin, Clock clock) {
    this.transport = transport;
    this.tokenUri = tokenUri;
    this.clientId = clientId;
    this.clientSecret = clientSecret == null ? null : clientSecret.clone();
    this.margin = margin;
    this.clock = clock;
  }

  /**
   * Returns a token valid for at least the margin, fetching one if needed.
   *
   * @return the access token
   * @throws EparcoursServiceException ROR-0040 if the credentials are refused
   * @throws EparcoursClientException ROR-0041 if the answer is not a token
   */
  public String token() {
    Token t = current;
    if (t != null && clock.instant().isBefore(t.refreshAfter())) {
      return t.value();
    }
    synchronized (this) {
      t = current;
      if (t == null || !clock.instant().isBefore(t.refreshAfter())) {
        t = fetch();
        current = t;
      }
      return t.value();
    }
  }

  /**
   * Forgets {@code token} if it is the cached one (after a 401), so the next call fetches anew.
   *
   * @param token the token the server refused
   */
  public synchronized void invalidate(String token) {
    if (current != null && current.value().equals(token)) {
      current = null;
    }
  }

  private Token fetch() {
    StringBuilder form = new StringBuilder("grant_type=client_credentials&client_id=")
        .append(URLEncoder.encode(clientId, StandardCharsets.UTF_8));
    if (clientSecret != null) {
      form.append("&client_secret=")
          .append(URLEncoder.encode(new String(clientSecret), StandardCharsets.UTF_8));
    }
    HttpRequest request = HttpRequest.builder().method("POST").uri(tokenUri)
        .header("Accept", "application/json")
        // Asking for another client_credentials token has no side effect: safe to retry.
        .idempotent(true)
        .body(RequestBody.ofString(form.toString(), "application/x-www-form-urlencoded"))
        .build();
    Instant sent = clock.instant();
    try (HttpResponse response = transport.execute(request)) {
      byte[] body = response.bodyAsBytes();
      if (response.status() != 200) {
        String error = errorCode(body);
        throw new EparcoursServiceException(RorErrors.TOKEN_REFUSED, "ROR token request "
            + "refused: HTTP " + response.status() + (error.isEmpty() ? "" : " (" + error + ")")
            + "; check the client id, the secret or client certificate, and the environment",
            response.status(), null, response.status() >= 500 || response.status() == 429);
      }
      JsonNode json = JSON.readTree(body);
      JsonNode value = json.get("access_token");
      JsonNode expires = json.get("expires_in");
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        throw badResponse(null);
      }
      long seconds = expires != null && expires.canConvertToLong() ? expires.asLong() : 60;
      Duration life = Duration.ofSeconds(Math.max(0, seconds));
      Duration usable = life.compareTo(margin.multipliedBy(2)) > 0 ? life.minus(margin)
          : life.dividedBy(2);
      return new Token(value.asText(), sent.plus(usable));
    } catch (IOException e) {
      throw badResponse(e);
    }
  }

  private static String errorCode(byte[] body) {
    try {
      JsonNode e = JSON.readTree(body).get("error");
      return e != null && e.isTextual() ? e.asText() : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static EparcoursClientException badResponse(Exception cause) {
    return new EparcoursClientException(RorErrors.TOKEN_BAD_RESPONSE, "ROR token answer "
        + "unusable: no access_token in a JSON object; check the token endpoint URL", cause,
        false);
  }

  @Override
  public String toString() {
    return "OAuth2TokenProvider[" + tokenUri + ", client " + clientId + "]";
  }
}
