package io.github.eparcours.dmp.vihf;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.DmpErrors;
import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.internal.Dom;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Verifies a received VIHF: structure, XML signature (enveloped, over the assertion itself,
 * with the key of the embedded certificate), Issuer equal to that certificate's subject DN,
 * validity window, trust in the certificate, and the presence of the required attributes.
 *
 * <p>Used by the DMP fake of the testkit; vendors may use it to check what they send. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class VihfVerifier {

  private final Predicate<X509Certificate> trust;
  private final Clock clock;
  private final Duration clockSkew;

  private VihfVerifier(Predicate<X509Certificate> trust, Clock clock, Duration clockSkew) {
    this.trust = trust;
    this.clock = clock;
    this.clockSkew = clockSkew;
  }

  /**
   * Returns a verifier.
   *
   * @param trust decides whether a signing certificate is trusted (e.g. issued by the expected
   *     CA); called after the signature verified
   * @param clock the clock for the validity window
   * @return the verifier, with a clock skew tolerance of one minute
   */
  public static VihfVerifier of(Predicate<X509Certificate> trust, Clock clock) {
    return new VihfVerifier(Objects.requireNonNull(trust, "trust"),
        Objects.requireNonNull(clock, "clock"), Duration.ofMinutes(1));
  }

  /**
   * Verifies a serialised assertion.
   *
   * @param xml the {@code saml2:Assertion} bytes
   * @return what the assertion states
   * @throws EparcoursClientException DMP-0004 malformed or incomplete, DMP-0005 signature invalid
   *     or certificate untrusted, DMP-0006 outside its validity
   */
  public VerifiedVihf verify(byte[] xml) {
    Document doc;
    try {
      doc = DmpXml.parse(xml, "the VIHF assertion");
    } catch (EparcoursClientException e) {
      throw malformed("it is not well-formed XML");
    }
    return verify(doc.getDocumentElement());
  }

  /**
   * Verifies an assertion element. The element's document is not modified except for the
   * registration of its {@code ID} attribute.
   *
   * @param assertion the {@code saml2:Assertion} element
   * @return what the assertion states
   * @throws EparcoursClientException DMP-0004 malformed or incomplete, DMP-0005 signature invalid
   *     or certificate untrusted, DMP-0006 outside its validity
   */
  public VerifiedVihf verify(Element assertion) {
    if (!VihfAttributes.SAML_NS.equals(assertion.getNamespaceURI())
        || !"Assertion".equals(assertion.getLocalName())) {
      throw malformed("the element is not a SAML 2.0 Assertion");
    }
    String id = assertion.getAttribute("ID");
    if (id.isEmpty()) {
      throw malformed("the Assertion has no ID");
    }
    assertion.setIdAttribute("ID", true);
    Element signature = Dom.child(assertion, XMLSignature.XMLNS, "Signature");
    if (signature == null) {
      throw malformed("the Assertion is not signed (no ds:Signature child)");
    }
    X509Certificate cert = embeddedCertificate(signature);
    verifySignature(signature, id, cert);
    if (!trust.test(cert)) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNATURE_INVALID,
          "the VIHF is signed by a certificate that is not trusted ("
              + cert.getSubjectX500Principal().getName(X500Principal.RFC2253)
              + "); sign with the structure's IGC-Santé signature certificate", null, false);
    }
    Element issuer = Dom.child(assertion, VihfAttributes.SAML_NS, "Issuer");
    String issuerDn = issuer == null ? "" : issuer.getTextContent().trim();
    if (issuerDn.isEmpty() || !new X500Principal(issuerDn).equals(cert.getSubjectX500Principal())) {
      throw malformed("the Issuer is not the subject DN of the signing certificate");
    }
    checkWindow(assertion);
    Element subject = Dom.child(assertion, VihfAttributes.SAML_NS, "Subject");
    Element nameId = subject == null ? null : Dom.child(subject, VihfAttributes.SAML_NS, "NameID");
    if (nameId == null || nameId.getTextContent().isBlank()) {
      throw malformed("Subject/NameID is missing");
    }
    Map<String, List<String>> attributes = attributes(assertion);
    for (String required : VihfAttributes.ALWAYS_REQUIRED) {
      if (!attributes.containsKey(required)) {
        throw malformed("the required attribute " + required + " is missing");
      }
    }
    return new VerifiedVihf(id, issuerDn, nameId.getTextContent().trim(), cert, attributes);
  }

  private static X509Certificate embeddedCertificate(Element signature) {
    NodeList certs = signature.getElementsByTagNameNS(XMLSignature.XMLNS, "X509Certificate");
    if (certs.getLength() != 1) {
      throw malformed("the signature must carry exactly one X509Certificate in its KeyInfo");
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(certs.item(0).getTextContent());
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | IllegalArgumentException e) {
      throw malformed("the KeyInfo certificate cannot be decoded");
    }
  }

  private static void verifySignature(Element signature, String id, X509Certificate cert) {
    DOMValidateContext ctx = new DOMValidateContext(cert.getPublicKey(), signature);
    ctx.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
    boolean valid;
    try {
      XMLSignature sig = DmpXml.signatureFactory().unmarshalXMLSignature(ctx);
      List<?> refs = sig.getSignedInfo().getReferences();
      // A single reference to the assertion itself: anything else allows signature wrapping.
      if (refs.size() != 1 || !("#" + id).equals(((Reference) refs.get(0)).getURI())) {
        throw new EparcoursClientException(DmpErrors.VIHF_SIGNATURE_INVALID,
            "the VIHF signature does not cover the assertion (its single Reference must be #ID)",
            null, false);
      }
      valid = sig.validate(ctx);
    } catch (MarshalException | XMLSignatureException e) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNATURE_INVALID,
          "the VIHF signature cannot be processed (" + e.getClass().getSimpleName()
              + "); it must be an enveloped XML-DSig signature of the assertion", e, false);
    }
    if (!valid) {
      throw new EparcoursClientException(DmpErrors.VIHF_SIGNATURE_INVALID,
          "the VIHF signature does not verify: the assertion was altered after signing or "
              + "signed with another key", null, false);
    }
  }

  private void checkWindow(Element assertion) {
    Element conditions = Dom.child(assertion, VihfAttributes.SAML_NS, "Conditions");
    if (conditions == null) {
      return;
    }
    Instant now = clock.instant();
    try {
      String nb = conditions.getAttribute("NotBefore");
      String na = conditions.getAttribute("NotOnOrAfter");
      if (!nb.isEmpty() && now.plus(clockSkew).isBefore(Instant.parse(nb))) {
        throw expired("it is not valid yet (NotBefore is in the future)");
      }
      if (!na.isEmpty() && !now.minus(clockSkew).isBefore(Instant.parse(na))) {
        throw expired("it has expired (NotOnOrAfter has passed)");
      }
    } catch (DateTimeParseException e) {
      throw malformed("Conditions carry a time that is not an xs:dateTime in UTC");
    }
  }

  private static Map<String, List<String>> attributes(Element assertion) {
    Element statement = Dom.child(assertion, VihfAttributes.SAML_NS, "AttributeStatement");
    if (statement == null) {
      throw malformed("the AttributeStatement is missing");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Node n = statement.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element) || !"Attribute".equals(n.getLocalName())) {
        continue;
      }
      Element a = (Element) n;
      List<String> values = new ArrayList<>();
      for (Node v = a.getFirstChild(); v != null; v = v.getNextSibling()) {
        if (v instanceof Element && "AttributeValue".equals(v.getLocalName())) {
          Element coded = Dom.firstChild((Element) v);
          values.add(coded == null ? v.getTextContent().trim()
              : coded.getAttribute("code") + "^" + coded.getAttribute("codeSystem"));
        }
      }
      if (!values.isEmpty()) {
        out.put(a.getAttribute("Name"), Collections.unmodifiableList(values));
      }
    }
    return out;
  }

  private static EparcoursClientException malformed(String why) {
    return new EparcoursClientException(DmpErrors.VIHF_MALFORMED,
        "the VIHF is not acceptable: " + why, null, false);
  }

  private static EparcoursClientException expired(String why) {
    return new EparcoursClientException(DmpErrors.VIHF_EXPIRED,
        "the VIHF is outside its validity window: " + why
            + "; issue one assertion per request and check the clock", null, false);
  }
}
