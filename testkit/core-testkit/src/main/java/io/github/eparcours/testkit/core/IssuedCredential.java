package io.github.eparcours.testkit.core;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key and its certificate chain issued by a {@link TestPki}, with exports to the files
 * the SDK and the fakes load (PKCS#12, PEM).
 *
 * <p>Immutable and thread-safe. The key material exists only in memory and in the files the
 * caller asks for; nothing is cached on disk by the testkit.
 *
 * @since 0.1
 */
public final class IssuedCredential {

  /** Alias of the key entry in the PKCS#12 exports. */
  public static final String ALIAS = "credential";

  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  IssuedCredential(PrivateKey privateKey, List<X509Certificate> chain) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.chain = List.copyOf(chain);
  }

  /** @return the private key of the leaf */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /** @return the leaf certificate */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /**
   * Returns the chain a peer presents: the leaf first, then the issuing CA(s), without the root
   * (the root is the trust anchor, see {@link TestPki#rootCertificate()}).
   *
   * @return the chain, leaf first, never empty
   */
  public List<X509Certificate> chain() {
    return chain;
  }

  /**
   * Encodes the key and chain as a PKCS#12 store with one key entry under {@link #ALIAS}.
   *
   * @param password the store and key password
   * @return the PKCS#12 bytes
   */
  public byte[] toPkcs12(char[] password) {
    KeyStore ks = Pem.emptyPkcs12();
    try {
      ks.setKeyEntry(ALIAS, privateKey, password, chain.toArray(new Certificate[0]));
    } catch (KeyStoreException e) {
      throw new IllegalStateException("cannot build test PKCS#12 store", e);
    }
    return Pem.store(ks, password);
  }

  /**
   * Encodes only the certificate chain as a PKCS#12 store (trusted certificate entries, no
   * private key): what a badly exported credential looks like.
   *
   * @param password the store password
   * @return the PKCS#12 bytes
   */
  public byte[] toPkcs12WithoutPrivateKey(char[] password) {
    KeyStore ks = Pem.emptyPkcs12();
    try {
      for (int i = 0; i < chain.size(); i++) {
        ks.setCertificateEntry("certificate-" + i, chain.get(i));
      }
    } catch (KeyStoreException e) {
      throw new IllegalStateException("cannot build test PKCS#12 store", e);
    }
    return Pem.store(ks, password);
  }

  /**
   * Writes {@link #toPkcs12(char[])} to {@code file}.
   *
   * @param file the target, overwritten
   * @param password the store and key password
   * @return {@code file}
   */
  public Path writePkcs12(Path file, char[] password) {
    Pem.write(file, toPkcs12(password));
    return file;
  }

  /** @return the chain as concatenated PEM {@code CERTIFICATE} blocks, leaf first */
  public String certificateChainPem() {
    return Pem.certificates(chain);
  }

  /** @return the private key as an unencrypted PKCS#8 PEM {@code PRIVATE KEY} block */
  public String privateKeyPem() {
    return Pem.privateKey(privateKey);
  }

  /**
   * Writes the chain and the key as two PEM files (the layout most servers expect).
   *
   * @param chainFile target of {@link #certificateChainPem()}
   * @param keyFile target of {@link #privateKeyPem()}
   */
  public void writePem(Path chainFile, Path keyFile) {
    Pem.write(chainFile, certificateChainPem());
    Pem.write(keyFile, privateKeyPem());
  }

  @Override
  public String toString() {
    return "IssuedCredential[" + certificate().getSubjectX500Principal().getName() + "]";
  }
}
