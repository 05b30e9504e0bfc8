package io.github.eparcours.dmp.vihf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.identity.Finess;
import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;
import io.github.eparcours.core.identity.Rpps;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.dmp.AccessMode;
import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthenticationMode;
import io.github.eparcours.dmp.SubjectRole;
import io.github.eparcours.dmp.TestCredentials;
import io.github.eparcours.dmp.TestIdentities;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class VihfIssuerTest {

  private static final TestCredentials CRED = TestCredentials.signing();

  private static VihfIssuer issuer() {
    return VihfIssuer.builder().signingCredential(CRED.key(), CRED.certificate())
        .lps(TestIdentities.lps()).build();
  }

  /** Verification path independent of the SDK: plain JDK parser and validator. */
  private static boolean jdkVerifies(byte[] xml, X509Certificate cert) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Element root = doc.getDocumentElement();
    root.setIdAttribute("ID", true);
    Element sig = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
    DOMValidateContext ctx = new DOMValidateContext(cert.getPublicKey(), sig);
    return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx).validate(ctx);
  }

  @Test
  void issue_professional_signatureVerifiesIndependently() throws Exception {
    Vihf vihf = issuer().issue(TestIdentities.doctor(), TestIdentities.PATIENT_CX);

    assertThat(jdkVerifies(vihf.xml(), CRED.certificate())).isTrue();
  }

  @Test
  void issue_signingKeyMaterial_issuerIsItsCertificateAndSignatureVerifies() throws Exception {
    KeyMaterial signing = TestCredentials.signingKeyMaterial();
    VihfIssuer fromKeyMaterial = VihfIssuer.builder().signingCredential(signing)
        .lps(TestIdentities.lps()).build();

    Vihf vihf = fromKeyMaterial.issue(TestIdentities.doctor(), TestIdentities.PATIENT_CX);

    assertThat(fromKeyMaterial.certificate()).isEqualTo(signing.certificate());
    assertThat(jdkVerifies(vihf.xml(), signing.certificate())).isTrue();
    assertThat(VihfVerifier.of(c -> true, Clock.systemUTC()).verify(vihf.xml()).issuer())
        .isEqualTo(signing.certificate().getSubjectX500Principal().getName(X500Principal.RFC2253));
  }

  @Test
  void signingCredential_tlsClientKeyMaterial_refusedWithDmp0003() {
    KeyMaterial tls = TestCredentials.tlsClientKeyMaterial();

    assertThatThrownBy(() -> VihfIssuer.builder().signingCredential(tls))
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> {
          assertThat(e.code().value()).isEqualTo("DMP-0003");
          assertThat(e.getMessage()).contains("KeyRole.SIGNATURE");
        });
  }

  @Test
  void issue_oneAttributeChanged_signatureBreaks() throws Exception {
    String xml = issuer().issue(TestIdentities.doctor(), TestIdentities.PATIENT_CX).xmlText();
    assertThat(xml).contains(">SA07^");

    String tampered = xml.replace(">SA07^", ">SA01^");

    assertThat(jdkVerifies(tampered.getBytes(StandardCharsets.UTF_8), CRED.certificate()))
        .isFalse();
  }

  @Test
  void issue_professional_carriesEveryReferenceAttribute() {
    Vihf vihf = issuer().issue(TestIdentities.doctor(), TestIdentities.PATIENT_CX);

    VerifiedVihf v = VihfVerifier.of(c -> true, Clock.systemUTC()).verify(vihf.xml());

    assertThat(v.issuer()).isEqualTo(
        CRED.certificate().getSubjectX500Principal().getName(X500Principal.RFC2253));
    assertThat(v.subjectId()).isEqualTo("899900077985");
    assertThat(v.first(VihfAttributes.VERSION)).contains("3.0");
    assertThat(v.first(VihfAttributes.AUTHENTICATION_MODE)).contains("INDIRECTE");
    assertThat(v.all(VihfAttributes.SUBJECT_ROLE))
        .containsExactly("10^1.2.250.1.71.1.2.7", "SM26^1.2.250.1.71.4.2.5");
    assertThat(v.first(VihfAttributes.SECTOR)).contains("SA07^1.2.250.1.71.4.2.4");
    assertThat(v.first(VihfAttributes.STRUCTURE_ID)).contains("1750712184");
    assertThat(v.first(VihfAttributes.SUBJECT_ID)).contains("Jean Kit");
    assertThat(v.first(VihfAttributes.RESOURCE_ID)).contains(TestIdentities.PATIENT_CX);
    assertThat(v.first(VihfAttributes.RESOURCE_URN)).contains("urn:dmp");
    assertThat(v.first(VihfAttributes.PURPOSE_OF_USE)).contains("normal^1.2.250.1.213.1.1.4.248");
    assertThat(v.first(VihfAttributes.LPS_NAME)).contains("TestLPS");
    assertThat(v.first(VihfAttributes.LPS_VERSION)).contains("1.0");
    assertThat(v.first(VihfAttributes.LPS_ID)).contains("1.2.250.1.999.1");
    assertThat(v.first(VihfAttributes.LPS_HOMOLOGATION)).contains("HOMOLOG-TEST-0001");
  }

  @Test
  void issue_identifiersBuiltFromRppsAndFiness_writtenAsTheirIdNatValues() {
    var who = ActingIdentity.professional(IdNatPs.ofRpps(Rpps.parse("99900077985")), "Jean Kit")
        .role(SubjectRole.profession("10", "Médecin"))
        .structure(IdNatStruct.ofFiness(Finess.parse("750712184"))).sector("SA07").build();

    VerifiedVihf v = VihfVerifier.of(c -> true, Clock.systemUTC()).verify(issuer().issue(who).xml());

    assertThat(v.subjectId()).isEqualTo("899900077985");
    assertThat(v.first(VihfAttributes.STRUCTURE_ID)).contains("1750712184");
    assertThat(v.first(VihfAttributes.SUBJECT_ID)).contains("Jean Kit");
  }

  @Test
  void issue_automatonInEmergencyWithReinforcedAuth_carriesThoseValues() {
    var who = TestIdentities.automaton().toBuilder()
        .authenticationMode(AuthenticationMode.INDIRECTE_RENFORCEE)
        .accessMode(AccessMode.EMERGENCY).build();

    VerifiedVihf v = VihfVerifier.of(c -> true, Clock.systemUTC())
        .verify(issuer().toBuilder().version("4.0").build().issue(who).xml());

    assertThat(v.subjectId()).isEqualTo("1750712184");
    assertThat(v.all(VihfAttributes.SUBJECT_ROLE)).containsExactly("AUTOMATE^1.2.250.1.213.1.1.4.6");
    assertThat(v.first(VihfAttributes.AUTHENTICATION_MODE)).contains("INDIRECTE_RENFORCEE");
    assertThat(v.first(VihfAttributes.PURPOSE_OF_USE)).hasValueSatisfying(
        p -> assertThat(p).startsWith("bris_de_glace^"));
    assertThat(v.first(VihfAttributes.VERSION)).contains("4.0");
    assertThat(v.first(VihfAttributes.RESOURCE_ID)).isEmpty();
  }

  @Test
  void issue_any_idIsValidXsIdAndUnique() {
    Vihf a = issuer().issue(TestIdentities.doctor());
    Vihf b = issuer().issue(TestIdentities.doctor());

    assertThat(a.id()).matches("_[0-9a-f-]{36}");
    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(a.notOnOrAfter()).isAfter(a.issueInstant());
  }

  @Test
  void issue_expiredCertificate_refusedWithDmp0003() {
    TestCredentials expired = TestCredentials.signing(
        Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
    VihfIssuer i = VihfIssuer.builder().signingCredential(expired.key(), expired.certificate())
        .lps(TestIdentities.lps()).build();

    assertThatThrownBy(() -> i.issue(TestIdentities.doctor()))
        .isInstanceOf(EparcoursClientException.class)
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0003");
  }

  @Test
  void issue_sha1Configured_signsWithSha1() {
    VihfIssuer sha1 = issuer().toBuilder().algorithms(new XmlSignatureSettings(
        "http://www.w3.org/2000/09/xmldsig#sha1", "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
        XmlSignatureSettings.DEFAULT.canonicalizationMethod())).build();

    String xml = sha1.issue(TestIdentities.doctor()).xmlText();

    assertThat(xml).contains("xmldsig#rsa-sha1").contains("xmldsig#sha1");
  }

  @Test
  void verify_tamperedAssertion_rejectedWithDmp0005() {
    String xml = issuer().issue(TestIdentities.doctor()).xmlText()
        .replace("HOMOLOG-TEST-0001", "HOMOLOG-TEST-0002");

    assertThatThrownBy(() -> VihfVerifier.of(c -> true, Clock.systemUTC())
        .verify(xml.getBytes(StandardCharsets.UTF_8)))
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0005");
  }

  @Test
  void verify_untrustedCertificate_rejectedWithDmp0005() {
    byte[] xml = issuer().issue(TestIdentities.doctor()).xml();

    assertThatThrownBy(() -> VihfVerifier.of(c -> false, Clock.systemUTC()).verify(xml))
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0005");
  }

  @Test
  void verify_afterValidity_rejectedWithDmp0006() {
    byte[] xml = issuer().issue(TestIdentities.doctor()).xml();
    Clock later = Clock.fixed(Instant.now().plusSeconds(3600), ZoneOffset.UTC);

    assertThatThrownBy(() -> VihfVerifier.of(c -> true, later).verify(xml))
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0006");
  }

  @Test
  void verify_unsignedAssertion_rejectedWithDmp0004() {
    String xml = issuer().issue(TestIdentities.doctor()).xmlText()
        .replaceAll("(?s)<ds:Signature.*</ds:Signature>", "");

    assertThatThrownBy(() -> VihfVerifier.of(c -> true, Clock.systemUTC())
        .verify(xml.getBytes(StandardCharsets.UTF_8)))
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0004");
  }

  @Test
  void verify_doctype_rejectedWithDmp0004() {
    byte[] xml = ("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
        + "<saml2:Assertion xmlns:saml2='urn:oasis:names:tc:SAML:2.0:assertion'>&e;"
        + "</saml2:Assertion>").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> VihfVerifier.of(c -> true, Clock.systemUTC()).verify(xml))
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0004");
  }
}
