package io.github.eparcours.ror.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import java.net.URI;
import java.util.Objects;

/** URL helpers of the clients. */
public final class Urls {

  private Urls() {}

  /**
   * Builds {@code base/type?query}.
   *
   * @param base the FHIR base, without trailing slash
   * @param type the resource type
   * @param query the encoded query string, may be empty
   * @return the URL
   */
  public static URI search(URI base, String type, String query) {
    return URI.create(base + "/" + type + (query.isEmpty() ? "" : "?" + query));
  }

  /**
   * Checks that a link the server sent (next page) stays on the service's origin, so that
   * credentials are never sent elsewhere.
   *
   * @param base the service base
   * @param link the link
   * @param service the service name for messages
   * @return the link
   * @throws EparcoursClientException ROR-0020 if it leaves the origin
   */
  public static URI sameOrigin(URI base, URI link, String service) {
    boolean same = link.isAbsolute()
        && base.getScheme().equalsIgnoreCase(link.getScheme())
        && base.getHost() != null && base.getHost().equalsIgnoreCase(link.getHost())
        && port(base) == port(link);
    if (!same) {
      throw new EparcoursClientException(RorErrors.BAD_RESPONSE, service + " paging stopped: "
          + "the next link points to another origin than " + base.getScheme() + "://"
          + base.getHost() + "; credentials are not sent there");
    }
    return link;
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(Objects.requireNonNull(u.getScheme())) ? 443 : 80;
  }
}
