package io.github.eparcours.dmp.vihf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.TestCredentials;
import io.github.eparcours.dmp.TestIdentities;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The assertion is written in canonical form by the SDK: every supported setting must verify. */
class VihfIssuerAlgorithmsTest {

  private static final TestCredentials CRED = TestCredentials.signing();

  private static VihfIssuer issuer(XmlSignatureSettings settings, LpsIdentity lps) {
    return VihfIssuer.builder().signingCredential(CRED.key(), CRED.certificate()).lps(lps)
        .algorithms(settings).build();
  }

  private static boolean jdkVerifies(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    doc.getDocumentElement().setIdAttribute("ID", true);
    Element sig = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
    DOMValidateContext ctx = new DOMValidateContext(CRED.certificate().getPublicKey(), sig);
    return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx).validate(ctx);
  }

  @ParameterizedTest
  @ValueSource(strings = {CanonicalizationMethod.EXCLUSIVE,
      CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS, CanonicalizationMethod.INCLUSIVE,
      CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS, "http://www.w3.org/2006/12/xml-c14n11"})
  void issue_eachCanonicalisation_signatureVerifiesIndependently(String c14n) throws Exception {
    VihfIssuer issuer = issuer(new XmlSignatureSettings(DigestMethod.SHA512,
        SignatureMethod.RSA_SHA512, c14n), TestIdentities.lps());

    Vihf vihf = issuer.issue(TestIdentities.doctor(), TestIdentities.PATIENT_CX);

    assertThat(jdkVerifies(vihf.xml())).isTrue();
  }

  @Test
  void issue_valuesWithMarkupCharacters_escapedAndSignatureVerifies() throws Exception {
    LpsIdentity lps = LpsIdentity.builder().name("Dossier & <Soins> \"Pro\" 'é'").version("1.0")
        .homologationNumber("H&1").build();

    Vihf vihf = issuer(XmlSignatureSettings.DEFAULT, lps).issue(TestIdentities.doctor(),
        TestIdentities.PATIENT_CX);

    assertThat(jdkVerifies(vihf.xml())).isTrue();
    assertThat(VihfVerifier.of(c -> true, Clock.systemUTC()).verify(vihf.xml())
        .all(VihfAttributes.LPS_NAME)).containsExactly("Dossier & <Soins> \"Pro\" 'é'");
  }

  @Test
  void issue_ecdsaSignatureMethod_refusedWithDmp0002() {
    VihfIssuer issuer = issuer(new XmlSignatureSettings(DigestMethod.SHA256,
        SignatureMethod.ECDSA_SHA256, CanonicalizationMethod.EXCLUSIVE), TestIdentities.lps());

    assertThatThrownBy(() -> issuer.issue(TestIdentities.doctor()))
        .isInstanceOf(EparcoursClientException.class)
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0002");
  }

  @Test
  void issue_unknownDigest_refusedWithDmp0002() {
    VihfIssuer issuer = issuer(new XmlSignatureSettings("urn:example:md5",
        SignatureMethod.RSA_SHA256, CanonicalizationMethod.EXCLUSIVE), TestIdentities.lps());

    assertThatThrownBy(() -> issuer.issue(TestIdentities.doctor()))
        .isInstanceOf(EparcoursClientException.class)
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0002");
  }
}
