package io.github.eparcours.testkit.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.dmp.ActingIdentity;
import io.github.eparcours.dmp.AuthorizationAction;
import io.github.eparcours.dmp.LpsIdentity;
import io.github.eparcours.dmp.internal.Dom;
import io.github.eparcours.dmp.internal.PatientsWire;
import io.github.eparcours.dmp.soap.Attachment;
import io.github.eparcours.dmp.soap.IncomingMessage;
import io.github.eparcours.dmp.soap.Mime;
import io.github.eparcours.dmp.soap.MtomWriter;
import io.github.eparcours.dmp.soap.SoapNamespaces;
import io.github.eparcours.dmp.soap.SoapWriter;
import io.github.eparcours.dmp.soap.WsAddressing;
import io.github.eparcours.dmp.vihf.Vihf;
import io.github.eparcours.dmp.vihf.VihfIssuer;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import io.github.eparcours.testkit.dmp.WireFixtures.Doc;
import io.github.eparcours.testkit.dmp.internal.Xds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FakeDmpTest {

  static final String PATIENT = "279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH";
  static TestPki pki;
  static FakeDmp fake;
  static HttpClient http;
  static VihfIssuer vihfIssuer;

  record Answer(int httpStatus, Element body, List<byte[]> attachments) {
    String status() {
      return body.getAttribute("status");
    }

    List<String> errorCodes() {
      List<String> codes = new ArrayList<>();
      var nodes = body.getElementsByTagNameNS(SoapNamespaces.RS, "RegistryError");
      for (int i = 0; i < nodes.getLength(); i++) {
        codes.add(((Element) nodes.item(i)).getAttribute("errorCode"));
      }
      return codes;
    }
  }

  @BeforeAll
  static void start() {
    pki = TestPki.create();
    IssuedCredential server = pki.serverCertificate("localhost", "127.0.0.1");
    fake = FakeDmp.builder().sslContext(pki.serverSslContext(server, true))
        .vihfIssuers(pki.intermediateCertificate()).openDmp(PATIENT).start();
    IssuedCredential sign = pki.signingCertificate("HOPITAL TEST SIGN");
    vihfIssuer = VihfIssuer.builder().signingCredential(sign.privateKey(), sign.certificate())
        .lps(LpsIdentity.builder().name("T").version("1").homologationNumber("H").build()).build();
    http = client(pki.clientSslContext(pki.clientCertificate("HOPITAL TEST AUTH")));
    authorize("899900077985", PATIENT);
  }

  /** Gives the professional's access authorisation on the wire, as a vendor's client does. */
  static void authorize(String idNatPs, String patientCx) {
    try {
      Answer a = call("habilitations", PatientsWire.ACTION_SET_AUTHORIZATION,
          vihfIssuer.issue(doctor(idNatPs), patientCx),
          PatientsWire.setAuthorizationRequest(AuthorizationAction.ADD), List.of());
      assertThat(a.httpStatus()).isEqualTo(200);
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static HttpClient client(SSLContext ssl) {
    return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  static ActingIdentity doctor(String idNatPs) {
    return DmpClientLifecycleTest.doctor(idNatPs);
  }

  static Answer call(String service, String action, Vihf vihf, SoapWriter.BodyContent body,
      List<Attachment> atts) throws IOException, InterruptedException {
    URI uri = URI.create(fake.baseUri() + "/" + service);
    WsAddressing wsa = WsAddressing.request(action, uri.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String contentType;
    if (atts.isEmpty()) {
      SoapWriter.write(out, wsa, vihf, body);
      contentType = Mime.SOAP_XML + "; charset=UTF-8";
    } else {
      MtomWriter mtom = new MtomWriter(Mime.newBoundary(), "root@t", action);
      mtom.write(out, o -> SoapWriter.write(o, wsa, vihf, body), atts);
      contentType = mtom.contentType();
    }
    HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(uri)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (IncomingMessage m = IncomingMessage.read(
        r.headers().firstValue("Content-Type").orElse(""), r.body(), 1 << 20)) {
      assertThat(m.envelope().addressing().relatesTo()).contains(wsa.messageId());
      List<byte[]> parts = new ArrayList<>();
      for (var p = m.nextAttachment(); p.isPresent(); p = m.nextAttachment()) {
        parts.add(p.get().body().readAllBytes());
      }
      return new Answer(r.statusCode(), m.envelope().bodyElement(), parts);
    }
  }

  static Answer feed(Doc d, byte[] content) throws Exception {
    return call("repository", Xds.ACTION_ITI41, vihfIssuer.issue(doctor("899900077985"),
        d.patientCx()), WireFixtures.provideAndRegister(d),
        List.of(Attachment.ofBytes(d.cid(), "application/octet-stream", content)));
  }

  static String newUid() {
    return "1.2.250.1.999.1." + Math.abs(UUID.randomUUID().getLeastSignificantBits());
  }

  static String entryUuidOf(String uniqueId) throws Exception {
    Answer a = call("registry", Xds.ACTION_ITI18, vihfIssuer.issue(doctor("899900077985"), PATIENT),
        WireFixtures.findDocuments(PATIENT, Xds.APPROVED, Xds.ARCHIVED), List.of());
    for (Element eo : Dom.children(Dom.child(a.body(), SoapNamespaces.RIM, "RegistryObjectList"),
        SoapNamespaces.RIM, "ExtrinsicObject")) {
      for (Element x : Dom.children(eo, SoapNamespaces.RIM, "ExternalIdentifier")) {
        if (x.getAttribute("value").equals(uniqueId)) {
          return eo.getAttribute("id");
        }
      }
    }
    return null;
  }

  @Test
  void feed_validSubmission_registeredAndRecorded() throws Exception {
    String uid = newUid();
    byte[] content = "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8);

    Answer a = feed(Doc.of(PATIENT, uid, "doc@t"), content);

    assertThat(a.status()).isEqualTo(Xds.SUCCESS);
    assertThat(fake.registeredCount(uid)).isEqualTo(1);
    RecordedRequest last = fake.requests().get(fake.requests().size() - 1);
    assertThat(last.action()).isEqualTo(Xds.ACTION_ITI41);
    assertThat(last.clientCertificateSubject()).contains("HOPITAL TEST AUTH");
    assertThat(last.verifiedVihf()).isPresent();
    assertThat(last.attachmentSizes()).containsExactly((long) content.length);
  }

  @Test
  void feed_sameUniqueIdTwice_secondRefusedAsDuplicate() throws Exception {
    String uid = newUid();
    byte[] content = "<a/>".getBytes(StandardCharsets.UTF_8);
    feed(Doc.of(PATIENT, uid, "doc@t"), content);

    Answer again = feed(Doc.of(PATIENT, uid, "doc@t"), content);

    assertThat(again.status()).isEqualTo(Xds.FAILURE);
    assertThat(again.errorCodes()).containsExactly("XDSDuplicateUniqueIdInRegistry");
    assertThat(fake.registeredCount(uid)).isEqualTo(1);
  }

  @Test
  void feed_productionInsOnTestFake_refusedAsUnknownPatient() throws Exception {
    String prod = "279035121518989^^^&1.2.250.1.213.1.4.8&ISO^NH";
    fake.openDmp(prod);

    Answer a = feed(Doc.of(prod, newUid(), "d@t"), new byte[] {1});

    assertThat(a.errorCodes()).contains("XDSUnknownPatientId");
  }

  @Test
  void feed_missingClassCode_refusedAsMetadataError() throws Exception {
    Answer a = feed(Doc.of(PATIENT, newUid(), "d@t").withoutClassCode(), new byte[] {1});

    assertThat(a.errorCodes()).containsExactly("XDSRegistryMetadataError");
  }

  @Test
  void feed_patientWithoutDmp_refused() throws Exception {
    String other = "160012B020777" + "13" + "^^^&1.2.250.1.213.1.4.10&ISO^NH";

    Answer a = feed(Doc.of(other, newUid(), "d@t"), new byte[] {1});

    assertThat(a.errorCodes()).containsExactly("XDSUnknownPatientId");
  }

  @Test
  void feed_tamperedVihf_soapFaultInvalidSecurity() throws Exception {
    Vihf good = vihfIssuer.issue(doctor("899900077985"), PATIENT);
    Vihf bad = Vihf.ofSigned(good.id(), good.issueInstant(), good.notOnOrAfter(),
        good.xmlText().replace("SA07^", "SA01^").getBytes(StandardCharsets.UTF_8));

    Answer a = call("registry", Xds.ACTION_ITI18, bad, WireFixtures.findDocuments(PATIENT,
        Xds.APPROVED), List.of());

    assertThat(a.httpStatus()).isEqualTo(500);
    assertThat(a.body().getLocalName()).isEqualTo("Fault");
    assertThat(a.body().getTextContent()).contains("wsse:InvalidSecurity").contains("DMP-0005");
  }

  @Test
  void connect_withoutClientCertificate_handshakeRefused() throws Exception {
    SSLContext noClientCert = SSLContext.getInstance("TLS");
    javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
    java.security.KeyStore ts = java.security.KeyStore.getInstance("PKCS12");
    ts.load(null, null);
    ts.setCertificateEntry("root", pki.rootCertificate());
    tmf.init(ts);
    noClientCert.init(null, tmf.getTrustManagers(), null);

    assertThatThrownBy(() -> client(noClientCert).send(HttpRequest.newBuilder(
        URI.create(fake.baseUri() + "/registry")).POST(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.discarding())).isInstanceOf(IOException.class);
  }

  @Test
  void retrieve_fedDocument_streamedBackAsMtom() throws Exception {
    String uid = newUid();
    byte[] content = new byte[300_000];
    new java.util.Random(3).nextBytes(content);
    feed(Doc.of(PATIENT, uid, "big@t"), content);

    Answer a = call("repository", Xds.ACTION_ITI43, vihfIssuer.issue(doctor("899900077985"),
        PATIENT), WireFixtures.retrieve("1.2.250.1.213.4.1.1.2", uid), List.of());

    assertThat(a.attachments()).hasSize(1);
    assertThat(a.attachments().get(0)).isEqualTo(content);
  }

  @Test
  void replace_existingDocument_oldDeprecatedNewApproved() throws Exception {
    String v1 = newUid();
    feed(Doc.of(PATIENT, v1, "d@t"), new byte[] {1});
    String v2 = newUid();

    Answer a = feed(Doc.of(PATIENT, v2, "d@t").replacing(entryUuidOf(v1)), new byte[] {2});

    assertThat(a.status()).isEqualTo(Xds.SUCCESS);
    assertThat(fake.statusOf(v1)).isEqualTo(Xds.DEPRECATED);
    assertThat(fake.statusOf(v2)).isEqualTo(Xds.APPROVED);
  }

  @Test
  void delete_byAnotherProfessional_refused_byAuthor_deleted() throws Exception {
    String uid = newUid();
    feed(Doc.of(PATIENT, uid, "d@t"), new byte[] {1});
    String entry = entryUuidOf(uid);
    authorize("810000000009", PATIENT);

    Answer other = call("registry", Xds.ACTION_ITI57, vihfIssuer.issue(doctor("810000000009"),
        PATIENT), WireFixtures.updateStatus(entry, Xds.APPROVED, Xds.DELETED), List.of());
    Answer author = call("registry", Xds.ACTION_ITI57, vihfIssuer.issue(doctor("899900077985"),
        PATIENT), WireFixtures.updateStatus(entry, Xds.APPROVED, Xds.DELETED), List.of());

    assertThat(other.errorCodes()).containsExactly("XDSMetadataUpdateError");
    assertThat(author.status()).isEqualTo(Xds.SUCCESS);
    assertThat(fake.statusOf(uid)).isEqualTo(Xds.DELETED);
    assertThat(entryUuidOf(uid)).isNull();
  }

  @Test
  void find_withoutAuthorization_refusedWithAccessDeniedRegistryError() throws Exception {
    Answer a = call("registry", Xds.ACTION_ITI18, vihfIssuer.issue(doctor("899900012347"),
        PATIENT), WireFixtures.findDocuments(PATIENT, Xds.APPROVED), List.of());

    assertThat(a.httpStatus()).isEqualTo(200);
    assertThat(a.status()).isEqualTo(Xds.FAILURE);
    assertThat(a.errorCodes()).containsExactly(FakeDmp.ACCESS_DENIED);
  }

  @Test
  void find_vihfWithoutPatientResourceId_refusedWithAccessDeniedRegistryError()
      throws Exception {
    Answer a = call("registry", Xds.ACTION_ITI18, vihfIssuer.issue(doctor("899900077985")),
        WireFixtures.findDocuments(PATIENT, Xds.APPROVED), List.of());

    assertThat(a.status()).isEqualTo(Xds.FAILURE);
    assertThat(a.errorCodes()).containsExactly(FakeDmp.ACCESS_DENIED);
  }

  @Test
  void find_vihfNamesOnePatientQueryNamesAnother_otherPatientsDocumentsNotListed()
      throws Exception {
    String other = "285037511223359^^^&1.2.250.1.213.1.4.10&ISO^NH";
    fake.openDmp(other);
    authorize("899900077985", other);
    String uid = newUid();
    Answer fed = call("repository", Xds.ACTION_ITI41, vihfIssuer.issue(doctor("899900077985"),
        other), WireFixtures.provideAndRegister(Doc.of(other, uid, "o@t")),
        List.of(Attachment.ofBytes("o@t", "application/octet-stream", new byte[] {4})));
    assertThat(fed.status()).isEqualTo(Xds.SUCCESS);

    Answer a = call("registry", Xds.ACTION_ITI18, vihfIssuer.issue(doctor("899900077985"),
        PATIENT), WireFixtures.findDocuments(other, Xds.APPROVED), List.of());
    Answer r = call("repository", Xds.ACTION_ITI43, vihfIssuer.issue(doctor("899900077985"),
        PATIENT), WireFixtures.retrieve("1.2.250.1.213.4.1.1.2", uid), List.of());

    assertThat(a.status()).isEqualTo(Xds.SUCCESS);
    assertThat(a.body().getTextContent()).doesNotContain(uid);
    assertThat(r.errorCodes()).containsExactly("XDSDocumentUniqueIdError");
    assertThat(r.attachments()).isEmpty();

    String otherEntry = Dom.child(Dom.child(call("registry", Xds.ACTION_ITI18,
        vihfIssuer.issue(doctor("899900077985"), other), WireFixtures.findDocuments(other,
            Xds.APPROVED), List.of()).body(), SoapNamespaces.RIM, "RegistryObjectList"),
        SoapNamespaces.RIM, "ExtrinsicObject").getAttribute("id");
    Answer u = call("registry", Xds.ACTION_ITI57, vihfIssuer.issue(doctor("899900077985"),
        PATIENT), WireFixtures.updateStatus(otherEntry, Xds.APPROVED, Xds.ARCHIVED), List.of());
    assertThat(u.errorCodes()).containsExactly("XDSMetadataUpdateError");
    assertThat(fake.statusOf(uid)).isEqualTo(Xds.APPROVED);
  }

  @Test
  void faults_http503_soapFault_malformed_eachAnsweredAsScripted() throws Exception {
    fake.enqueueFault(FakeDmpFault.httpStatus(503));
    URI uri = URI.create(fake.baseUri() + "/registry");
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Content-Type",
        Mime.SOAP_XML).POST(HttpRequest.BodyPublishers.ofByteArray(envelope())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(503);

    fake.enqueueFault(FakeDmpFault.malformedReply());
    r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", Mime.SOAP_XML)
        .POST(HttpRequest.BodyPublishers.ofByteArray(envelope())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("Body");

    fake.enqueueFault(FakeDmpFault.connectionReset());
    assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(uri).header("Content-Type",
        Mime.SOAP_XML).POST(HttpRequest.BodyPublishers.ofByteArray(envelope())).build(),
        HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
  }

  private static byte[] envelope() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SoapWriter.write(out, WsAddressing.request(Xds.ACTION_ITI18, "https://x/"),
        vihfIssuer.issue(doctor("899900077985"), PATIENT),
        WireFixtures.findDocuments(PATIENT, Xds.APPROVED));
    return out.toByteArray();
  }
}
