package io.github.eparcours.core.tls;

import io.github.eparcours.core.error.EparcoursClientException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * What a TLS client needs to talk to a national service: the trust anchors, optionally the
 * organisation's TLS client key (mutual TLS), the revocation policy and the protocol versions.
 *
 * <p>{@link #sslContext()} builds the JDK {@link SSLContext}; the SDK's transport uses it with
 * the protocols of {@link #protocols()} and hostname verification always on. Immutable and
 * thread-safe; building the context is cheap enough to do once per client, not per request.
 *
 * <pre>{@code
 * TlsConfiguration tls = TlsConfiguration.builder()
 *     .trustAnchors(TrustAnchors.forEnvironment(Environment.TEST,
 *         TrustAnchors.fromPem(Path.of("igc-sante-test-roots.pem"))))
 *     .clientKey(KeyMaterial.load(Path.of("auth.p12"), password, KeyRole.TLS_CLIENT))
 *     .revocation(RevocationPolicy.fetched(CrlSource.distributionPoints()))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class TlsConfiguration {

  private static final List<String> ALLOWED = List.of("TLSv1.3", "TLSv1.2");

  private final TrustAnchors trustAnchors;
  private final KeyMaterial clientKey;
  private final RevocationPolicy revocation;
  private final List<String> protocols;

  private TlsConfiguration(Builder b) {
    if (b.trustAnchors == null) {
      throw new EparcoursClientException(TlsErrorCodes.INVALID_CONFIGURATION, "no trust "
          + "anchors configured; set TlsConfiguration.Builder#trustAnchors (for the national "
          + "services: the IGC-Santé anchors of the environment)");
    }
    if (b.clientKey != null && b.clientKey.role() != KeyRole.TLS_CLIENT) {
      throw new EparcoursClientException(TlsErrorCodes.INVALID_CONFIGURATION, "the client key "
          + "was loaded for " + b.clientKey.role() + ", not TLS_CLIENT; load the organisation's "
          + "authentication (AUTH_CLI) PKCS#12 with KeyRole.TLS_CLIENT");
    }
    this.trustAnchors = b.trustAnchors;
    this.clientKey = b.clientKey;
    this.revocation = b.revocation;
    this.protocols = b.protocols;
  }

  /**
   * Starts a configuration: trust anchors required, no client key, no revocation check, TLS 1.3
   * and 1.2.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this configuration.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().trustAnchors(trustAnchors).revocation(revocation)
        .protocols(protocols);
    b.clientKey = clientKey;
    return b;
  }

  /** @return the trust anchors */
  public TrustAnchors trustAnchors() {
    return trustAnchors;
  }

  /** @return the TLS client key, if mutual TLS is configured */
  public Optional<KeyMaterial> clientKey() {
    return Optional.ofNullable(clientKey);
  }

  /** @return the revocation policy */
  public RevocationPolicy revocation() {
    return revocation;
  }

  /** @return the protocol versions allowed, among TLSv1.3 and TLSv1.2 */
  public List<String> protocols() {
    return protocols;
  }

  /**
   * Builds a new JDK TLS context: PKIX trust in the anchors (with the revocation policy) and,
   * if configured, the client key and chain.
   *
   * @return an initialised context
   * @throws EparcoursClientException {@code CORE-0214} if the JDK lacks an algorithm
   */
  public SSLContext sslContext() {
    try {
      KeyManager[] keyManagers = null;
      if (clientKey != null) {
        char[] password = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(clientKey.alias(), clientKey.privateKey(), password,
            clientKey.chain().toArray(new X509Certificate[0]));
        KeyManagerFactory kmf =
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        keyManagers = kmf.getKeyManagers();
      }
      TrustManager[] trustManagers = {RevocationTrustManagers.create(trustAnchors, revocation)};
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers, trustManagers, new SecureRandom());
      return context;
    } catch (java.io.IOException | GeneralSecurityException e) {
      throw new EparcoursClientException(TlsErrorCodes.TLS_CONTEXT_FAILED, "the JDK cannot build "
          + "the TLS context (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); check the Java security providers", e, false);
    }
  }

  @Override
  public String toString() {
    return "TlsConfiguration[" + trustAnchors + ", clientKey=" + clientKey + ", " + revocation
        + ", " + protocols + "]";
  }

  /** Mutable builder of {@link TlsConfiguration}; not thread-safe. */
  public static final class Builder {
    private TrustAnchors trustAnchors;
    private KeyMaterial clientKey;
    private RevocationPolicy revocation = RevocationPolicy.none();
    private List<String> protocols = ALLOWED;

    private Builder() {}

    /**
     * Sets the authorities trusted to identify servers.
     *
     * @param anchors the anchors
     * @return this builder
     */
    public Builder trustAnchors(TrustAnchors anchors) {
      this.trustAnchors = Objects.requireNonNull(anchors, "anchors");
      return this;
    }

    /**
     * Sets the key presented for mutual TLS.
     *
     * @param key key material loaded for {@link KeyRole#TLS_CLIENT}
     * @return this builder
     */
    public Builder clientKey(KeyMaterial key) {
      this.clientKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Sets the revocation policy (default {@link RevocationPolicy#none()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder revocation(RevocationPolicy policy) {
      this.revocation = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Restricts the protocol versions.
     *
     * @param protocols a non-empty subset of TLSv1.3 and TLSv1.2
     * @return this builder
     * @throws EparcoursClientException {@code CORE-0215} for anything else
     */
    public Builder protocols(List<String> protocols) {
      List<String> copy = List.copyOf(protocols);
      if (copy.isEmpty() || !ALLOWED.containsAll(copy)) {
        throw new EparcoursClientException(TlsErrorCodes.INVALID_CONFIGURATION, "protocols "
            + copy + " are not allowed; choose among " + ALLOWED + " (older versions are "
            + "refused by the national services and by the SDK)");
      }
      this.protocols = copy;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws EparcoursClientException {@code CORE-0215} if no anchors were set or the client
     *     key was not loaded for {@link KeyRole#TLS_CLIENT}
     */
    public TlsConfiguration build() {
      return new TlsConfiguration(this);
    }
  }
}
