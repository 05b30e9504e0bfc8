package io.github.eparcours.dmp;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Throw-away signing credentials generated at test time (no key material is committed). */
public record TestCredentials(PrivateKey key, X509Certificate certificate) {

  private static final KeyPair SHARED = newKeyPair();

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A self-signed certificate valid around now, with a fixed structure DN. */
  public static TestCredentials signing() {
    return signing(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400));
  }

  /** A self-signed certificate valid between the given instants. */
  public static TestCredentials signing(Instant notBefore, Instant notAfter) {
    try {
      X500Name dn = new X500Name("CN=HOPITAL TEST SIGN,OU=1234567890,O=HOPITAL TEST,C=FR");
      var builder = new JcaX509v3CertificateBuilder(dn, BigInteger.valueOf(System.nanoTime()),
          Date.from(notBefore), Date.from(notAfter), dn, SHARED.getPublic());
      var holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA")
          .build(SHARED.getPrivate()));
      return new TestCredentials(SHARED.getPrivate(),
          new JcaX509CertificateConverter().getCertificate(holder));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
