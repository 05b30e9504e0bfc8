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
import io.github.eparcours.dmp.internal.CanonicalXml;
import io.github.eparcours.dmp.internal.XmlDsig;
import io.github.eparcours.dmp.vihf.XmlSignatureSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Manifest;

/**
 * Signs a DMP submission set: an XAdES signature whose {@code ds:Manifest} references the
 * submission set and each document by {@code urn:oid:<uniqueId>} with the digest of the
 * document's bytes, with the XAdES signing time and signing certificate, carried as an extra
 * document entry (class "Digital Signature", format {@code http://www.w3.org/2000/09/xmldsig#})
 * tied to the submission set by a {@code signs} association (IHE DSG style).
 *
 * <p>Algorithms are configuration ({@link XmlSignatureSettings}, SHA-256 / RSA-SHA256 by default;
 * RSA signatures only). The signature is written directly in its canonical form, its signed
 * parts digested and signed as they are written; {@link SubmissionSetVerifier} checks it with the
 * JDK's XML-DSig implementation. Immutable and thread-safe.
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
  private static final String SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final XmlSignatureSettings algorithms;
  private final Clock clock;
  // What the signing certificate contributes to every signature, computed once per signer.
  private final String issuerName;
  private final String serialNumber;
  /** Base64 digest of the certificate; null when it must be computed (and fail) at signing. */
  private final String certificateDigest;
  /** The {@code ds:KeyInfo} element; null when it must be computed (and fail) at signing. */
  private final String keyInfo;

  private SubmissionSetSigner(PrivateKey key, X509Certificate certificate,
      XmlSignatureSettings algorithms, Clock clock) {
    this.key = Objects.requireNonNull(key, "key");
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.algorithms = Objects.requireNonNull(algorithms, "algorithms");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.issuerName = certificate.getIssuerX500Principal().getName(X500Principal.RFC2253);
    this.serialNumber = certificate.getSerialNumber().toString();
    this.certificateDigest = certificateDigestOrNull(certificate, algorithms);
    this.keyInfo = keyInfoOrNull(certificate);
  }

  private static String certificateDigestOrNull(X509Certificate certificate,
      XmlSignatureSettings algorithms) {
    try {
      return certificateDigest(certificate, XmlDsig.jcaDigest(algorithms.digestMethod()));
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  private static String keyInfoOrNull(X509Certificate certificate) {
    try {
      return XmlDsig.keyInfo(certificate);
    } catch (CertificateEncodingException e) {
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

  /**
   * Writes the signature directly in canonical form: the manifest and the signed properties are
   * digested, and the {@code ds:SignedInfo} signed, as the very bytes placed in the document, so
   * no DOM is built and nothing is canonicalised afterwards. Each signed fragment declares its
   * own namespaces, which is what its exclusive canonical form looks like wherever it sits.
   */
  private byte[] signatureXml(SubmissionRequest request, String ssUid, String sigId,
      Instant now) {
    try {
      String dm = algorithms.digestMethod();
      String jcaDigest = XmlDsig.jcaDigest(dm);
      XmlDsig.checkSupported(algorithms.signatureMethod(), algorithms.canonicalizationMethod());
      CanonicalXml manifest = new CanonicalXml().start("ds:Manifest")
          .namespace("ds", XmlDsig.NS).attribute("Id", MANIFEST_ID);
      XmlDsig.reference(manifest, "urn:oid:" + ssUid, dm,
          XmlDsig.digest(jcaDigest, ssUid.getBytes(StandardCharsets.UTF_8)));
      for (DocumentEntry e : request.documentEntries()) {
        DocumentContent c = request.content(e.entryUuid()).orElseThrow(() -> missingUid());
        XmlDsig.reference(manifest, "urn:oid:" + e.uniqueId().orElseThrow(() -> missingUid()),
            dm, Base64.getEncoder().encodeToString(digest(c, jcaDigest)));
      }
      byte[] manifestBytes = manifest.end("ds:Manifest").bytes();
      byte[] signedProps = signedProperties(now, jcaDigest);
      String[] c14n = {CanonicalizationMethod.EXCLUSIVE};
      CanonicalXml si = XmlDsig.signedInfo(new String[0], algorithms.canonicalizationMethod(),
          algorithms.signatureMethod());
      XmlDsig.reference(si, Manifest.TYPE, "#" + MANIFEST_ID, c14n, dm,
          XmlDsig.digest(jcaDigest, manifestBytes));
      XmlDsig.reference(si, SIGNED_PROPERTIES_TYPE, "#" + SIGNED_PROPERTIES_ID, c14n, dm,
          XmlDsig.digest(jcaDigest, signedProps));
      String signedInfo = si.end("ds:SignedInfo").text();
      String value = XmlDsig.sign(key, algorithms.signatureMethod(),
          signedInfo.getBytes(StandardCharsets.UTF_8));
      return new CanonicalXml().start("ds:Signature").namespace("ds", XmlDsig.NS)
          .attribute("Id", sigId)
          .raw(signedInfo).element("ds:SignatureValue", value).raw(keyInfo())
          .start("ds:Object").start("ds:SignatureProperties").start("ds:SignatureProperty")
          .attribute("Id", "purposeOfSignature").attribute("Target", "#" + sigId)
          .text(PURPOSE_SOURCE).end("ds:SignatureProperty").end("ds:SignatureProperties")
          .end("ds:Object")
          .start("ds:Object").raw(new String(manifestBytes, StandardCharsets.UTF_8))
          .end("ds:Object")
          .start("ds:Object").start("xades:QualifyingProperties").namespace("xades", XADES_NS)
          .attribute("Target", "#" + sigId).raw(new String(signedProps, StandardCharsets.UTF_8))
          .end("xades:QualifyingProperties").end("ds:Object")
          .end("ds:Signature").bytes();
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNING_FAILED, "the submission set "
          + "could not be signed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); check the signature key and algorithms", e, false);
    }
  }

  private String keyInfo() throws CertificateEncodingException {
    return keyInfo != null ? keyInfo : XmlDsig.keyInfo(certificate);
  }

  /** The XAdES signed properties, in their canonical form. */
  private byte[] signedProperties(Instant now, String jcaDigest) throws GeneralSecurityException {
    CanonicalXml w = new CanonicalXml().start("xades:SignedProperties")
        .namespace("xades", XADES_NS).attribute("Id", SIGNED_PROPERTIES_ID)
        .start("xades:SignedSignatureProperties")
        .element("xades:SigningTime", now.toString())
        .start("xades:SigningCertificate").start("xades:Cert").start("xades:CertDigest");
    XmlDsig.digest(w, algorithms.digestMethod(), certificateDigest != null ? certificateDigest
        : certificateDigest(certificate, jcaDigest), true);
    w.end("xades:CertDigest").start("xades:IssuerSerial")
        .start("ds:X509IssuerName").namespace("ds", XmlDsig.NS).text(issuerName)
        .end("ds:X509IssuerName")
        .start("ds:X509SerialNumber").namespace("ds", XmlDsig.NS).text(serialNumber)
        .end("ds:X509SerialNumber")
        .end("xades:IssuerSerial").end("xades:Cert").end("xades:SigningCertificate")
        .start("xades:SignaturePolicyIdentifier").start("xades:SignaturePolicyImplied")
        .end("xades:SignaturePolicyImplied").end("xades:SignaturePolicyIdentifier")
        .end("xades:SignedSignatureProperties").end("xades:SignedProperties");
    return w.bytes();
  }

  private static byte[] digest(DocumentContent content, String jcaDigest)
      throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance(jcaDigest);
    // transferTo hands bytes in memory over in one call, without copying them into a buffer.
    try (InputStream in = content.openStream()) {
      in.transferTo(new OutputStream() {
        @Override
        public void write(int b) {
          md.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          md.update(b, off, len);
        }
      });
    } catch (IOException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNING_FAILED,
          "a document's content could not be read to sign the submission set", e, false);
    }
    return md.digest();
  }
}
