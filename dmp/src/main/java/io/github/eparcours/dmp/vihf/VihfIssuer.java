package io.github.eparcours.dmp.vihf;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.SubjectRole;
import io.github.eparcours.dmp.internal.CanonicalXml;
import io.github.eparcours.dmp.internal.XmlDsig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Transform;

/**
 * Issues signed VIHF assertions (SAML 2.0) for the DMP: one per request, for the acting identity
 * of that request and, for patient-scoped operations, the patient concerned.
 *
 * <p>The assertion's {@code Issuer} is the subject DN of the signing certificate (the
 * structure's "cachet" certificate), its ID is {@code _} + a UUID (a valid {@code xs:ID}), and
 * it carries an enveloped XML-DSig signature with the algorithms of {@link XmlSignatureSettings}
 * (SHA-256, RSA-SHA256, exclusive canonicalisation by default; RSA signatures with SHA-1, SHA-256,
 * SHA-384 or SHA-512, C14N 1.0, 1.1 or exclusive canonicalisation are supported). The assertion is
 * written directly in its canonical form, so that its bytes are digested and signed as they are
 * sent; {@link VihfVerifier} checks it with the JDK's XML-DSig implementation.
 *
 * <p>Immutable and thread-safe: share one instance per structure signing key.
 *
 * @since 0.1
 */
public final class VihfIssuer {

  /** The VIHF version written by default. */
  public static final String DEFAULT_VERSION = "3.0";
  /** The default {@code AuthnContextClassRef}: the structure authenticated by TLS certificate. */
  public static final String DEFAULT_AUTHN_CONTEXT =
      "urn:oasis:names:tc:SAML:2.0:ac:classes:TLSClient";

  private final PrivateKey signingKey;
  private final X509Certificate certificate;
  private final String issuerDn;
  /** The {@code ds:KeyInfo} element, constant per certificate. */
  private final String keyInfo;
  /** What is in scope where {@code ds:SignedInfo} sits, other than {@code ds}. */
  private static final String[] IN_SCOPE = {"saml2", VihfAttributes.SAML_NS};
  private static final String[] TRANSFORMS = {Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE};
  private final LpsIdentity lps;
  private final String version;
  private final String authnContextClassRef;
  private final Duration validity;
  private final XmlSignatureSettings algorithms;
  private final Clock clock;

  private VihfIssuer(Builder b) {
    this.signingKey = Objects.requireNonNull(b.signingKey, "signingKey");
    this.certificate = Objects.requireNonNull(b.certificate, "certificate");
    this.lps = Objects.requireNonNull(b.lps, "lps");
    this.version = Objects.requireNonNull(b.version, "version");
    this.authnContextClassRef = Objects.requireNonNull(b.authnContextClassRef, "authnContext");
    this.validity = Objects.requireNonNull(b.validity, "validity");
    this.algorithms = Objects.requireNonNull(b.algorithms, "algorithms");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("VIHF validity must be positive");
    }
    if (!keyMatchesCertificate(signingKey, certificate)) {
      throw new EparcoursClientException(DmpErrors.VIHF_CERTIFICATE_UNUSABLE,
          "the VIHF signing key does not belong to the signing certificate; load the private key "
              + "and certificate of the same signature (cachet) PKCS#12 entry");
    }
    this.issuerDn = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    try {
      this.keyInfo = XmlDsig.keyInfo(certificate);
    } catch (CertificateEncodingException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_CERTIFICATE_UNUSABLE,
          "the VIHF signing certificate cannot be encoded; load it from the structure's "
              + "signature (cachet) PKCS#12 entry", e, false);
    }
  }

  private static boolean keyMatchesCertificate(PrivateKey key, X509Certificate cert) {
    if (key instanceof java.security.interfaces.RSAPrivateCrtKey
        && cert.getPublicKey() instanceof java.security.interfaces.RSAPublicKey) {
      return ((java.security.interfaces.RSAPrivateCrtKey) key).getModulus()
          .equals(((java.security.interfaces.RSAPublicKey) cert.getPublicKey()).getModulus());
    }
    return key.getAlgorithm().equals(cert.getPublicKey().getAlgorithm());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this issuer's configuration.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.signingKey = signingKey;
    b.certificate = certificate;
    b.lps = lps;
    b.version = version;
    b.authnContextClassRef = authnContextClassRef;
    b.validity = validity;
    b.algorithms = algorithms;
    b.clock = clock;
    return b;
  }

  /**
   * Returns the signing certificate.
   *
   * @return the certificate
   */
  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * Issues a signed VIHF for a request that does not concern one patient.
   *
   * @param who the acting identity
   * @return the signed assertion
   * @throws EparcoursClientException DMP-0003 if the certificate is not valid now, DMP-0002 if
   *     signing fails
   */
  public Vihf issue(ActingIdentity who) {
    return issue(who, (String) null);
  }

  /**
   * Issues a signed VIHF for a request about one patient.
   *
   * @param who the acting identity
   * @param patient the patient's INS, written as {@code resource-id} in CX form
   * @return the signed assertion
   * @throws EparcoursClientException DMP-0003 if the certificate is not valid now, DMP-0002 if
   *     signing fails
   */
  public Vihf issue(ActingIdentity who, Ins patient) {
    return issue(who, patient.toCx());
  }

  /**
   * Issues a signed VIHF.
   *
   * @param who the acting identity
   * @param patientResourceId the patient's INS in CX form
   *     ({@code <matricule>^^^&<OID>&ISO^NH}), or null when the request concerns no patient
   * @return the signed assertion
   * @throws EparcoursClientException DMP-0003 if the certificate is not valid now, DMP-0002 if
   *     signing fails
   */
  public Vihf issue(ActingIdentity who, String patientResourceId) {
    Objects.requireNonNull(who, "who");
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    checkCertificateValidity(now);
    Instant until = now.plus(validity);
    String id = "_" + UUID.randomUUID();
    try {
      // Written in canonical form: the assertion without its signature is, byte for byte, what
      // the enveloped-signature and exclusive canonicalisation transforms give a verifier.
      String before = assertionStart(id, now);
      String after = assertionRest(who, patientResourceId, now, until);
      byte[] digested = (before + after).getBytes(StandardCharsets.UTF_8);
      String digest = XmlDsig.digest(XmlDsig.jcaDigest(algorithms.digestMethod()), digested);
      XmlDsig.checkSupported(algorithms.signatureMethod(), algorithms.canonicalizationMethod());
      CanonicalXml si = XmlDsig.signedInfo(IN_SCOPE, algorithms.canonicalizationMethod(),
          algorithms.signatureMethod());
      XmlDsig.reference(si, null, "#" + id, TRANSFORMS, algorithms.digestMethod(), digest);
      String signedInfo = si.end("ds:SignedInfo").text();
      String value = XmlDsig.sign(signingKey, algorithms.signatureMethod(),
          signedInfo.getBytes(StandardCharsets.UTF_8));
      String signature = new CanonicalXml().start("ds:Signature").namespace("ds", XmlDsig.NS)
          .raw(signedInfo).element("ds:SignatureValue", value).raw(keyInfo)
          .end("ds:Signature").text();
      return new Vihf(id, now, until,
          (before + signature + after).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNING_FAILED,
          "the VIHF could not be signed with " + algorithms.signatureMethod() + " ("
              + e.getClass().getSimpleName() + ": " + e.getMessage() + "); check that the signing "
              + "key is an RSA key matching the configured signature algorithms", e, false);
    }
  }

  /** The assertion up to its Issuer, where the signature goes. */
  private String assertionStart(String id, Instant now) {
    return new CanonicalXml().start("saml2:Assertion").namespace("saml2", VihfAttributes.SAML_NS)
        .attribute("ID", id).attribute("IssueInstant", now.toString())
        .attribute("Version", "2.0")
        .start("saml2:Issuer").attribute("Format", VihfAttributes.ISSUER_FORMAT).text(issuerDn)
        .end("saml2:Issuer").text();
  }

  /** The rest of the assertion, after the signature. */
  private String assertionRest(ActingIdentity who, String patientResourceId, Instant now,
      Instant until) {
    CanonicalXml w = new CanonicalXml();
    w.start("saml2:Subject").element("saml2:NameID", who.subjectId()).end("saml2:Subject");
    w.start("saml2:Conditions").attribute("NotBefore", now.toString())
        .attribute("NotOnOrAfter", until.toString()).end("saml2:Conditions");
    w.start("saml2:AuthnStatement").attribute("AuthnInstant", now.toString())
        .start("saml2:AuthnContext").element("saml2:AuthnContextClassRef", authnContextClassRef)
        .end("saml2:AuthnContext").end("saml2:AuthnStatement");
    w.start("saml2:AttributeStatement");
    text(w, VihfAttributes.VERSION, version);
    text(w, VihfAttributes.AUTHENTICATION_MODE, who.authenticationMode().wireValue());
    w.start("saml2:Attribute").attribute("Name", VihfAttributes.SUBJECT_ROLE);
    for (SubjectRole role : who.roles()) {
      ce(w, "Role", role.code(), role.codeSystem(), role.codeSystemName(), role.displayName());
    }
    w.end("saml2:Attribute");
    text(w, VihfAttributes.SECTOR, who.sector() + "^" + ActingIdentity.SECTOR_CODE_SYSTEM);
    text(w, VihfAttributes.STRUCTURE_ID, who.structureId());
    text(w, VihfAttributes.SUBJECT_ID, who.subjectName());
    if (patientResourceId != null) {
      text(w, VihfAttributes.RESOURCE_ID, patientResourceId);
    }
    text(w, VihfAttributes.RESOURCE_URN, "urn:dmp");
    w.start("saml2:Attribute").attribute("Name", VihfAttributes.PURPOSE_OF_USE);
    ce(w, "PurposeOfUse", who.accessMode().code(), io.github.eparcours.dmp.AccessMode.CODE_SYSTEM,
        io.github.eparcours.dmp.AccessMode.CODE_SYSTEM_NAME, who.accessMode().displayName());
    w.end("saml2:Attribute");
    text(w, VihfAttributes.LPS_NAME, lps.name());
    text(w, VihfAttributes.LPS_VERSION, lps.version());
    lps.lpsId().ifPresent(v -> text(w, VihfAttributes.LPS_ID, v));
    text(w, VihfAttributes.LPS_HOMOLOGATION, lps.homologationNumber());
    return w.end("saml2:AttributeStatement").end("saml2:Assertion").text();
  }

  private void checkCertificateValidity(Instant now) {
    try {
      certificate.checkValidity(Date.from(now));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_CERTIFICATE_UNUSABLE,
          "the VIHF signing certificate is not valid now (valid " + certificate.getNotBefore()
              .toInstant() + " to " + certificate.getNotAfter().toInstant()
              + "); renew the structure's signature certificate", e, false);
    }
  }

  private static void text(CanonicalXml w, String name, String value) {
    w.start("saml2:Attribute").attribute("Name", name)
        .element("saml2:AttributeValue", value).end("saml2:Attribute");
  }

  /**
   * An HL7 CE value in its canonical form: the default and {@code xsi} namespaces declared on the
   * element itself (the only one that uses them), unqualified attributes by name, then
   * {@code xsi:type}.
   */
  private static void ce(CanonicalXml w, String localName, String code, String codeSystem,
      String codeSystemName, String displayName) {
    w.start("saml2:AttributeValue").start(localName).namespace("", VihfAttributes.HL7_NS)
        .namespace("xsi", VihfAttributes.XSI_NS).attribute("code", code)
        .attribute("codeSystem", codeSystem);
    if (!codeSystemName.isEmpty()) {
      w.attribute("codeSystemName", codeSystemName);
    }
    if (!displayName.isEmpty()) {
      w.attribute("displayName", displayName);
    }
    w.attribute("xsi:type", "CE").end(localName).end("saml2:AttributeValue");
  }

  /** Builder of {@link VihfIssuer}; not thread-safe. */
  public static final class Builder {
    private PrivateKey signingKey;
    private X509Certificate certificate;
    private LpsIdentity lps;
    private String version = DEFAULT_VERSION;
    private String authnContextClassRef = DEFAULT_AUTHN_CONTEXT;
    private Duration validity = Duration.ofMinutes(10);
    private XmlSignatureSettings algorithms = XmlSignatureSettings.DEFAULT;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the structure's signature key and certificate from the key material loaded for
     * signing, as the TLS client key is given to the transport:
     * {@code KeyMaterial.load(path, password, KeyRole.SIGNATURE)}. Its end-entity certificate's
     * subject DN becomes the assertion's Issuer.
     *
     * @param signing the structure's signature ("cachet") key material
     * @return this builder
     * @throws EparcoursClientException DMP-0003 if the key material was loaded for another role
     *     than {@link KeyRole#SIGNATURE}
     */
    public Builder signingCredential(KeyMaterial signing) {
      io.github.eparcours.dmp.internal.SigningCredentials.requireSignatureRole(signing,
          "the VIHF");
      return signingCredential(signing.privateKey(), signing.certificate());
    }

    /**
     * Sets the structure's signature key and certificate (the "cachet" certificate, not the TLS
     * client one), for keys not loaded through {@link KeyMaterial} (a hardware module, a
     * vendor's own key store); prefer {@link #signingCredential(KeyMaterial)}.
     *
     * @param key the private key
     * @param certificate its certificate; its subject DN becomes the assertion's Issuer
     * @return this builder
     */
    public Builder signingCredential(PrivateKey key, X509Certificate certificate) {
      this.signingKey = key;
      this.certificate = certificate;
      return this;
    }

    /**
     * Sets the identity of the integrating product.
     *
     * @param lps the product identity
     * @return this builder
     */
    public Builder lps(LpsIdentity lps) {
      this.lps = lps;
      return this;
    }

    /**
     * Sets the VIHF version (default {@value VihfIssuer#DEFAULT_VERSION}); the published
     * documents disagree between 3.0 and 4.0, so it is the integrator's to confirm.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the {@code AuthnContextClassRef} (default TLSClient).
     *
     * @param classRef the class reference URI
     * @return this builder
     */
    public Builder authnContextClassRef(String classRef) {
      this.authnContextClassRef = classRef;
      return this;
    }

    /**
     * Sets how long an assertion is valid after its issue (default 10 minutes).
     *
     * @param validity the duration, positive
     * @return this builder
     */
    public Builder validity(Duration validity) {
      this.validity = validity;
      return this;
    }

    /**
     * Sets the signature algorithms (default {@link XmlSignatureSettings#DEFAULT}).
     *
     * @param algorithms the algorithms
     * @return this builder
     */
    public Builder algorithms(XmlSignatureSettings algorithms) {
      this.algorithms = algorithms;
      return this;
    }

    /**
     * Sets the clock giving the issue instant (default UTC system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the issuer.
     *
     * @return the issuer
     * @throws NullPointerException if the credential or the product identity is missing
     * @throws EparcoursClientException DMP-0003 if the key does not match the certificate
     */
    public VihfIssuer build() {
      return new VihfIssuer(this);
    }
  }
}
