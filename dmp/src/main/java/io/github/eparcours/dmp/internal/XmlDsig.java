package io.github.eparcours.dmp.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.XMLSignature;

/**
 * The pieces of an XML-DSig signature that the SDK writes itself, in canonical form, for the
 * signatures it produces (VIHF, submission set): algorithm URIs to JCA names, the
 * {@code ds:SignedInfo}, {@code ds:Reference} and {@code ds:KeyInfo} elements, the RSA signature
 * value. Verification stays with the JDK's XML-DSig implementation, which is what proves that
 * what is written here is right.
 *
 * <p>Stateless and thread-safe.
 */
public final class XmlDsig {

  /** The XML-DSig namespace. */
  public static final String NS = XMLSignature.XMLNS;

  private static final Map<String, String> DIGESTS = Map.of(
      DigestMethod.SHA1, "SHA-1", DigestMethod.SHA256, "SHA-256",
      "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384", DigestMethod.SHA512, "SHA-512");
  private static final Map<String, String> SIGNATURES = Map.of(
      SignatureMethod.RSA_SHA1, "SHA1withRSA", SignatureMethod.RSA_SHA256, "SHA256withRSA",
      SignatureMethod.RSA_SHA384, "SHA384withRSA", SignatureMethod.RSA_SHA512, "SHA512withRSA");
  /** The canonicalisations whose output the signers know how to write ahead. */
  private static final Set<String> CANONICALISATIONS = Set.of(
      CanonicalizationMethod.EXCLUSIVE, CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
      CanonicalizationMethod.INCLUSIVE, CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
      "http://www.w3.org/2006/12/xml-c14n11", "http://www.w3.org/2006/12/xml-c14n11#WithComments");

  private XmlDsig() {}

  /**
   * Returns the JCA name of a digest URI.
   *
   * @param uri the XML-DSig digest URI
   * @return the JCA name
   * @throws NoSuchAlgorithmException if the URI is not a supported digest
   */
  public static String jcaDigest(String uri) throws NoSuchAlgorithmException {
    String n = DIGESTS.get(uri);
    if (n == null) {
      throw new NoSuchAlgorithmException("unsupported digest algorithm " + uri
          + "; use " + DigestMethod.SHA256);
    }
    return n;
  }

  /**
   * Checks that the signers can write a signature with these algorithms.
   *
   * @param signatureMethod the signature URI
   * @param canonicalizationMethod the {@code SignedInfo} canonicalisation URI
   * @throws NoSuchAlgorithmException if one of them is not supported
   */
  public static void checkSupported(String signatureMethod, String canonicalizationMethod)
      throws NoSuchAlgorithmException {
    if (!SIGNATURES.containsKey(signatureMethod)) {
      throw new NoSuchAlgorithmException("unsupported signature algorithm " + signatureMethod
          + "; use " + SignatureMethod.RSA_SHA256);
    }
    if (!CANONICALISATIONS.contains(canonicalizationMethod)) {
      throw new NoSuchAlgorithmException("unsupported canonicalisation " + canonicalizationMethod
          + "; use " + CanonicalizationMethod.EXCLUSIVE);
    }
  }

  /**
   * Tells whether a canonicalisation is inclusive (renders every namespace in scope).
   *
   * @param canonicalizationMethod the URI
   * @return true for C14N 1.0 and 1.1
   */
  public static boolean isInclusive(String canonicalizationMethod) {
    return !canonicalizationMethod.startsWith(CanonicalizationMethod.EXCLUSIVE);
  }

  /**
   * Digests bytes and returns the digest in base64.
   *
   * @param jcaDigest the JCA digest name
   * @param bytes the bytes
   * @return the base64 digest
   * @throws NoSuchAlgorithmException if the digest is not available
   */
  public static String digest(String jcaDigest, byte[] bytes) throws NoSuchAlgorithmException {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance(jcaDigest).digest(bytes));
  }

  /**
   * Writes a {@code ds:Reference} without transforms, in canonical form, inside a fragment that
   * has declared the {@code ds} prefix.
   *
   * @param w the writer
   * @param uri the URI referenced
   * @param digestMethod the digest URI
   * @param digestValue the base64 digest
   */
  public static void reference(CanonicalXml w, String uri, String digestMethod,
      String digestValue) {
    w.start("ds:Reference").attribute("URI", uri);
    digest(w, digestMethod, digestValue, false);
    w.end("ds:Reference");
  }

  /**
   * Writes a {@code ds:Reference} with its transforms, in canonical form, inside a fragment that
   * has declared the {@code ds} prefix.
   *
   * @param w the writer
   * @param type the {@code Type} attribute, or null
   * @param uri the URI referenced
   * @param transforms the transform URIs, in order
   * @param digestMethod the digest URI
   * @param digestValue the base64 digest
   */
  public static void reference(CanonicalXml w, String type, String uri, String[] transforms,
      String digestMethod, String digestValue) {
    w.start("ds:Reference");
    if (type != null) {
      w.attribute("Type", type);
    }
    w.attribute("URI", uri).start("ds:Transforms");
    for (String t : transforms) {
      w.start("ds:Transform").attribute("Algorithm", t).end("ds:Transform");
    }
    w.end("ds:Transforms");
    digest(w, digestMethod, digestValue, false);
    w.end("ds:Reference");
  }

  /**
   * Writes {@code ds:DigestMethod} and {@code ds:DigestValue}.
   *
   * @param w the writer
   * @param digestMethod the digest URI
   * @param digestValue the base64 digest
   * @param declare whether each element declares {@code ds} (when their parent is not in it)
   */
  public static void digest(CanonicalXml w, String digestMethod, String digestValue,
      boolean declare) {
    w.start("ds:DigestMethod");
    if (declare) {
      w.namespace("ds", NS);
    }
    w.attribute("Algorithm", digestMethod).end("ds:DigestMethod");
    w.start("ds:DigestValue");
    if (declare) {
      w.namespace("ds", NS);
    }
    w.text(digestValue).end("ds:DigestValue");
  }

  /**
   * Opens {@code ds:SignedInfo} in its canonical form, with its canonicalisation and signature
   * methods; the caller writes the references and closes it.
   *
   * @param inScope the namespaces in scope where the element is placed, other than {@code ds},
   *     as prefix/URI pairs sorted by prefix: an inclusive canonicalisation renders them
   * @param canonicalizationMethod the canonicalisation URI
   * @param signatureMethod the signature URI
   * @return the writer, positioned after {@code ds:SignatureMethod}
   */
  public static CanonicalXml signedInfo(String[] inScope, String canonicalizationMethod,
      String signatureMethod) {
    CanonicalXml w = new CanonicalXml().start("ds:SignedInfo");
    boolean inclusive = isInclusive(canonicalizationMethod);
    boolean dsWritten = false;
    for (int i = 0; i < inScope.length; i += 2) {
      if (!dsWritten && "ds".compareTo(inScope[i]) < 0) {
        w.namespace("ds", NS);
        dsWritten = true;
      }
      if (inclusive) {
        w.namespace(inScope[i], inScope[i + 1]);
      }
    }
    if (!dsWritten) {
      w.namespace("ds", NS);
    }
    w.start("ds:CanonicalizationMethod").attribute("Algorithm", canonicalizationMethod)
        .end("ds:CanonicalizationMethod");
    w.start("ds:SignatureMethod").attribute("Algorithm", signatureMethod)
        .end("ds:SignatureMethod");
    return w;
  }

  /**
   * Signs canonical bytes.
   *
   * @param key the private key
   * @param signatureMethod the signature URI
   * @param canonicalSignedInfo the canonical {@code ds:SignedInfo}
   * @return the base64 signature value
   * @throws GeneralSecurityException if the key cannot sign with that algorithm
   */
  public static String sign(PrivateKey key, String signatureMethod, byte[] canonicalSignedInfo)
      throws GeneralSecurityException {
    String jca = SIGNATURES.get(signatureMethod);
    if (jca == null) {
      throw new NoSuchAlgorithmException("unsupported signature algorithm " + signatureMethod);
    }
    Signature s = Signature.getInstance(jca);
    s.initSign(key);
    s.update(canonicalSignedInfo);
    return Base64.getEncoder().encodeToString(s.sign());
  }

  /**
   * Returns the {@code ds:KeyInfo} carrying one certificate, for a fragment that has declared
   * {@code ds}. It is constant per certificate: a signer computes it once.
   *
   * @param certificate the certificate
   * @return the element's text
   * @throws CertificateEncodingException if the certificate cannot be encoded
   */
  public static String keyInfo(X509Certificate certificate) throws CertificateEncodingException {
    return new CanonicalXml().start("ds:KeyInfo").start("ds:X509Data")
        .element("ds:X509Certificate",
            Base64.getEncoder().encodeToString(certificate.getEncoded()))
        .end("ds:X509Data").end("ds:KeyInfo").text();
  }
}
