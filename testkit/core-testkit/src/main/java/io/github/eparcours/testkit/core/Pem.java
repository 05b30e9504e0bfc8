package io.github.eparcours.testkit.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** PEM and PKCS#12 encoding shared by the test PKI types. Stateless. */
final class Pem {

  private static final Base64.Encoder MIME =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private Pem() {}

  static String block(String label, byte[] der) {
    StringBuilder sb = new StringBuilder(der.length * 2);
    sb.append("-----BEGIN ").append(label).append("-----\n");
    sb.append(MIME.encodeToString(der)).append('\n');
    sb.append("-----END ").append(label).append("-----\n");
    return sb.toString();
  }

  static String certificates(List<X509Certificate> certificates) {
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : certificates) {
      try {
        sb.append(block("CERTIFICATE", c.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("cannot encode test certificate", e);
      }
    }
    return sb.toString();
  }

  static String privateKey(PrivateKey key) {
    return block("PRIVATE KEY", key.getEncoded());
  }

  static String crl(X509CRL crl) {
    try {
      return block("X509 CRL", crl.getEncoded());
    } catch (CRLException e) {
      throw new IllegalStateException("cannot encode test CRL", e);
    }
  }

  static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.US_ASCII));
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static byte[] store(KeyStore store, char[] password) {
    try (var out = new java.io.ByteArrayOutputStream()) {
      store.store(out, password);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot write test PKCS#12 store", e);
    }
  }

  static KeyStore emptyPkcs12() {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("PKCS12 key stores are not available", e);
    }
  }
}
