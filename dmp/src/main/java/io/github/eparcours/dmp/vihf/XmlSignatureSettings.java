package io.github.eparcours.dmp.vihf;

import java.util.Objects;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;

/**
 * The algorithms of an XML signature: digest, signature and canonicalisation, as XML-DSig URIs.
 *
 * <p>The DMP documentation in force names SHA-256 and RSA-SHA256 with exclusive
 * canonicalisation; older clients still sign with SHA-1. The algorithms are therefore
 * configuration, defaulting to {@link #DEFAULT}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param digestMethod the digest algorithm URI (e.g. {@link DigestMethod#SHA256})
 * @param signatureMethod the signature algorithm URI (e.g. {@link SignatureMethod#RSA_SHA256})
 * @param canonicalizationMethod the canonicalisation URI (e.g. {@link CanonicalizationMethod#EXCLUSIVE})
 * @since 0.1
 */
public record XmlSignatureSettings(
    String digestMethod, String signatureMethod, String canonicalizationMethod) {

  /** SHA-256 digests, RSA-SHA256 signature, exclusive canonicalisation without comments. */
  public static final XmlSignatureSettings DEFAULT = new XmlSignatureSettings(
      DigestMethod.SHA256, SignatureMethod.RSA_SHA256, CanonicalizationMethod.EXCLUSIVE);

  /**
   * Checks the values.
   *
   * @throws NullPointerException if a URI is null
   */
  public XmlSignatureSettings {
    Objects.requireNonNull(digestMethod, "digestMethod");
    Objects.requireNonNull(signatureMethod, "signatureMethod");
    Objects.requireNonNull(canonicalizationMethod, "canonicalizationMethod");
  }
}
