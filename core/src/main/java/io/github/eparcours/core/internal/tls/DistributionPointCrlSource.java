package io.github.eparcours.core.internal.tls;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.tls.CrlSource;
import io.github.eparcours.core.tls.RevocationPolicy;
import io.github.eparcours.core.tls.TlsErrorCodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Downloads the CRLs named by certificates' CRL distribution points ({@code http} full-name URIs)
 * and caches each until its {@code nextUpdate} (or one hour when it has none). Thread-safe.
 */
public final class DistributionPointCrlSource implements CrlSource {

  private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

  private final Duration timeout;
  private final long maxBytes;
  private final Clock clock;
  private final HttpClient client;
  private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

  /**
   * Creates the source.
   *
   * @param timeout the time allowed per download
   * @param maxBytes the largest CRL accepted
   * @param clock decides when a cached CRL is stale
   */
  public DistributionPointCrlSource(Duration timeout, long maxBytes, Clock clock) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.clock = clock;
    this.client = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  @Override
  public Collection<X509CRL> crlsFor(X509Certificate certificate) {
    List<X509CRL> crls = new ArrayList<>();
    for (URI uri : distributionPoints(certificate)) {
      Instant now = clock.instant();
      Cached cached = cache.get(uri);
      if (cached == null || !now.isBefore(cached.staleAt)) {
        List<X509CRL> fetched = download(uri);
        Instant staleAt = fetched.stream()
            .map(c -> c.getNextUpdate() == null ? now.plus(DEFAULT_LIFETIME)
                : c.getNextUpdate().toInstant())
            .min(Instant::compareTo).orElse(now.plus(DEFAULT_LIFETIME));
        cached = new Cached(fetched, staleAt);
        cache.put(uri, cached);
      }
      crls.addAll(cached.crls);
    }
    return crls;
  }

  private List<X509CRL> download(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw unavailable(uri, "status " + response.statusCode(), null);
        }
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
          throw unavailable(uri, "larger than " + maxBytes + " bytes", null);
        }
        return RevocationPolicy.parseCrls(content);
      }
    } catch (IOException e) {
      throw unavailable(uri, e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(uri, "interrupted", e);
    }
  }

  private static EparcoursClientException unavailable(URI uri, String why, Throwable cause) {
    return new EparcoursClientException(TlsErrorCodes.CRL_UNAVAILABLE, "the CRL at " + uri
        + " cannot be obtained (" + why + "); check the network path to the authority's CRL "
        + "publication, or supply the CRLs with RevocationPolicy.crls(...)", cause, true);
  }

  static List<URI> distributionPoints(X509Certificate certificate) {
    byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
    List<URI> uris = new ArrayList<>();
    if (extension == null) {
      return uris;
    }
    try {
      ASN1Primitive inner = ASN1Primitive.fromByteArray(
          DEROctetString.getInstance(extension).getOctets());
      for (DistributionPoint point : CRLDistPoint.getInstance(inner).getDistributionPoints()) {
        DistributionPointName name = point.getDistributionPoint();
        if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
          continue;
        }
        for (GeneralName g : GeneralNames.getInstance(name.getName()).getNames()) {
          if (g.getTagNo() == GeneralName.uniformResourceIdentifier) {
            URI uri = URI.create(g.getName().toString());
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
              uris.add(uri);
            }
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new EparcoursClientException(TlsErrorCodes.CRL_UNAVAILABLE, "the CRL distribution "
          + "points of certificate " + certificate.getSubjectX500Principal().getName()
          + " cannot be read", e, false);
    }
    return uris;
  }

  private static final class Cached {
    final List<X509CRL> crls;
    final Instant staleAt;

    Cached(List<X509CRL> crls, Instant staleAt) {
      this.crls = List.copyOf(crls);
      this.staleAt = staleAt;
    }
  }
}
