package io.github.eparcours.dmp.xades;

import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.validation.ValidationReport;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.internal.Dom;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Manifest;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Verifies the XAdES signature of a submission set, as {@link SubmissionSetSigner} writes it:
 * the XML-DSig signature verifies with the key of its embedded certificate, that certificate is
 * trusted, the signature covers its {@code ds:Manifest}, and the manifest references the
 * submission set ({@code urn:oid:<uniqueId>}, digest of the uniqueId) and every document
 * ({@code urn:oid:<uniqueId>}, digest of its content) with matching digests.
 *
 * <p>Used by a receiving system or a test registry. Immutable and thread-safe. Rules are
 * reported, never thrown: one code per rule ({@code DMP-04xx}, see {@link DmpErrors}).
 *
 * @since 0.1
 */
public final class SubmissionSetVerifier {

  private static final Map<String, String> JCA = Map.of(
      DigestMethod.SHA1, "SHA-1", DigestMethod.SHA256, "SHA-256",
      DigestMethod.SHA512, "SHA-512", "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384");
  private static final String URN_OID = "urn:oid:";

  private final Predicate<X509Certificate> trust;

  private SubmissionSetVerifier(Predicate<X509Certificate> trust) {
    this.trust = Objects.requireNonNull(trust, "trust");
  }

  /**
   * Returns a verifier.
   *
   * @param trust decides whether a signing certificate is trusted, not null
   * @return the verifier
   */
  public static SubmissionSetVerifier of(Predicate<X509Certificate> trust) {
    return new SubmissionSetVerifier(trust);
  }

  /**
   * Verifies a submission-set signature.
   *
   * @param signatureXml the content of the signature document entry, not null
   * @param submissionSetUniqueId the submission set's uniqueId, not null
   * @param documents opens the content of a document by uniqueId, or returns null when the
   *     submission has no such document; every document of the submission (but the signature
   *     itself) must be listed in {@code documentUniqueIds}
   * @param documentUniqueIds the uniqueIds of the documents the signature must cover
   * @return the report: valid when the signature and every digest check
   */
  public ValidationReport verify(byte[] signatureXml, String submissionSetUniqueId,
      Function<String, InputStream> documents, Set<String> documentUniqueIds) {
    ValidationReport.Builder r = ValidationReport.builder();
    Document doc;
    try {
      doc = DmpXml.parse(signatureXml, "submission-set signature");
    } catch (EparcoursException e) {
      return r.error(DmpErrors.RULE_SIGNATURE_MALFORMED, "signature", "the signature document"
          + " is not well-formed XML").build();
    }
    Element signature = doc.getDocumentElement();
    Element manifest = manifest(signature);
    if (!XMLSignature.XMLNS.equals(signature.getNamespaceURI())
        || !"Signature".equals(signature.getLocalName()) || manifest == null) {
      return r.error(DmpErrors.RULE_SIGNATURE_MALFORMED, "signature", "the document is not a"
          + " ds:Signature with a ds:Manifest").build();
    }
    NodeList certs = signature.getElementsByTagNameNS(XMLSignature.XMLNS, "X509Certificate");
    X509Certificate cert;
    try {
      if (certs.getLength() != 1) {
        throw new IllegalArgumentException("one certificate expected");
      }
      cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
          new ByteArrayInputStream(Base64.getMimeDecoder().decode(
              certs.item(0).getTextContent())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return r.error(DmpErrors.RULE_SIGNATURE_MALFORMED, "signature.keyInfo", "the signature"
          + " must carry exactly one decodable X509Certificate").build();
    }
    if (!signatureVerifies(signature, manifest, cert)) {
      return r.error(DmpErrors.RULE_SIGNATURE_INVALID, "signature", "the signature does not"
          + " verify with its certificate, or does not cover its manifest").build();
    }
    if (!trust.test(cert)) {
      r.error(DmpErrors.RULE_SIGNATURE_INVALID, "signature.keyInfo", "the signing certificate"
          + " is not trusted; sign with the structure's signature certificate");
    }
    Set<String> covered = new HashSet<>();
    List<Element> refs = Dom.children(manifest, XMLSignature.XMLNS, "Reference");
    for (int i = 0; i < refs.size(); i++) {
      Element ref = refs.get(i);
      String path = "signature.manifest.reference[" + i + "]";
      String uri = ref.getAttribute("URI");
      String uid = uri.startsWith(URN_OID) ? uri.substring(URN_OID.length()) : null;
      if (uid == null || !uid.equals(submissionSetUniqueId) && !documentUniqueIds.contains(uid)) {
        r.error(DmpErrors.RULE_MANIFEST_COVERAGE, path, "the manifest references an object"
            + " that is not in the submission");
        continue;
      }
      covered.add(uid);
      byte[] actual = digest(ref, uid.equals(submissionSetUniqueId)
          ? new ByteArrayInputStream(uid.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          : documents.apply(uid));
      Element value = Dom.child(ref, XMLSignature.XMLNS, "DigestValue");
      byte[] expected;
      try {
        expected = value == null ? null : Base64.getMimeDecoder().decode(value.getTextContent());
      } catch (IllegalArgumentException e) {
        expected = null;
      }
      if (actual == null || expected == null || !MessageDigest.isEqual(actual, expected)) {
        r.error(DmpErrors.RULE_MANIFEST_DIGEST, path, "the digest of " + uri + " does not match:"
            + " the document was changed after signing, or the digest algorithm is unsupported");
      }
    }
    if (!covered.contains(submissionSetUniqueId) || !covered.containsAll(documentUniqueIds)) {
      r.error(DmpErrors.RULE_MANIFEST_COVERAGE, "signature.manifest", "the manifest must"
          + " reference the submission set and every document of the submission");
    }
    return r.build();
  }

  private static Element manifest(Element signature) {
    NodeList l = signature.getElementsByTagNameNS(XMLSignature.XMLNS, "Manifest");
    return l.getLength() == 1 ? (Element) l.item(0) : null;
  }

  private static boolean signatureVerifies(Element signature, Element manifest,
      X509Certificate cert) {
    DOMValidateContext ctx = new DOMValidateContext(cert.getPublicKey(), signature);
    ctx.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
    if (manifest.hasAttribute("Id")) {
      ctx.setIdAttributeNS(manifest, null, "Id");
    }
    NodeList props = signature.getElementsByTagNameNS(SubmissionSetSigner.XADES_NS,
        "SignedProperties");
    for (int i = 0; i < props.getLength(); i++) {
      ctx.setIdAttributeNS((Element) props.item(i), null, "Id");
    }
    try {
      XMLSignature sig = DmpXml.signatureFactory().unmarshalXMLSignature(ctx);
      // The manifest must be what the signature covers, or the digests below prove nothing.
      boolean coversManifest = sig.getSignedInfo().getReferences().stream()
          .map(Reference.class::cast)
          .anyMatch(ref -> Manifest.TYPE.equals(ref.getType())
              && ("#" + manifest.getAttribute("Id")).equals(ref.getURI()));
      return coversManifest && sig.validate(ctx);
    } catch (MarshalException | XMLSignatureException | RuntimeException e) {
      return false;
    }
  }

  private static byte[] digest(Element ref, InputStream content) {
    if (content == null) {
      return null;
    }
    Element dm = Dom.child(ref, XMLSignature.XMLNS, "DigestMethod");
    String jca = dm == null ? null : JCA.get(dm.getAttribute("Algorithm"));
    try (InputStream in = content) {
      if (jca == null) {
        return null;
      }
      MessageDigest md = MessageDigest.getInstance(jca);
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) >= 0; ) {
        md.update(buf, 0, n);
      }
      return md.digest();
    } catch (IOException | GeneralSecurityException e) {
      return null;
    }
  }
}
