package io.github.eparcours.mss.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.Security;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslClientFactory;
import javax.security.sasl.SaslException;

/**
 * SASL OAUTHBEARER (RFC 7628) for Jakarta Mail, which lacks it. Jakarta Mail finds SASL
 * mechanisms through {@link javax.security.sasl.Sasl}, which only looks in the JCA providers:
 * {@link #register()} therefore installs a small provider offering this one mechanism, once per
 * JVM. The token travels as the connection's password and is never kept by the mechanism.
 */
public final class OAuthBearerSasl {

  static final String MECHANISM = "OAUTHBEARER";
  private static final String PROVIDER_NAME = "EparcoursSasl";

  private OAuthBearerSasl() {}

  /** Installs the provider if no provider offers OAUTHBEARER yet; idempotent, thread-safe. */
  public static synchronized void register() {
    if (Security.getProvider(PROVIDER_NAME) == null
        && Security.getProviders("SaslClientFactory." + MECHANISM) == null) {
      Security.addProvider(new SaslProvider());
    }
  }

  /** The JCA provider naming the factory. */
  static final class SaslProvider extends Provider {
    private static final long serialVersionUID = 1L;

    SaslProvider() {
      super(PROVIDER_NAME, "1.0", "SASL OAUTHBEARER client (RFC 7628)");
      put("SaslClientFactory." + MECHANISM, Factory.class.getName());
    }
  }

  /** Creates OAUTHBEARER clients. Public with a no-arg constructor for the JCA. */
  public static final class Factory implements SaslClientFactory {

    /** For the JCA. */
    public Factory() {}

    @Override
    public SaslClient createSaslClient(String[] mechanisms, String authorizationId,
        String protocol, String serverName, Map<String, ?> props, CallbackHandler cbh)
        throws SaslException {
      for (String m : mechanisms) {
        if (MECHANISM.equalsIgnoreCase(m)) {
          return new Client(authorizationId, cbh);
        }
      }
      return null;
    }

    @Override
    public String[] getMechanismNames(Map<String, ?> props) {
      return new String[] {MECHANISM};
    }
  }

  /** One authentication exchange. */
  static final class Client implements SaslClient {
    private final String authorizationId;
    private final CallbackHandler cbh;
    private int step;

    Client(String authorizationId, CallbackHandler cbh) {
      this.authorizationId = authorizationId;
      this.cbh = cbh;
    }

    @Override
    public String getMechanismName() {
      return MECHANISM;
    }

    @Override
    public boolean hasInitialResponse() {
      return true;
    }

    @Override
    public byte[] evaluateChallenge(byte[] challenge) throws SaslException {
      if (step++ > 0) {
        // RFC 7628 3.2.3: the server sent its error JSON; answer %x01 so it ends the exchange.
        return new byte[] {1};
      }
      NameCallback name = new NameCallback("user");
      PasswordCallback password = new PasswordCallback("token", false);
      try {
        cbh.handle(new Callback[] {name, password});
      } catch (IOException | UnsupportedCallbackException e) {
        throw new SaslException("OAUTHBEARER: no user or token from the mail session", e);
      }
      char[] token = password.getPassword();
      password.clearPassword();
      if (token == null || token.length == 0) {
        throw new SaslException("OAUTHBEARER: empty access token");
      }
      String user = authorizationId != null && !authorizationId.isEmpty()
          ? authorizationId : name.getName();
      String gs2 = "n," + (user == null ? "" : "a=" + saslName(user)) + ",";
      byte[] response = (gs2 + "\u0001auth=Bearer " + new String(token) + "\u0001\u0001")
          .getBytes(StandardCharsets.UTF_8);
      java.util.Arrays.fill(token, '\0');
      return response;
    }

    /** RFC 5801 saslname: ',' and '=' escaped. */
    private static String saslName(String user) {
      return user.replace("=", "=3D").replace(",", "=2C");
    }

    @Override
    public boolean isComplete() {
      return step > 0;
    }

    @Override
    public byte[] unwrap(byte[] incoming, int offset, int len) {
      throw new IllegalStateException("OAUTHBEARER has no security layer");
    }

    @Override
    public byte[] wrap(byte[] outgoing, int offset, int len) {
      throw new IllegalStateException("OAUTHBEARER has no security layer");
    }

    @Override
    public Object getNegotiatedProperty(String propName) {
      return null;
    }

    @Override
    public void dispose() {
      step = 2;
    }
  }
}
