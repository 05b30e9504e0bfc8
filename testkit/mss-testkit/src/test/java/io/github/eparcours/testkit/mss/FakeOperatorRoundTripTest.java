package io.github.eparcours.testkit.mss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.identity.IdentityStatus;
import io.github.eparcours.mss.MssAuthenticationException;
import io.github.eparcours.mss.MssClient;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.SendResult;
import io.github.eparcours.mss.ack.DeliveryStatusNotification;
import io.github.eparcours.mss.ack.DispositionNotification;
import io.github.eparcours.mss.ack.DispositionOutcome;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.message.Attachment;
import io.github.eparcours.mss.message.MessageFlag;
import io.github.eparcours.mss.message.MessagePage;
import io.github.eparcours.mss.message.MessageSummary;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.message.ReceivedMessage;
import io.github.eparcours.mss.spi.AccessTokenSupplier;
import io.github.eparcours.mss.xdm.XdmArchive;
import io.github.eparcours.mss.xdm.XdmPackage;
import io.github.eparcours.mss.xdm.XdmReader;
import io.github.eparcours.testkit.core.TestPki;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeOperatorRoundTripTest {

  private static final String APP = "app-lps@hopital.test.mssante.fr";
  private static final String DOCTOR = "jean.martin@medecin.test.mssante.fr";
  private static FakeMssOperator operator;

  private MssClient app;
  private MssClient doctor;

  @BeforeAll
  static void startOperator() {
    operator = FakeMssOperator.start();
  }

  @AfterAll
  static void stopOperator() {
    operator.close();
  }

  @BeforeEach
  void mailboxes() {
    String run = Long.toHexString(System.nanoTime());
    operator.addMailbox(APP, "tok-app").addMailbox(DOCTOR, "tok-doc-" + run);
    app = client(APP, previous -> "tok-app");
    String docToken = "tok-doc-" + run;
    doctor = client(DOCTOR, previous -> docToken);
  }

  @AfterEach
  void closeClients() {
    app.close();
    doctor.close();
  }

  private static MssClient client(String mailbox, AccessTokenSupplier tokens) {
    return MssClient.builder()
        .smtp(operator.smtpServer())
        .imap(operator.imapServer())
        .sslContext(operator.clientTlsContext())
        .authentication(MssAuthentication.xoauth2(mailbox, tokens))
        .productReference("DEV935997")
        .build();
  }

  private long lastUid(MssClient client) {
    MessagePage page = client.list(MssClient.INBOX, 0, 1000);
    return page.messages().isEmpty() ? 0 : page.nextAfterUid();
  }

  private ReceivedMessage awaitNext(MssClient client, long afterUid) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      MessagePage page = client.list(MssClient.INBOX, afterUid, 10);
      if (!page.messages().isEmpty()) {
        return client.fetch(MssClient.INBOX, page.messages().get(0).uid());
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no message arrived");
  }

  @Test
  void send_xdmToProfessional_arrivesWithMssHeadersAndCheckedArchive() throws Exception {
    long before = lastUid(doctor);
    XdmPackage xdm = Fixtures.dischargeLetter(20_000);
    SendResult sent = app.send(MssMessage.builder()
        .to(MssAddress.of(DOCTOR))
        .subject("XDM/1.0/DDM+Lettre de liaison PAT-TROIS DOMINIQUE")
        .text("Bonjour, voici la lettre de liaison.")
        .xdm(xdm)
        .attach(Attachment.of("DOC0002.PDF", "application/pdf",
            xdm.documents().get(1).content()))
        .build());

    ReceivedMessage got = awaitNext(doctor, before);
    assertThat(got.messageId()).contains(sent.messageId());
    assertThat(got.nil()).contains("DEV935997");
    assertThat(got.cdaTypeCodes()).containsExactly("11490-0");
    assertThat(got.insQualified()).contains(true);
    assertThat(got.displaySubject()).isEqualTo("Lettre de liaison PAT-TROIS DOMINIQUE");
    assertThat(got.text()).contains("lettre de liaison");
    assertThat(got.attachments()).extracting(Attachment::fileName)
        .containsExactly("IHE_XDM.ZIP", "DOC0002.PDF");
    XdmArchive archive = got.readXdm(XdmReader.create()).orElseThrow();
    assertThat(archive.documents()).hasSize(2);
    assertThat(archive.documents().get(1).content()).isEqualTo(xdm.documents().get(1).content());
    assertThat(archive.cdaTypeCodes()).containsExactly("11490-0");
  }

  @Test
  void send_toQualifiedPatientWithReplyForbidden_setsPatientAddressAndMesHeader()
      throws Exception {
    MssAddress patient = MssAddress.patient(Fixtures.patient(IdentityStatus.QUAL));
    app.send(MssMessage.builder().to(patient).subject("Compte rendu").text("Bonjour")
        .forbidPatientReply().xdm(Fixtures.dischargeLetter(100)).build());
    assertThat(operator.awaitMessages(1, 5000)).isTrue();
    assertThat(operator.receivedMessages()).anySatisfy(m -> {
      assertThat(m.getAllRecipients()[0].toString())
          .isEqualTo("279035121518989@patient.mssante.fr");
      assertThat(m.getHeader("X-MSS-MES", null)).isEqualTo("FIN");
    });
  }

  @Test
  void reply_threadsWithInReplyToAndReferences() throws Exception {
    long before = lastUid(doctor);
    SendResult first = app.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
        .subject("Question").text("Une question").build());
    ReceivedMessage question = awaitNext(doctor, before);

    long appBefore = lastUid(app);
    doctor.send(MssMessage.builder().to(MssAddress.of(APP)).subject("Re: Question")
        .text("Une réponse").replyTo(question).build());
    ReceivedMessage answer = awaitNext(app, appBefore);

    assertThat(answer.inReplyTo()).contains(first.messageId());
    assertThat(answer.references()).containsExactly(first.messageId());
    assertThat(answer.text()).contains("Une réponse");
  }

  @Test
  void send_overSizeCap_throwsTooLargeAndSendsNothing() {
    int before = operator.receivedMessages().size();
    try (MssClient capped = app.toBuilder().maxMessageBytes(50_000).build()) {
      assertThatThrownBy(() -> capped.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
          .subject("big").xdm(Fixtures.dischargeLetter(100_000)).build()))
          .isInstanceOfSatisfying(EparcoursException.class,
              e -> assertThat(e.code()).isEqualTo(MssErrors.MESSAGE_TOO_LARGE));
    }
    assertThat(operator.receivedMessages()).hasSize(before);
  }

  @Test
  void send_manyMessages_reusesOneConnectionAndListsByUidPages() throws Exception {
    long before = lastUid(doctor);
    for (int i = 0; i < 5; i++) {
      app.send(MssMessage.builder().to(MssAddress.of(DOCTOR)).subject("n" + i).text("x")
          .build());
    }
    awaitNext(doctor, before);
    List<MessageSummary> all = new ArrayList<>();
    long after = before;
    MessagePage page;
    int pages = 0;
    do {
      page = doctor.list(MssClient.INBOX, after, 2);
      all.addAll(page.messages());
      after = page.nextAfterUid();
      pages++;
    } while (page.hasMore() && pages < 10);
    assertThat(all).extracting(MessageSummary::subject).containsExactly("n0", "n1", "n2", "n3",
        "n4");
    assertThat(pages).isEqualTo(3);
    assertThat(all).extracting(MessageSummary::uid).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void flagAndMove_changeTheMessageState() throws Exception {
    long before = lastUid(doctor);
    app.send(MssMessage.builder().to(MssAddress.of(DOCTOR)).subject("to archive").text("x")
        .build());
    ReceivedMessage m = awaitNext(doctor, before);
    assertThat(doctor.list(MssClient.INBOX, before, 5).messages().get(0).flags())
        .doesNotContain(MessageFlag.SEEN);
    doctor.flag(MssClient.INBOX, m.uid(), MessageFlag.SEEN, true);
    assertThat(doctor.list(MssClient.INBOX, before, 5).messages().get(0).flags())
        .contains(MessageFlag.SEEN);

    doctor.createFolder("Archives");
    doctor.move(MssClient.INBOX, m.uid(), "Archives");
    assertThat(doctor.list(MssClient.INBOX, before, 5).messages()).isEmpty();
    assertThat(doctor.list("Archives", 0, 50).messages()).extracting(MessageSummary::subject)
        .contains("to archive");
    assertThatThrownBy(() -> doctor.fetch(MssClient.INBOX, m.uid()))
        .isInstanceOfSatisfying(EparcoursException.class,
            e -> assertThat(e.code()).isEqualTo(MssErrors.MESSAGE_NOT_FOUND));
    assertThatThrownBy(() -> doctor.list("NoSuchFolder", 0, 5))
        .isInstanceOfSatisfying(EparcoursException.class,
            e -> assertThat(e.code()).isEqualTo(MssErrors.FOLDER_NOT_FOUND));
  }

  @Test
  void disposition_errorMdnTravelsBackAndLinksToTheSentMessage() throws Exception {
    long before = lastUid(doctor);
    SendResult sent = app.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
        .subject("XDM/1.0/DDM+CR").xdm(Fixtures.dischargeLetter(500)).readReceipt(true)
        .build());
    ReceivedMessage received = awaitNext(doctor, before);
    assertThat(received.dispositionNotificationTo()).contains(MssAddress.of(APP));

    long appBefore = lastUid(app);
    doctor.sendDisposition(received,
        DispositionOutcome.error("902", "Identifiant de patient inconnu"), false);
    ReceivedMessage mdn = awaitNext(app, appBefore);

    assertThat(mdn.subject()).startsWith("[KO Intégration système !][902] XDM/1.0/DDM+CR");
    assertThat(mdn.acknowledgement()).get().isInstanceOfSatisfying(
        DispositionNotification.class, n -> {
          assertThat(n.originalMessageId()).contains(sent.messageId());
          assertThat(n.dispositionType()).isEqualTo("processed");
          assertThat(n.successful()).isFalse();
          assertThat(n.error()).get().satisfies(err -> {
            assertThat(err.code()).isEqualTo("902");
            assertThat(err.label()).isEqualTo("Identifiant de patient inconnu");
          });
          assertThat(n.finalRecipient()).isEqualTo(DOCTOR);
        });
    assertThatThrownBy(() -> app.sendDisposition(mdn, DispositionOutcome.processed(), true))
        .isInstanceOfSatisfying(EparcoursException.class,
            e -> assertThat(e.code()).isEqualTo(MssErrors.DISPOSITION_NOT_POSSIBLE));
  }

  @Test
  void fetch_deliveryStatusReport_isRecognisedAndLinked() throws Exception {
    long before = lastUid(app);
    String dsn = String.join("\r\n",
        "From: MAILER-DAEMON@relay.test.mssante.fr",
        "To: " + APP,
        "Subject: Delivery Status Notification",
        "Message-ID: <dsn-1@relay.test.mssante.fr>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"",
        "",
        "--b1",
        "Content-Type: text/plain",
        "",
        "Your message could not be delivered.",
        "--b1",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; relay.test.mssante.fr",
        "",
        "Final-Recipient: rfc822; inconnu@medecin.test.mssante.fr",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
        "",
        "--b1",
        "Content-Type: text/rfc822-headers",
        "",
        "Message-ID: <orig-42@hopital.test.mssante.fr>",
        "Subject: hello",
        "",
        "--b1--",
        "");
    operator.deliver(APP, dsn.getBytes(StandardCharsets.US_ASCII));
    ReceivedMessage got = awaitNext(app, before);
    assertThat(got.acknowledgement()).get().isInstanceOfSatisfying(
        DeliveryStatusNotification.class, d -> {
          assertThat(d.originalMessageId()).contains("<orig-42@hopital.test.mssante.fr>");
          assertThat(d.anyFailed()).isTrue();
          assertThat(d.recipients()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("5.1.1");
            assertThat(r.finalRecipient()).isEqualTo("inconnu@medecin.test.mssante.fr");
            assertThat(r.diagnostic()).hasValueSatisfying(v -> assertThat(v).contains("550"));
          });
        });
  }

  @Test
  void expiredToken_supplierAskedAgain_thenWrongTokenRefusedWithTypedError() {
    String box = "rotating@medecin.test.mssante.fr";
    operator.addMailbox(box, "old-token");
    List<Boolean> calls = new CopyOnWriteArrayList<>();
    String[] current = {"old-token"};
    try (MssClient c = client(box, previous -> {
      calls.add(previous);
      return previous ? current[0] : "old-token";
    })) {
      c.list(MssClient.INBOX, 0, 1);
      assertThat(calls).containsExactly(false);
    }
    operator.rotateToken(box, "new-token");
    current[0] = "new-token";
    calls.clear();
    try (MssClient c = client(box, previous -> {
      calls.add(previous);
      return previous ? current[0] : "old-token";
    })) {
      c.list(MssClient.INBOX, 0, 1);
      assertThat(calls).containsExactly(false, true);
    }
    try (MssClient c = client(box, previous -> "wrong-token")) {
      assertThatThrownBy(() -> c.list(MssClient.INBOX, 0, 1))
          .isInstanceOfSatisfying(MssAuthenticationException.class,
              e -> assertThat(e.code()).isEqualTo(MssErrors.AUTHENTICATION_REFUSED))
          .hasMessageNotContaining("wrong-token");
    }
  }

  @Test
  void untrustedServerCertificate_isRefusedWithTlsError() {
    try (MssClient c = app.toBuilder()
        .sslContext(TestPki.create().clientSslContext(null)).build()) {
      assertThatThrownBy(() -> c.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
          .subject("x").text("x").build()))
          .isInstanceOfSatisfying(EparcoursException.class,
              e -> assertThat(e.code()).isEqualTo(MssErrors.TLS_FAILED));
    }
  }
}
