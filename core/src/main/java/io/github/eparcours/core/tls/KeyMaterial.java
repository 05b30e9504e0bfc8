package io.github.eparcours.core.tls;

import io.github.eparcours.core.error.EparcoursClientException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A private key and its certificate chain, loaded from a PKCS#12 store for one {@link KeyRole}
 * and checked on load: password, presence of a private key, validity dates, key usage for the
 * role, and that the key belongs to the certificate.
 *
 * <p>Immutable and thread-safe. Holds the private key in memory; {@link #toString()} shows the
 * certificate subject, role and end of validity only. The password is not kept.
 *
 * <pre>{@code
 * KeyMaterial auth = KeyMaterial.load(Path.of("auth.p12"), password, KeyRole.TLS_CLIENT);
 * KeyMaterial seal = KeyMaterial.load(Path.of("sign.p12"), password, KeyRole.SIGNATURE);
 * }</pre>
 *
 * @since 0.1
 */
public final class KeyMaterial {

  private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
  private static final int DIGITAL_SIGNATURE = 0;
  private static final int NON_REPUDIATION = 1;

  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;
  private final KeyRole role;
  private final String alias;

  private KeyMaterial(PrivateKey privateKey, List<X509Certificate> chain, KeyRole role,
      String alias) {
    this.privateKey = privateKey;
    this.chain = List.copyOf(chain);
    this.role = role;
    this.alias = alias;
  }

  /**
   * Loads the only key entry of a PKCS#12 file, checked for {@code role} at the current instant.
   *
   * @param file the PKCS#12 file ({@code .p12}, {@code .pfx})
   * @param password the store password, also used for the key
   * @param role what the key is for
   * @return the checked key material
   * @throws EparcoursClientException with a {@link TlsErrorCodes} code: file unreadable
   *     ({@code CORE-0201}), wrong password ({@code 0202}), not PKCS#12 ({@code 0203}), no private
   *     key ({@code 0204}), several keys ({@code 0205}), expired ({@code 0206}), not yet valid
   *     ({@code 0207}), wrong key usage ({@code 0208}), key not matching ({@code 0209})
   */
  public static KeyMaterial load(Path file, char[] password, KeyRole role) {
    return loader(role).load(file, password);
  }

  /**
   * Loads the only key entry of PKCS#12 bytes, checked for {@code role} at the current instant.
   *
   * @param pkcs12 the PKCS#12 content
   * @param password the store password, also used for the key
   * @param role what the key is for
   * @return the checked key material
   * @throws EparcoursClientException as {@link #load(Path, char[], KeyRole)}
   */
  public static KeyMaterial load(byte[] pkcs12, char[] password, KeyRole role) {
    return loader(role).load(pkcs12, password);
  }

  /**
   * Starts a loader with options (alias, instant of the validity check).
   *
   * @param role what the key is for
   * @return a new loader
   */
  public static Loader loader(KeyRole role) {
    return new Loader(role);
  }

  /** @return the private key */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /** @return the end-entity certificate */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** @return the certificate chain as stored, end-entity first, never empty */
  public List<X509Certificate> chain() {
    return chain;
  }

  /** @return the role the key was checked for */
  public KeyRole role() {
    return role;
  }

  /** @return the alias of the key entry in the store */
  public String alias() {
    return alias;
  }

  @Override
  public String toString() {
    return "KeyMaterial[" + role + ", " + certificate().getSubjectX500Principal().getName()
        + ", notAfter=" + certificate().getNotAfter().toInstant() + "]";
  }

  /**
   * Loads key material with options. Mutable and not thread-safe; each {@code load} is
   * independent.
   */
  public static final class Loader {
    private final KeyRole role;
    private String alias;
    private Instant validAt;

    private Loader(KeyRole role) {
      this.role = Objects.requireNonNull(role, "role");
    }

    /**
     * Chooses the key entry by alias (needed when the store holds several keys).
     *
     * @param alias the alias
     * @return this loader
     */
    public Loader alias(String alias) {
      this.alias = Objects.requireNonNull(alias, "alias");
      return this;
    }

    /**
     * Checks the validity dates at {@code instant} instead of the current instant.
     *
     * @param instant the instant the certificate must be valid at
     * @return this loader
     */
    public Loader validAt(Instant instant) {
      this.validAt = Objects.requireNonNull(instant, "instant");
      return this;
    }

    /**
     * Loads from a file.
     *
     * @param file the PKCS#12 file
     * @param password the store password
     * @return the checked key material
     * @throws EparcoursClientException as {@link KeyMaterial#load(Path, char[], KeyRole)}
     */
    public KeyMaterial load(Path file, char[] password) {
      Objects.requireNonNull(file, "file");
      return load(Pkcs12Files.read(file), password, "key store " + file.getFileName());
    }

    /**
     * Loads from bytes.
     *
     * @param pkcs12 the PKCS#12 content
     * @param password the store password
     * @return the checked key material
     * @throws EparcoursClientException as {@link KeyMaterial#load(Path, char[], KeyRole)}
     */
    public KeyMaterial load(byte[] pkcs12, char[] password) {
      return load(pkcs12, password, "PKCS#12 key store");
    }

    private KeyMaterial load(byte[] pkcs12, char[] password, String what) {
      Objects.requireNonNull(pkcs12, "pkcs12");
      Objects.requireNonNull(password, "password");
      KeyStore store = Pkcs12Files.open(pkcs12, password, what);
      String entry = chooseEntry(store, what);
      PrivateKey key = privateKey(store, entry, password, what);
      List<X509Certificate> chain = chain(store, entry, what);
      X509Certificate leaf = chain.get(0);
      String subject = leaf.getSubjectX500Principal().getName();
      checkValidity(leaf, subject, validAt == null ? Instant.now() : validAt);
      checkUsage(leaf, subject, role);
      checkKeyMatches(key, leaf, subject, what);
      return new KeyMaterial(key, chain, role, entry);
    }

    private String chooseEntry(KeyStore store, String what) {
      List<String> keys = new ArrayList<>();
      try {
        for (String a : Collections.list(store.aliases())) {
          if (store.isKeyEntry(a)) {
            keys.add(a);
          }
        }
      } catch (GeneralSecurityException e) {
        throw Pkcs12Files.failure(TlsErrorCodes.NOT_PKCS12, what + " cannot be listed; export it "
            + "again as PKCS#12", e);
      }
      if (keys.isEmpty()) {
        throw Pkcs12Files.failure(TlsErrorCodes.NO_PRIVATE_KEY, what + " holds certificates but no "
            + "private key; export the certificate WITH its private key (a .p12 from the "
            + "certificate's holder, not the public certificate)", null);
      }
      if (alias != null) {
        if (!keys.contains(alias)) {
          throw Pkcs12Files.failure(TlsErrorCodes.KEY_ENTRY_NOT_FOUND, what + " has no key entry "
              + "named '" + alias + "'; its key entries are " + keys, null);
        }
        return alias;
      }
      if (keys.size() > 1) {
        throw Pkcs12Files.failure(TlsErrorCodes.KEY_ENTRY_NOT_FOUND, what + " holds " + keys.size()
            + " keys " + keys + "; choose one with KeyMaterial.loader(role).alias(...)", null);
      }
      return keys.get(0);
    }

    private static PrivateKey privateKey(KeyStore store, String entry, char[] password,
        String what) {
      try {
        Key key = store.getKey(entry, password);
        if (!(key instanceof PrivateKey)) {
          throw Pkcs12Files.failure(TlsErrorCodes.NO_PRIVATE_KEY, what + ": entry '" + entry
              + "' is not a private key; export the certificate with its private key", null);
        }
        return (PrivateKey) key;
      } catch (UnrecoverableKeyException e) {
        throw Pkcs12Files.failure(TlsErrorCodes.WRONG_PASSWORD, what + ": the private key cannot be "
            + "decrypted with this password; give the key's password (the SDK expects it to be "
            + "the store's)", e);
      } catch (GeneralSecurityException e) {
        throw Pkcs12Files.failure(TlsErrorCodes.NOT_PKCS12, what + ": the private key cannot be "
            + "read (" + e.getClass().getSimpleName() + "); export it again as PKCS#12", e);
      }
    }

    private static List<X509Certificate> chain(KeyStore store, String entry, String what) {
      Certificate[] stored;
      try {
        stored = store.getCertificateChain(entry);
      } catch (GeneralSecurityException e) {
        stored = null;
      }
      if (stored == null || stored.length == 0) {
        throw Pkcs12Files.failure(TlsErrorCodes.NOT_PKCS12, what + ": key entry '" + entry
            + "' has no certificate; export the key with its certificate chain", null);
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : stored) {
        if (!(c instanceof X509Certificate)) {
          throw Pkcs12Files.failure(TlsErrorCodes.NOT_PKCS12, what + ": entry '" + entry
              + "' holds a non-X.509 certificate", null);
        }
        chain.add((X509Certificate) c);
      }
      return chain;
    }

    private static void checkValidity(X509Certificate leaf, String subject, Instant at) {
      try {
        leaf.checkValidity(Date.from(at));
      } catch (CertificateExpiredException e) {
        throw Pkcs12Files.failure(TlsErrorCodes.CERTIFICATE_EXPIRED, "certificate " + subject
            + " expired on " + leaf.getNotAfter().toInstant() + "; renew it with the "
            + "certificate authority (IGC-Santé) and install the new PKCS#12", e);
      } catch (CertificateNotYetValidException e) {
        throw Pkcs12Files.failure(TlsErrorCodes.CERTIFICATE_NOT_YET_VALID, "certificate " + subject
            + " is valid only from " + leaf.getNotBefore().toInstant() + "; wait until then, "
            + "or check the machine's clock", e);
      }
    }

    private static void checkUsage(X509Certificate leaf, String subject, KeyRole role) {
      boolean[] usage = leaf.getKeyUsage();
      List<String> ekus;
      try {
        ekus = leaf.getExtendedKeyUsage();
      } catch (CertificateParsingException e) {
        throw Pkcs12Files.failure(TlsErrorCodes.WRONG_KEY_USAGE, "certificate " + subject
            + " has an unreadable extended key usage extension", e);
      }
      String problem = null;
      if (role == KeyRole.TLS_CLIENT) {
        if (usage != null && !bit(usage, DIGITAL_SIGNATURE)) {
          problem = "its key usage lacks digitalSignature";
        } else if (ekus != null && !ekus.contains(CLIENT_AUTH)
            && !ekus.contains(ANY_EXTENDED_KEY_USAGE)) {
          problem = "its extended key usage lacks clientAuth";
        }
      } else if (usage != null && !bit(usage, DIGITAL_SIGNATURE)
          && !bit(usage, NON_REPUDIATION)) {
        problem = "its key usage has neither digitalSignature nor nonRepudiation";
      }
      if (leaf.getBasicConstraints() >= 0) {
        problem = "it is a certificate authority, not an end-entity certificate";
      }
      if (problem != null) {
        throw Pkcs12Files.failure(TlsErrorCodes.WRONG_KEY_USAGE, "certificate " + subject
            + " cannot be used for " + role + ": " + problem + "; use the organisation's "
            + (role == KeyRole.TLS_CLIENT ? "authentication (AUTH_CLI)" : "signature (SIGN)")
            + " certificate", null);
      }
    }

    private static boolean bit(boolean[] usage, int index) {
      return usage.length > index && usage[index];
    }

    private static void checkKeyMatches(PrivateKey key, X509Certificate leaf, String subject,
        String what) {
      String algorithm = signatureAlgorithm(key);
      if (algorithm == null) {
        return; // Unknown key type: the TLS handshake or the signature will tell.
      }
      try {
        byte[] probe = subject.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(leaf.getPublicKey());
        verifier.update(probe);
        if (verifier.verify(signature)) {
          return;
        }
      } catch (GeneralSecurityException e) {
        // Falls through: a key that cannot sign for its certificate does not match it.
      }
      throw Pkcs12Files.failure(TlsErrorCodes.KEY_CERTIFICATE_MISMATCH, what + ": the private key "
          + "does not belong to certificate " + subject + "; export the key and its own "
          + "certificate together", null);
    }

    private static String signatureAlgorithm(PrivateKey key) {
      switch (key.getAlgorithm().toUpperCase(Locale.ROOT)) {
        case "RSA": return "SHA256withRSA";
        case "EC": return "SHA256withECDSA";
        case "ED25519": return "Ed25519";
        default: return null;
      }
    }
  }
}
