package io.github.eparcours.core.tls;

/**
 * The two roles of the keys an organisation holds in IGC-Santé, each in its own certificate.
 *
 * <p>Each role says which key usages its certificate must allow: when the certificate carries the
 * extension, the SDK refuses a key whose certificate does not allow its role.
 *
 * @since 0.1
 */
public enum KeyRole {

  /**
   * TLS client authentication (IGC-Santé organisation {@code AUTH_CLI} certificate), for mutual
   * TLS with the DMP, the ROR, MSSanté operators. Requires {@code digitalSignature} in the key
   * usage and {@code clientAuth} (or {@code anyExtendedKeyUsage}) in the extended key usage,
   * when those extensions are present.
   */
  TLS_CLIENT,

  /**
   * Signature (IGC-Santé organisation {@code SIGN} / "cachet" certificate), for the VIHF
   * assertion and the XAdES submission-set signature. Requires {@code digitalSignature} or
   * {@code nonRepudiation} in the key usage, when present.
   */
  SIGNATURE
}
