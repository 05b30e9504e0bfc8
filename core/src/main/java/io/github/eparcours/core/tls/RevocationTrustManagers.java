package io.github.eparcours.core.tls;

import io.github.eparcours.core.error.EparcoursException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds the PKIX trust managers of {@link TlsConfiguration}: the JDK's own PKIX validation
 * (which also performs hostname verification when the engine asks for it), parameterised with
 * the anchors and, per {@link RevocationPolicy}, CRLs and a CRL-only revocation checker.
 *
 * <p>CRLs are only ever taken from the cert store given here: the JDK fetches distribution
 * points itself only when a system property enables it, which the SDK never sets; fetching is
 * done by the policy's {@link CrlSource} instead.
 */
final class RevocationTrustManagers {

  private RevocationTrustManagers() {}

  static X509ExtendedTrustManager create(TrustAnchors anchors, RevocationPolicy policy)
      throws GeneralSecurityException {
    if (policy.source().isPresent()) {
      return new Fetching(anchors, policy);
    }
    return pkix(anchors, policy, policy.suppliedCrls());
  }

  static X509ExtendedTrustManager pkix(TrustAnchors anchors, RevocationPolicy policy,
      Collection<X509CRL> crls) throws GeneralSecurityException {
    PKIXBuilderParameters parameters =
        new PKIXBuilderParameters(anchors.asPkixAnchors(), new X509CertSelector());
    if (policy.enabled()) {
      parameters.addCertStore(CertStore.getInstance("Collection",
          new CollectionCertStoreParameters(crls)));
      PKIXRevocationChecker checker =
          (PKIXRevocationChecker) CertPathBuilder.getInstance("PKIX").getRevocationChecker();
      Set<PKIXRevocationChecker.Option> options = EnumSet.of(
          PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK);
      if (policy.isSoftFail()) {
        options.add(PKIXRevocationChecker.Option.SOFT_FAIL);
      }
      checker.setOptions(options);
      parameters.addCertPathChecker(checker);
      parameters.setRevocationEnabled(true);
    } else {
      parameters.setRevocationEnabled(false);
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
    try {
      factory.init(new CertPathTrustManagerParameters(parameters));
    } catch (InvalidAlgorithmParameterException e) {
      throw new GeneralSecurityException("PKIX trust manager parameters refused", e);
    }
    for (TrustManager tm : factory.getTrustManagers()) {
      if (tm instanceof X509ExtendedTrustManager) {
        return (X509ExtendedTrustManager) tm;
      }
    }
    throw new GeneralSecurityException("the PKIX trust manager factory made no X.509 manager");
  }

  /** Asks the CRL source for the chain's CRLs at each handshake, then validates as PKIX. */
  private static final class Fetching extends X509ExtendedTrustManager {
    private final TrustAnchors anchors;
    private final RevocationPolicy policy;
    private final CrlSource source;

    Fetching(TrustAnchors anchors, RevocationPolicy policy) {
      this.anchors = anchors;
      this.policy = policy;
      this.source = policy.source().orElseThrow();
    }

    private X509ExtendedTrustManager delegateFor(X509Certificate[] chain)
        throws CertificateException {
      List<X509CRL> crls = new ArrayList<>();
      for (X509Certificate c : chain) {
        if (anchors.certificates().contains(c)) {
          continue;
        }
        try {
          crls.addAll(source.crlsFor(c));
        } catch (EparcoursException e) {
          if (!policy.isSoftFail()) {
            throw new CertificateException(e.getMessage(), e);
          }
        }
      }
      try {
        return pkix(anchors, policy, crls);
      } catch (GeneralSecurityException e) {
        throw new CertificateException("cannot build the PKIX validation", e);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      delegateFor(chain).checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      delegateFor(chain).checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      delegateFor(chain).checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      delegateFor(chain).checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      delegateFor(chain).checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      delegateFor(chain).checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return anchors.certificates().toArray(new X509Certificate[0]);
    }
  }
}
