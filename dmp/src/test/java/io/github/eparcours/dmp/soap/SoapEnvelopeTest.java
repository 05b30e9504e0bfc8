package io.github.eparcours.dmp.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.TestCredentials;
import io.github.eparcours.dmp.TestIdentities;
import io.github.eparcours.dmp.internal.DmpXml;
import io.github.eparcours.dmp.vihf.VerifiedVihf;
import io.github.eparcours.dmp.vihf.Vihf;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.dmp.vihf.VihfVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SoapEnvelopeTest {

  private static final TestCredentials CRED = TestCredentials.signing();
  private static final String ACTION = "urn:ihe:iti:2007:RegistryStoredQuery";

  private static Vihf vihf() {
    return VihfIssuer.builder().signingCredential(CRED.key(), CRED.certificate())
        .lps(TestIdentities.lps()).build().issue(TestIdentities.doctor(), TestIdentities.PATIENT_CX);
  }

  private static byte[] envelope(WsAddressing wsa, Vihf vihf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SoapWriter.write(out, wsa, vihf, w -> {
      w.writeStartElement("query", "AdhocQueryRequest", SoapNamespaces.QUERY);
      w.writeNamespace("query", SoapNamespaces.QUERY);
      w.writeCharacters("x");
      w.writeEndElement();
    });
    return out.toByteArray();
  }

  @Test
  void write_request_headersAndBodyReadBack() {
    WsAddressing wsa = WsAddressing.request(ACTION, "https://dmp.example/registry");

    SoapMessage m = SoapMessage.parse(envelope(wsa, vihf()));

    assertThat(m.addressing()).isEqualTo(wsa);
    assertThat(m.addressing().messageId()).startsWith("urn:uuid:");
    assertThat(m.bodyElement().getLocalName()).isEqualTo("AdhocQueryRequest");
    assertThat(m.fault()).isEmpty();
  }

  @Test
  void write_withVihf_embeddedAssertionStillVerifies() {
    SoapMessage m = SoapMessage.parse(envelope(
        WsAddressing.request(ACTION, "https://dmp.example/registry"), vihf()));

    Element assertion = m.securityAssertion().orElseThrow();
    VerifiedVihf v = VihfVerifier.of(c -> c.equals(CRED.certificate()), Clock.systemUTC())
        .verify(assertion);

    assertThat(v.subjectId()).isEqualTo("899900077985");
  }

  @Test
  void write_withVihf_assertionBytesEmbeddedUnchanged() {
    Vihf vihf = vihf();

    String envelope = new String(envelope(
        WsAddressing.request(ACTION, "https://dmp.example/registry"), vihf),
        StandardCharsets.UTF_8);

    assertThat(envelope).contains(vihf.xmlText());
  }

  @Test
  void write_vihfWithXmlDeclaration_declarationLeftOutAndAssertionStillVerifies() {
    Vihf issued = vihf();
    Vihf declared = Vihf.ofSigned(issued.id(), issued.issueInstant(), issued.notOnOrAfter(),
        ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + issued.xmlText())
            .getBytes(StandardCharsets.UTF_8));

    SoapMessage m = SoapMessage.parse(envelope(
        WsAddressing.request(ACTION, "https://dmp.example/registry"), declared));

    assertThat(VihfVerifier.of(c -> c.equals(CRED.certificate()), Clock.systemUTC())
        .verify(m.securityAssertion().orElseThrow()).id()).isEqualTo(issued.id());
  }

  @Test
  void write_actionHeader_isMustUnderstand() {
    String xml = new String(envelope(WsAddressing.request(ACTION, "https://x/"), null),
        StandardCharsets.UTF_8);

    assertThat(xml).contains("mustUnderstand=\"true\">" + ACTION + "<");
  }

  @Test
  void write_reply_carriesRelatesTo() {
    WsAddressing reply = WsAddressing.reply(ACTION + "Response", "urn:uuid:1234");

    SoapMessage m = SoapMessage.parse(envelope(reply, null));

    assertThat(m.addressing().relatesTo()).contains("urn:uuid:1234");
    assertThat(m.addressing().to()).isEmpty();
    assertThat(m.securityAssertion()).isEmpty();
  }

  @Test
  void write_domBody_copiedWithNamespaces() {
    Document d = DmpXml.newDocument();
    Element e = d.createElementNS(SoapNamespaces.RS, "rs:RegistryResponse");
    e.setAttribute("status", "urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success");
    Element c = d.createElementNS(SoapNamespaces.RIM, "rim:Slot");
    e.appendChild(c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    SoapWriter.write(out, WsAddressing.reply("a", "b"), null, SoapWriter.BodyContent.of(e));
    Element body = SoapMessage.parse(out.toByteArray()).bodyElement();

    assertThat(body.getNamespaceURI()).isEqualTo(SoapNamespaces.RS);
    assertThat(body.getFirstChild().getNamespaceURI()).isEqualTo(SoapNamespaces.RIM);
  }

  @Test
  void fault_senderWithSubcode_parsed() {
    String xml = "<env:Envelope xmlns:env='http://www.w3.org/2003/05/soap-envelope'><env:Body>"
        + "<env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode>"
        + "<env:Value>wsse:InvalidSecurity</env:Value></env:Subcode></env:Code>"
        + "<env:Reason><env:Text xml:lang='fr'>VIHF invalide</env:Text></env:Reason>"
        + "<env:Detail>d</env:Detail></env:Fault></env:Body></env:Envelope>";

    SoapFault f = SoapMessage.parse(xml.getBytes(StandardCharsets.UTF_8)).fault().orElseThrow();

    assertThat(f.code()).isEqualTo("env:Sender");
    assertThat(f.subcodes()).containsExactly("wsse:InvalidSecurity");
    assertThat(f.reason()).isEqualTo("VIHF invalide");
    assertThat(f.detail()).isEqualTo("d");
    assertThat(f.isReceiverFault()).isFalse();
  }

  @Test
  void parse_soap11Envelope_rejectedWithDmp0101() {
    byte[] xml = "<e:Envelope xmlns:e='http://schemas.xmlsoap.org/soap/envelope/'><e:Body/></e:Envelope>"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SoapMessage.parse(xml))
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0101");
  }

  @Test
  void parse_externalEntity_rejectedWithDmp0101() {
    byte[] xml = ("<?xml version='1.0'?><!DOCTYPE e [<!ENTITY x SYSTEM 'file:///etc/hostname'>]>"
        + "<env:Envelope xmlns:env='http://www.w3.org/2003/05/soap-envelope'><env:Body>&x;"
        + "</env:Body></env:Envelope>").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SoapMessage.parse(xml))
        .isInstanceOf(EparcoursClientException.class)
        .hasMessageContaining("DOCTYPE")
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0101");
  }

  @Test
  void read_mtomMessage_envelopeThenAttachments() throws IOException {
    MtomWriter mw = new MtomWriter(Mime.newBoundary(), "root@x", ACTION);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] env = envelope(WsAddressing.request(ACTION, "https://x/"), null);
    mw.write(out, o -> o.write(env), List.of(Attachment.ofBytes("d@x", "application/pdf",
        "PDF".getBytes(StandardCharsets.US_ASCII))));

    try (IncomingMessage m = IncomingMessage.read(mw.contentType(),
        new ByteArrayInputStream(out.toByteArray()), 1 << 20)) {
      assertThat(m.isMultipart()).isTrue();
      assertThat(m.envelope().action()).contains(ACTION);
      MultipartReader.Part p = m.nextAttachment().orElseThrow();
      assertThat(p.contentId()).contains("d@x");
      assertThat(p.body().readAllBytes()).isEqualTo("PDF".getBytes(StandardCharsets.US_ASCII));
      assertThat(m.nextAttachment()).isEmpty();
    }
  }

  @Test
  void read_htmlErrorPage_rejectedWithDmp0101() {
    assertThatThrownBy(() -> IncomingMessage.read("text/html", new ByteArrayInputStream(
        "<html/>".getBytes(StandardCharsets.UTF_8)), 1000))
        .hasMessageContaining("text/html")
        .extracting(e -> ((EparcoursClientException) e).code().value()).isEqualTo("DMP-0101");
  }
}
