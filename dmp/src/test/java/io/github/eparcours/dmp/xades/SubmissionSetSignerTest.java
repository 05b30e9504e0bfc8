package io.github.eparcours.dmp.xades;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.document.xds.Association;
import io.github.eparcours.core.document.xds.AssociationType;
import io.github.eparcours.core.document.xds.Cx;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.document.xds.XdsIds;
import io.github.eparcours.dmp.TestCredentials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SubmissionSetSignerTest {

  private static final TestCredentials CRED = TestCredentials.signing();
  private static final String PATIENT = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";
  private static final byte[] CDA = "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8);

  private static SubmissionRequest request() {
    DocumentContent c = DocumentContent.ofBytes(CDA);
    DocumentEntry e = DocumentEntry.builder().entryUuid(XdsIds.newEntryUuid())
        .uniqueId("1.2.3.4.5").patientId(Cx.parse(PATIENT))
        .healthcareFacilityTypeCode(Code.of("SA07", "1.2.250.1.71.4.2.4")).hashAndSize(c).build();
    SubmissionSet ss = SubmissionSet.builder().entryUuid(XdsIds.newEntryUuid()).uniqueId("1.2.3.9")
        .sourceId("1.2.3").patientId(Cx.parse(PATIENT)).build();
    return SubmissionRequest.builder().submissionSet(ss).addDocument(e, c)
        .addAssociation(Association.hasMember(ss.entryUuid(), e.entryUuid())).build();
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static byte[] signatureBytes(SubmissionRequest signed) throws Exception {
    DocumentEntry sig = signed.documentEntries().get(signed.documentEntries().size() - 1);
    return signed.content(sig.entryUuid()).orElseThrow().openStream().readAllBytes();
  }

  @Test
  void sign_submission_addsSignatureEntryAndSignsAssociation() {
    SubmissionRequest in = request();

    SubmissionRequest out = SubmissionSetSigner.of(CRED.key(), CRED.certificate()).sign(in);

    assertThat(out.documentEntries()).hasSize(2);
    DocumentEntry sig = out.documentEntries().get(1);
    assertThat(sig.formatCode().orElseThrow().code()).isEqualTo("http://www.w3.org/2000/09/xmldsig#");
    assertThat(sig.patientId()).isEqualTo(in.documentEntries().get(0).patientId());
    assertThat(out.associations()).anySatisfy(a -> {
      assertThat(a.type()).isEqualTo(AssociationType.SIGNS);
      assertThat(a.sourceUuid()).isEqualTo(sig.entryUuid());
      assertThat(a.targetUuid()).isEqualTo(in.submissionSet().entryUuid());
    });
  }

  @Test
  void sign_submission_signatureVerifiesIndependentlyAndManifestDigestsTheDocument()
      throws Exception {
    SubmissionRequest out = SubmissionSetSigner.of(CRED.key(), CRED.certificate()).sign(request());
    Document doc = parse(signatureBytes(out));
    Element sp = (Element) doc.getElementsByTagNameNS(SubmissionSetSigner.XADES_NS,
        "SignedProperties").item(0);
    sp.setIdAttribute("Id", true);
    Element manifest = (Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Manifest").item(0);
    manifest.setIdAttribute("Id", true);
    DOMValidateContext ctx = new DOMValidateContext(CRED.certificate().getPublicKey(),
        doc.getDocumentElement());

    assertThat(XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx).validate(ctx))
        .isTrue();
    NodeList refs = manifest.getElementsByTagNameNS(XMLSignature.XMLNS, "Reference");
    assertThat(((Element) refs.item(1)).getAttribute("URI")).isEqualTo("urn:oid:1.2.3.4.5");
    String digest = ((Element) refs.item(1)).getElementsByTagNameNS(XMLSignature.XMLNS,
        "DigestValue").item(0).getTextContent();
    assertThat(digest).isEqualTo(Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(CDA)));
    assertThat(doc.getElementsByTagNameNS(SubmissionSetSigner.XADES_NS, "SigningTime")
        .getLength()).isEqualTo(1);
  }

  @Test
  void sign_manifestAlteredAfterSigning_signatureBreaks() throws Exception {
    SubmissionRequest out = SubmissionSetSigner.of(CRED.key(), CRED.certificate()).sign(request());
    String xml = new String(signatureBytes(out), StandardCharsets.UTF_8)
        .replace("urn:oid:1.2.3.4.5", "urn:oid:1.2.3.4.6");
    Document doc = parse(xml.getBytes(StandardCharsets.UTF_8));
    ((Element) doc.getElementsByTagNameNS(SubmissionSetSigner.XADES_NS, "SignedProperties")
        .item(0)).setIdAttribute("Id", true);
    ((Element) doc.getElementsByTagNameNS(XMLSignature.XMLNS, "Manifest").item(0))
        .setIdAttribute("Id", true);
    DOMValidateContext ctx = new DOMValidateContext(CRED.certificate().getPublicKey(),
        doc.getDocumentElement());

    assertThat(XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(ctx).validate(ctx))
        .isFalse();
  }
}
