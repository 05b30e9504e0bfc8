package io.github.eparcours.dmp.vihf;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.SubjectRole;
import io.github.eparcours.dmp.internal.DmpXml;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import javax.xml.XMLConstants;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
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
 * Issues signed VIHF assertions (SAML 2.0) for the DMP: one per request, for the acting identity
 * of that request and, for patient-scoped operations, the patient concerned.
 *
 * <p>The assertion's {@code Issuer} is the subject DN of the signing certificate (the
 * structure's "cachet" certificate), its ID is {@code _} + a UUID (a valid {@code xs:ID}), and
 * it is signed enveloped with the JDK's XML-DSig API, with the algorithms of
 * {@link XmlSignatureSettings} (SHA-256, RSA-SHA256, exclusive canonicalisation by default).
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
  private static final String DSIG_NS = XMLSignature.XMLNS;

  private final PrivateKey signingKey;
  private final X509Certificate certificate;
  private final String issuerDn;
  private final KeyInfo keyInfo;
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
    this.keyInfo = DmpXml.x509KeyInfo(certificate);
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
    Document doc = DmpXml.newDocument();
    Element assertion = doc.createElementNS(VihfAttributes.SAML_NS, "saml2:Assertion");
    doc.appendChild(assertion);
    assertion.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:saml2",
        VihfAttributes.SAML_NS);
    assertion.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi",
        VihfAttributes.XSI_NS);
    assertion.setAttribute("ID", id);
    assertion.setIdAttribute("ID", true);
    assertion.setAttribute("IssueInstant", now.toString());
    assertion.setAttribute("Version", "2.0");
    Element issuer = saml(assertion, "Issuer");
    issuer.setAttribute("Format", VihfAttributes.ISSUER_FORMAT);
    issuer.setTextContent(issuerDn);
    Element subject = saml(assertion, "Subject");
    saml(subject, "NameID").setTextContent(who.subjectId());
    Element conditions = saml(assertion, "Conditions");
    conditions.setAttribute("NotBefore", now.toString());
    conditions.setAttribute("NotOnOrAfter", until.toString());
    Element authn = saml(assertion, "AuthnStatement");
    authn.setAttribute("AuthnInstant", now.toString());
    saml(saml(authn, "AuthnContext"), "AuthnContextClassRef").setTextContent(authnContextClassRef);
    Element statement = saml(assertion, "AttributeStatement");
    text(statement, VihfAttributes.VERSION, version);
    text(statement, VihfAttributes.AUTHENTICATION_MODE, who.authenticationMode().wireValue());
    Element roles = attribute(statement, VihfAttributes.SUBJECT_ROLE);
    for (SubjectRole role : who.roles()) {
      ce(saml(roles, "AttributeValue"), "Role", role.code(), role.codeSystem(),
          role.codeSystemName(), role.displayName());
    }
    text(statement, VihfAttributes.SECTOR, who.sector() + "^" + ActingIdentity.SECTOR_CODE_SYSTEM);
    text(statement, VihfAttributes.STRUCTURE_ID, who.structureId());
    text(statement, VihfAttributes.SUBJECT_ID, who.subjectName());
    if (patientResourceId != null) {
      text(statement, VihfAttributes.RESOURCE_ID, patientResourceId);
    }
    text(statement, VihfAttributes.RESOURCE_URN, "urn:dmp");
    ce(saml(attribute(statement, VihfAttributes.PURPOSE_OF_USE), "AttributeValue"),
        "PurposeOfUse", who.accessMode().code(), io.github.eparcours.dmp.AccessMode.CODE_SYSTEM,
        io.github.eparcours.dmp.AccessMode.CODE_SYSTEM_NAME, who.accessMode().displayName());
    text(statement, VihfAttributes.LPS_NAME, lps.name());
    text(statement, VihfAttributes.LPS_VERSION, lps.version());
    lps.lpsId().ifPresent(v -> text(statement, VihfAttributes.LPS_ID, v));
    text(statement, VihfAttributes.LPS_HOMOLOGATION, lps.homologationNumber());
    sign(assertion, id, subject);
    return new Vihf(id, now, until, DmpXml.toBytes(doc));
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

  private void sign(Element assertion, String id, Element insertBefore) {
    XMLSignatureFactory f = DmpXml.signatureFactory();
    try {
      CanonicalizationMethod c14n = f.newCanonicalizationMethod(
          algorithms.canonicalizationMethod(), (C14NMethodParameterSpec) null);
      List<Transform> transforms = List.of(
          f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
          f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
      DigestMethod digest = f.newDigestMethod(algorithms.digestMethod(), null);
      Reference ref = f.newReference("#" + id, digest, transforms, null, null);
      SignedInfo si = f.newSignedInfo(c14n,
          f.newSignatureMethod(algorithms.signatureMethod(), null), List.of(ref));
      DOMSignContext ctx = new DOMSignContext(signingKey, assertion, insertBefore);
      ctx.setDefaultNamespacePrefix("ds");
      ctx.setIdAttributeNS(assertion, null, "ID");
      f.newXMLSignature(si, keyInfo).sign(ctx);
    } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNING_FAILED,
          "the VIHF could not be signed with " + algorithms.signatureMethod() + " ("
              + e.getClass().getSimpleName() + "); check that the signing key is an RSA key "
              + "matching the configured signature algorithm", e, false);
    }
  }

  private static Element saml(Element parent, String localName) {
    Element e = parent.getOwnerDocument().createElementNS(VihfAttributes.SAML_NS,
        "saml2:" + localName);
    parent.appendChild(e);
    return e;
  }

  private static Element attribute(Element statement, String name) {
    Element a = saml(statement, "Attribute");
    a.setAttribute("Name", name);
    return a;
  }

  private static void text(Element statement, String name, String value) {
    saml(attribute(statement, name), "AttributeValue").setTextContent(value);
  }

  private static void ce(Element parent, String localName, String code, String codeSystem,
      String codeSystemName, String displayName) {
    Element e = parent.getOwnerDocument().createElementNS(VihfAttributes.HL7_NS, localName);
    e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", VihfAttributes.HL7_NS);
    e.setAttribute("code", code);
    e.setAttribute("codeSystem", codeSystem);
    if (!codeSystemName.isEmpty()) {
      e.setAttribute("codeSystemName", codeSystemName);
    }
    if (!displayName.isEmpty()) {
      e.setAttribute("displayName", displayName);
    }
    e.setAttributeNS(VihfAttributes.XSI_NS, "xsi:type", "CE");
    parent.appendChild(e);
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
