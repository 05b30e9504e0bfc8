package io.github.eparcours.dmp.xades;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.AssociationType;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.XdsConstants;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.core.document.xds.XdsTime;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.vihf.XmlSignatureSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Manifest;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureProperties;
import javax.xml.crypto.dsig.SignatureProperty;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs a DMP submission set: an XAdES signature whose {@code ds:Manifest} references the
 * submission set and each document by {@code urn:oid:<uniqueId>} with the digest of the
 * document's bytes, with the XAdES signing time and signing certificate, carried as an extra
 * document entry (class "Digital Signature", format {@code http://www.w3.org/2000/09/xmldsig#})
 * tied to the submission set by a {@code signs} association (IHE DSG style).
 *
 * <p>Uses the JDK's XML-DSig API; algorithms are configuration ({@link XmlSignatureSettings},
 * SHA-256 / RSA-SHA256 by default). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SubmissionSetSigner {

  /** The XAdES namespace written. */
  public static final String XADES_NS = "http://uri.etsi.org/01903/v1.3.2#";
  /** The purpose of the signature ("Source", ASTM E1762 / ISO 17090). */
  public static final String PURPOSE_SOURCE = "1.2.840.10065.1.12.1.14";
  private static final String MANIFEST_ID = "IHEManifest";
  private static final String SIGNED_PROPERTIES_ID = "S0-SignedProperties";

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final XmlSignatureSettings algorithms;
  private final Clock clock;
  // What the signing certificate contributes to every signature, computed once per signer.
  private final String issuerName;
  private final String serialNumber;
  /** Base64 digest of the certificate; null when it must be computed (and fail) at signing. */
  private final String certificateDigest;
  private final KeyInfo keyInfo;

  private SubmissionSetSigner(PrivateKey key, X509Certificate certificate,
      XmlSignatureSettings algorithms, Clock clock) {
    this.key = Objects.requireNonNull(key, "key");
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.algorithms = Objects.requireNonNull(algorithms, "algorithms");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.issuerName = certificate.getIssuerX500Principal().getName(X500Principal.RFC2253);
    this.serialNumber = certificate.getSerialNumber().toString();
    this.certificateDigest = certificateDigestOrNull(certificate, algorithms);
    this.keyInfo = DmpXml.x509KeyInfo(certificate);
  }

  private static String certificateDigestOrNull(X509Certificate certificate,
      XmlSignatureSettings algorithms) {
    String jca = JCA.get(algorithms.digestMethod());
    if (jca == null) {
      return null;
    }
    try {
      return certificateDigest(certificate, jca);
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  private static String certificateDigest(X509Certificate certificate, String jcaDigest)
      throws GeneralSecurityException {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance(jcaDigest).digest(certificate.getEncoded()));
  }

  /**
   * Returns a signer with the default algorithms and the UTC system clock, from the structure's
   * signature key material ({@code KeyMaterial.load(path, password, KeyRole.SIGNATURE)}), the
   * same as the VIHF issuer's.
   *
   * @param signing the structure's signature ("cachet") key material
   * @return the signer
   * @throws EparcoursClientException DMP-0003 if the key material was loaded for another role
   *     than {@link KeyRole#SIGNATURE}
   */
  public static SubmissionSetSigner of(KeyMaterial signing) {
    io.github.eparcours.dmp.internal.SigningCredentials.requireSignatureRole(signing,
        "the submission set");
    return of(signing.privateKey(), signing.certificate());
  }

  /**
   * Returns a signer with the default algorithms and the UTC system clock, for keys not loaded
   * through {@link KeyMaterial}; prefer {@link #of(KeyMaterial)}.
   *
   * @param key the structure's signature key
   * @param certificate its certificate
   * @return the signer
   */
  public static SubmissionSetSigner of(PrivateKey key, X509Certificate certificate) {
    return new SubmissionSetSigner(key, certificate, XmlSignatureSettings.DEFAULT,
        Clock.systemUTC());
  }

  /**
   * Returns a copy with other algorithms.
   *
   * @param settings the algorithms
   * @return the signer
   */
  public SubmissionSetSigner withAlgorithms(XmlSignatureSettings settings) {
    return new SubmissionSetSigner(key, certificate, settings, clock);
  }

  /**
   * Returns a copy with another clock (signing time).
   *
   * @param clock the clock
   * @return the signer
   */
  public SubmissionSetSigner withClock(Clock clock) {
    return new SubmissionSetSigner(key, certificate, algorithms, clock);
  }

  /**
   * Returns the submission with its signature entry, content and associations added.
   *
   * @param request the submission (its submission set and entries must carry uniqueIds)
   * @return a new submission
   * @throws EparcoursClientException DMP-0002 if signing fails, DMP-0203 if a uniqueId is missing
   */
  public SubmissionRequest sign(SubmissionRequest request) {
    if (request.documentEntries().isEmpty()) {
      throw new IllegalArgumentException("a submission to sign needs at least one document");
    }
    String ssUid = request.submissionSet().uniqueId().orElseThrow(() -> missingUid());
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String sigId = "_" + UUID.randomUUID();
    byte[] xml = signatureXml(request, ssUid, sigId, now);
    DocumentContent content = DocumentContent.ofBytes(xml);
    DocumentEntry first = request.documentEntries().get(0);
    DocumentEntry.Builder sig = DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid())
        .uniqueId(XdsIds.newUniqueId())
        .classCode(Code.of("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1", "URN", "Digital Signature"))
        .typeCode(Code.of("E1762", "ASTM", "Full Document"))
        .formatCode(Code.of("http://www.w3.org/2000/09/xmldsig#", "URN",
            "Default Signature Style"))
        .addEventCode(Code.of(PURPOSE_SOURCE, "1.2.840.10065.1.12", "Source"))
        .addConfidentialityCode(Code.of("N", XdsConstants.CONFIDENTIALITY_SYSTEM, "Normal"))
        .creationTime(XdsTime.of(now)).languageCode("art").mimeType("text/xml")
        .title("Signature du lot de soumission").authors(first.authors()).hashAndSize(content);
    first.patientId().ifPresent(sig::patientId);
    first.sourcePatientId().ifPresent(sig::sourcePatientId);
    first.healthcareFacilityTypeCode().ifPresent(sig::healthcareFacilityTypeCode);
    first.practiceSettingCode().ifPresent(sig::practiceSettingCode);
    DocumentEntry sigEntry = sig.build();
    SubmissionRequest.Builder out = SubmissionRequest.builder()
        .submissionSet(request.submissionSet());
    for (DocumentEntry e : request.documentEntries()) {
      out.addDocument(e, request.content(e.entryUuid()).orElseThrow(() -> missingUid()));
    }
    out.addDocument(sigEntry, content);
    request.associations().forEach(out::addAssociation);
    out.addAssociation(Association.hasMember(request.submissionSet().entryUuid(),
        sigEntry.entryUuid()));
    out.addAssociation(Association.builder().entryUuid(XdsIds.newEntryUuid())
        .type(AssociationType.SIGNS).sourceUuid(sigEntry.entryUuid())
        .targetUuid(request.submissionSet().entryUuid()).build());
    return out.build();
  }

  private static EparcoursClientException missingUid() {
    return new EparcoursClientException(DmpErrors.METADATA_INVALID, "the submission set and "
        + "every document entry need a uniqueId and content before signing");
  }

  private byte[] signatureXml(SubmissionRequest request, String ssUid, String sigId,
      Instant now) {
    XMLSignatureFactory f = DmpXml.signatureFactory();
    try {
      DigestMethod dm = f.newDigestMethod(algorithms.digestMethod(), null);
      String jcaDigest = jcaDigest(algorithms.digestMethod());
      List<Reference> manifestRefs = new ArrayList<>();
      manifestRefs.add(f.newReference("urn:oid:" + ssUid, dm, null, null, null,
          MessageDigest.getInstance(jcaDigest).digest(ssUid.getBytes(StandardCharsets.UTF_8))));
      for (DocumentEntry e : request.documentEntries()) {
        DocumentContent c = request.content(e.entryUuid()).orElseThrow(() -> missingUid());
        manifestRefs.add(f.newReference("urn:oid:" + e.uniqueId().orElseThrow(() -> missingUid()),
            dm, null, null, null, digest(c, jcaDigest)));
      }
      Manifest manifest = f.newManifest(manifestRefs, MANIFEST_ID);
      Document doc = DmpXml.newDocument();
      SignatureProperty purpose = f.newSignatureProperty(
          List.of(new DOMStructure(doc.createTextNode(PURPOSE_SOURCE))), "#" + sigId,
          "purposeOfSignature");
      SignatureProperties props = f.newSignatureProperties(List.of(purpose), null);
      Element qualifying = qualifyingProperties(doc, sigId, now, jcaDigest);
      Element signedProps = (Element) qualifying.getFirstChild();
      List<Transform> c14n = List.of(f.newTransform(CanonicalizationMethod.EXCLUSIVE,
          (TransformParameterSpec) null));
      SignedInfo si = f.newSignedInfo(
          f.newCanonicalizationMethod(algorithms.canonicalizationMethod(),
              (C14NMethodParameterSpec) null),
          f.newSignatureMethod(algorithms.signatureMethod(), null),
          List.of(f.newReference("#" + MANIFEST_ID, dm, c14n, Manifest.TYPE, null),
              f.newReference("#" + SIGNED_PROPERTIES_ID, dm, c14n,
                  "http://uri.etsi.org/01903#SignedProperties", null)));
      List<XMLObject> objects = List.of(
          f.newXMLObject(List.of(props), null, null, null),
          f.newXMLObject(List.of(manifest), null, null, null),
          f.newXMLObject(List.of(new DOMStructure(qualifying)), null, null, null));
      XMLSignature signature = f.newXMLSignature(si, keyInfo, objects, sigId, null);
      DOMSignContext ctx = new DOMSignContext(key, doc);
      ctx.setDefaultNamespacePrefix("ds");
      ctx.setIdAttributeNS(signedProps, null, "Id");
      signature.sign(ctx);
      return DmpXml.toBytes(doc);
    } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNING_FAILED, "the submission set "
          + "could not be signed (" + e.getClass().getSimpleName() + "); check the signature key "
          + "and algorithms", e, false);
    }
  }

  private Element qualifyingProperties(Document doc, String sigId, Instant now, String jcaDigest)
      throws GeneralSecurityException {
    Element qp = doc.createElementNS(XADES_NS, "xades:QualifyingProperties");
    qp.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades", XADES_NS);
    qp.setAttribute("Target", "#" + sigId);
    Element sp = child(qp, "SignedProperties");
    sp.setAttribute("Id", SIGNED_PROPERTIES_ID);
    Element ssp = child(sp, "SignedSignatureProperties");
    child(ssp, "SigningTime").setTextContent(now.toString());
    Element cert = child(child(ssp, "SigningCertificate"), "Cert");
    Element certDigest = child(cert, "CertDigest");
    Element dm = doc.createElementNS(XMLSignature.XMLNS, "ds:DigestMethod");
    dm.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", XMLSignature.XMLNS);
    dm.setAttribute("Algorithm", algorithms.digestMethod());
    certDigest.appendChild(dm);
    Element dv = doc.createElementNS(XMLSignature.XMLNS, "ds:DigestValue");
    dv.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", XMLSignature.XMLNS);
    dv.setTextContent(certificateDigest != null ? certificateDigest
        : certificateDigest(certificate, jcaDigest));
    certDigest.appendChild(dv);
    Element serial = child(cert, "IssuerSerial");
    Element name = doc.createElementNS(XMLSignature.XMLNS, "ds:X509IssuerName");
    name.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", XMLSignature.XMLNS);
    name.setTextContent(issuerName);
    serial.appendChild(name);
    Element number = doc.createElementNS(XMLSignature.XMLNS, "ds:X509SerialNumber");
    number.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", XMLSignature.XMLNS);
    number.setTextContent(serialNumber);
    serial.appendChild(number);
    child(child(ssp, "SignaturePolicyIdentifier"), "SignaturePolicyImplied");
    return qp;
  }

  private static Element child(Element parent, String localName) {
    Element e = parent.getOwnerDocument().createElementNS(XADES_NS, "xades:" + localName);
    parent.appendChild(e);
    return e;
  }

  private static byte[] digest(DocumentContent content, String jcaDigest)
      throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance(jcaDigest);
    try (InputStream in = content.openStream()) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) >= 0; ) {
        md.update(buf, 0, n);
      }
    } catch (IOException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNING_FAILED,
          "a document's content could not be read to sign the submission set", e, false);
    }
    return md.digest();
  }

  private static final Map<String, String> JCA = Map.of(
      DigestMethod.SHA1, "SHA-1", DigestMethod.SHA256, "SHA-256",
      DigestMethod.SHA512, "SHA-512", "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384");

  private static String jcaDigest(String uri) {
    String n = JCA.get(uri);
    if (n == null) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNING_FAILED,
          "unsupported digest algorithm " + uri + "; use SHA-256");
    }
    return n;
  }
}
