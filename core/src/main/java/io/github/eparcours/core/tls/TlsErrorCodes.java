package io.github.eparcours.core.tls;

import io.github.eparcours.core.error.ErrorCode;

/**
 * The stable error codes of credentials and TLS configuration ({@code CORE-02xx}), carried by
 * {@link io.github.eparcours.core.error.EparcoursClientException}s. None is retryable: each needs
 * a change of files, passwords or configuration.
 *
 * @since 0.1
 */
public final class TlsErrorCodes {

  /** The key store or anchors file cannot be read (missing, unreadable). */
  public static final ErrorCode FILE_UNREADABLE = ErrorCode.of("CORE-0201");
  /** The PKCS#12 password (store or key) is wrong. */
  public static final ErrorCode WRONG_PASSWORD = ErrorCode.of("CORE-0202");
  /** The file is not a readable PKCS#12 store. */
  public static final ErrorCode NOT_PKCS12 = ErrorCode.of("CORE-0203");
  /** The store holds no private key (certificates only). */
  public static final ErrorCode NO_PRIVATE_KEY = ErrorCode.of("CORE-0204");
  /** The store holds several keys and none was chosen, or the chosen alias is absent. */
  public static final ErrorCode KEY_ENTRY_NOT_FOUND = ErrorCode.of("CORE-0205");
  /** The certificate's validity period has ended. */
  public static final ErrorCode CERTIFICATE_EXPIRED = ErrorCode.of("CORE-0206");
  /** The certificate's validity period has not started. */
  public static final ErrorCode CERTIFICATE_NOT_YET_VALID = ErrorCode.of("CORE-0207");
  /** The certificate's key usage or extended key usage does not allow the role. */
  public static final ErrorCode WRONG_KEY_USAGE = ErrorCode.of("CORE-0208");
  /** The private key does not belong to the certificate. */
  public static final ErrorCode KEY_CERTIFICATE_MISMATCH = ErrorCode.of("CORE-0209");
  /** The trust anchors cannot be parsed. */
  public static final ErrorCode ANCHORS_UNREADABLE = ErrorCode.of("CORE-0210");
  /** No trust anchor was found in what was given. */
  public static final ErrorCode NO_TRUST_ANCHOR = ErrorCode.of("CORE-0211");
  /** The trust anchors are those of another environment (test anchors for production). */
  public static final ErrorCode ANCHORS_WRONG_ENVIRONMENT = ErrorCode.of("CORE-0212");
  /** A certificate revocation list cannot be parsed or fetched. */
  public static final ErrorCode CRL_UNAVAILABLE = ErrorCode.of("CORE-0213");
  /** The JDK could not build the TLS context (missing algorithm or provider). */
  public static final ErrorCode TLS_CONTEXT_FAILED = ErrorCode.of("CORE-0214");
  /** The TLS configuration is inconsistent (e.g. a signature key offered for TLS). */
  public static final ErrorCode INVALID_CONFIGURATION = ErrorCode.of("CORE-0215");

  private TlsErrorCodes() {}
}
