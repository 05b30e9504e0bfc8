package io.github.eparcours.core.internal.http;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.core.http.HttpErrorCodes;
import io.github.eparcours.core.http.HttpRequest;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns the I/O failures of {@link java.net.http.HttpClient} into the SDK's coded exceptions.
 *
 * <p>The JDK reports TLS failures as {@link SSLException}s whose causes say why; certificate
 * path failures and hostname mismatches are told apart by the cause chain (the JDK's
 * {@code CertificateException} for a name mismatch reads "No subject alternative ... matching"
 * or "No name matching"). Stateless.
 */
final class FailureMapper {

  private FailureMapper() {}

  static EparcoursClientException map(IOException e, HttpRequest request) {
    String target = request.toString();
    if (e instanceof HttpConnectTimeoutException) {
      return failure(HttpErrorCodes.CONNECT_TIMEOUT, target + ": no connection within the "
          + "connect timeout; check the address and the network path (proxy, firewall), or "
          + "raise connectTimeout", e, true);
    }
    if (e instanceof HttpTimeoutException) {
      return failure(HttpErrorCodes.RESPONSE_TIMEOUT, target + ": no response within the "
          + "response timeout; the service is slow or overloaded, retry later or raise the "
          + "timeout of the request", e, true);
    }
    Throwable tls = find(e, SSLException.class);
    if (tls != null) {
      return mapTls(target, e);
    }
    if (e instanceof ConnectException || find(e, ConnectException.class) != null
        || find(e, NoRouteToHostException.class) != null) {
      return failure(HttpErrorCodes.CONNECT_FAILED, target + ": the connection was refused or "
          + "the host is unreachable; check the URL and that the service is up", e, true);
    }
    if (find(e, UnknownHostException.class) != null) {
      return failure(HttpErrorCodes.CONNECT_FAILED, target + ": the host name does not resolve;"
          + " check the URL and the DNS configuration", e, true);
    }
    if (isReset(e)) {
      return failure(HttpErrorCodes.CONNECTION_RESET, target + ": the connection was reset or "
          + "closed by the server before a full response; usually transient, retry", e, true);
    }
    return failure(HttpErrorCodes.IO_FAILED, target + ": I/O failure while exchanging with the "
        + "server (" + e.getClass().getSimpleName() + "); retry, and check the network if it "
        + "persists", e, true);
  }

  private static EparcoursClientException mapTls(String target, IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = message(t);
      if (t instanceof CertificateException
          && (m.contains("no subject alternative") || m.contains("no name matching"))) {
        return failure(HttpErrorCodes.TLS_HOSTNAME_MISMATCH, target + ": the server's "
            + "certificate does not name this host (" + t.getMessage() + "); call the service "
            + "by the name its certificate carries. Hostname verification is never disabled",
            e, false);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = message(t);
      if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
          || m.contains("pkix path") || m.contains("unable to find valid certification path")) {
        return failure(HttpErrorCodes.TLS_UNTRUSTED_SERVER, target + ": the server's "
            + "certificate chain does not lead to a configured trust anchor (" + t.getMessage()
            + "); configure the anchors of that service (for the national services, the "
            + "IGC-Santé roots of the right environment)", e, false);
      }
    }
    return failure(HttpErrorCodes.TLS_HANDSHAKE_FAILED, target + ": the TLS handshake failed ("
        + e.getMessage() + "); check the client certificate (role AUTH_CLI, validity, chain) and "
        + "that the server accepts TLS 1.2 or 1.3", e, false);
  }

  private static boolean isReset(IOException e) {
    if (find(e, EOFException.class) != null || find(e, ClosedChannelException.class) != null) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = message(t);
      if (t instanceof SocketException || m.contains("connection reset")
          || m.contains("received no bytes") || m.contains("closed") || m.contains("eof")
          || m.contains("broken pipe")) {
        return true;
      }
    }
    return false;
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  static EparcoursClientException failure(ErrorCode code, String message, Throwable cause,
      boolean retryable) {
    return new EparcoursClientException(code, message, cause, retryable);
  }
}
