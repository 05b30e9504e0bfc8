package io.github.eparcours.core.http;

import io.github.eparcours.core.spi.HttpTransport;

/**
 * Entry points to the SDK's transports.
 *
 * @since 0.1
 */
public final class HttpTransports {

  private HttpTransports() {}

  /**
   * A JDK transport with every default and the JDK's default trust store: fine for public
   * services, not for the national ones (they need IGC-Santé anchors and a client certificate:
   * use {@link #jdkBuilder()}).
   *
   * @return a new transport, to be closed at shutdown
   */
  public static HttpTransport jdk() {
    return JdkHttpTransport.builder().build();
  }

  /**
   * Same as {@link JdkHttpTransport#builder()}.
   *
   * @return a new builder
   */
  public static JdkHttpTransport.Builder jdkBuilder() {
    return JdkHttpTransport.builder();
  }
}
