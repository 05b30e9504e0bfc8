package io.github.eparcours.testkit.ror.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * OAuth2 token endpoint ({@code client_credentials}) as the ROR's Keycloak realm answers it:
 * {@code client_secret_basic} or {@code client_secret_post} for secret clients, a TLS client
 * certificate for mTLS clients (RFC 8705).
 */
public final class TokenServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final transient Map<String, String> secrets;
  private final transient Set<String> mtlsClients;
  private final transient TokenStore store;

  /**
   * Creates the endpoint.
   *
   * @param secrets client id → secret of the secret clients
   * @param mtlsClients client ids authenticated by certificate
   * @param store where tokens go
   */
  public TokenServlet(Map<String, String> secrets, Set<String> mtlsClients, TokenStore store) {
    this.secrets = Map.copyOf(secrets);
    this.mtlsClients = Set.copyOf(mtlsClients);
    this.store = store;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!"client_credentials".equals(req.getParameter("grant_type"))) {
      error(resp, 400, "unsupported_grant_type", "grant_type must be client_credentials");
      return;
    }
    String clientId = req.getParameter("client_id");
    String secret = req.getParameter("client_secret");
    String auth = req.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        clientId = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
      }
    }
    boolean ok;
    if (clientId != null && mtlsClients.contains(clientId)) {
      X509Certificate[] chain =
          (X509Certificate[]) req.getAttribute("jakarta.servlet.request.X509Certificate");
      ok = chain != null && chain.length > 0;
    } else {
      ok = clientId != null && secret != null && secret.equals(secrets.get(clientId));
    }
    if (!ok) {
      error(resp, 401, "invalid_client", "Invalid client or Invalid client credentials");
      return;
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("access_token", store.issue());
    body.put("expires_in", store.lifetime().toSeconds());
    body.put("refresh_expires_in", 0);
    body.put("token_type", "Bearer");
    body.put("not-before-policy", 0);
    body.put("scope", "profile email");
    write(resp, 200, body);
  }

  private static void error(HttpServletResponse resp, int status, String error, String desc)
      throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", error);
    body.put("error_description", desc);
    write(resp, status, body);
  }

  private static void write(HttpServletResponse resp, int status, ObjectNode body)
      throws IOException {
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    JSON.writeValue(resp.getOutputStream(), body);
  }
}
