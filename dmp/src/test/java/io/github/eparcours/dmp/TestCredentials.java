package io.github.eparcours.dmp;

import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Signing credentials of the test PKI, generated once per test run (no key is committed). */
public record TestCredentials(PrivateKey key, X509Certificate certificate) {

  /** The PKI shared by the DMP tests. */
  public static final TestPki PKI = TestPki.create();

  private static final TestCredentials SIGNING = of(PKI.signingCertificate("HOPITAL TEST SIGN"));

  /** Wraps an issued credential. */
  public static TestCredentials of(IssuedCredential c) {
    return new TestCredentials(c.privateKey(), c.certificate());
  }

  /** The structure's signature ("cachet") certificate, valid now. */
  public static TestCredentials signing() {
    return SIGNING;
  }

  /** The structure's signature key material, loaded from PKCS#12 as in production. */
  public static KeyMaterial signingKeyMaterial() {
    return keyMaterial(PKI.signingCertificate("HOPITAL TEST SIGN"), KeyRole.SIGNATURE);
  }

  /** The structure's TLS client key material, loaded from PKCS#12 as in production. */
  public static KeyMaterial tlsClientKeyMaterial() {
    return keyMaterial(PKI.clientCertificate("HOPITAL TEST AUTH"), KeyRole.TLS_CLIENT);
  }

  private static KeyMaterial keyMaterial(IssuedCredential c, KeyRole role) {
    char[] password = "test-only".toCharArray();
    return KeyMaterial.load(c.toPkcs12(password), password, role);
  }

  /** A signature certificate valid between the given instants. */
  public static TestCredentials signing(Instant notBefore, Instant notAfter) {
    return of(PKI.issue(TestPki.signingSpec("HOPITAL TEST SIGN").validity(notBefore, notAfter)
        .build()));
  }
}
