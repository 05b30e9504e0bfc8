package io.github.eparcours.testkit.mss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.tls.KeyMaterial;
import io.github.eparcours.core.tls.KeyRole;
import io.github.eparcours.core.tls.TlsConfiguration;
import io.github.eparcours.core.tls.TrustAnchors;
import io.github.eparcours.mss.MailServer;
import io.github.eparcours.mss.MssAuthenticationException;
import io.github.eparcours.mss.MssClient;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.SendResult;
import io.github.eparcours.mss.ack.DeliveryStatusNotification;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.message.MessagePage;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.message.ReceivedMessage;
import io.github.eparcours.mss.spi.AccessTokenSupplier;
import io.github.eparcours.mss.xdm.XdmReader;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client against real servers: Dovecot (IMAP, submission, LMTP) and Postfix from the Debian
 * packages {@code dovecot-imapd dovecot-submissiond dovecot-lmtpd postfix}, which CI installs.
 * Skipped, with a message, only when those binaries are absent.
 */
class RealMailServersTest {

  private static final String APP = "app-lps@hopital.test.mssante.fr";
  private static final String DOCTOR = "jean.martin@medecin.test.mssante.fr";
  private static RealMailServers servers;
  private static TestPki pki;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(RealMailServers.installed(),
        "Dovecot/Postfix not installed (apt-get install dovecot-imapd dovecot-submissiond "
            + "dovecot-lmtpd postfix): real-server tests skipped");
    pki = TestPki.create();
    servers = new RealMailServers(pki, List.of(APP, DOCTOR));
  }

  @AfterAll
  static void stop() {
    if (servers != null) {
      servers.close();
    }
  }

  private static MssClient.Builder base(SSLContext tls, MssAuthentication auth) {
    return MssClient.builder()
        .smtp(MailServer.startTls("localhost", servers.submission))
        .imap(MailServer.startTls("localhost", servers.imap))
        .sslContext(tls)
        .authentication(auth)
        .productReference("DEV935997")
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30));
  }

  private static MssClient certificateClient(IssuedCredential credential) {
    return base(pki.clientSslContext(credential),
        MssAuthentication.clientCertificate(APP)).build();
  }

  /** The production path: core's TLS configuration from a PKCS#12 and the trust anchors. */
  private static MssClient certificateClientFromCoreTls(IssuedCredential credential) {
    char[] password = "changeit".toCharArray();
    TlsConfiguration tls = TlsConfiguration.builder()
        .trustAnchors(TrustAnchors.of(pki.rootCertificate()))
        .clientKey(KeyMaterial.load(credential.toPkcs12(password), password, KeyRole.TLS_CLIENT))
        .build();
    return base(pki.clientSslContext(null), MssAuthentication.clientCertificate(APP)).tls(tls)
        .build();
  }

  private static MssClient doctor() {
    return base(pki.clientSslContext(null), MssAuthentication.oauthBearer(DOCTOR,
        previous -> servers.token(DOCTOR, Duration.ofMinutes(5))))
        .imap(MailServer.implicitTls("localhost", servers.imaps)).build();
  }

  private static ReceivedMessage await(MssClient client, long afterUid,
      Predicate<ReceivedMessage> wanted) throws InterruptedException {
    long after = afterUid;
    for (int i = 0; i < 150; i++) {
      MessagePage page = client.list(MssClient.INBOX, after, 20);
      for (var s : page.messages()) {
        ReceivedMessage m = client.fetch(MssClient.INBOX, s.uid());
        if (wanted.test(m)) {
          return m;
        }
        after = s.uid();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("expected message not delivered; dovecot log:\n"
        + servers.dovecotLog());
  }

  /** Waits for the next delivery report and checks that it names the sent message. */
  private static DeliveryStatusNotification awaitDsn(MssClient client, long afterUid,
      SendResult sent) throws InterruptedException {
    ReceivedMessage report = await(client, afterUid, m -> m.acknowledgement().isPresent());
    assertThat(report.acknowledgement()).get().isInstanceOf(DeliveryStatusNotification.class);
    DeliveryStatusNotification d = (DeliveryStatusNotification) report.acknowledgement().get();
    assertThat(d.originalMessageId()).contains(sent.messageId());
    return d;
  }

  private static long last(MssClient client) {
    MessagePage page = client.list(MssClient.INBOX, 0, 10_000);
    return page.messages().isEmpty() ? 0 : page.nextAfterUid();
  }

  @Test
  void clientCertificate_valid_sendsOverStartTlsAndDoctorReadsWithOauthBearer()
      throws Exception {
    try (MssClient app = certificateClientFromCoreTls(pki.clientCertificate(APP));
        MssClient doctor = doctor()) {
      long before = last(doctor);
      SendResult sent = app.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
          .subject("XDM/1.0/DDM+Lettre de liaison").text("Bonjour")
          .xdm(Fixtures.dischargeLetter(10_000)).readReceipt(true).build());
      assertThat(sent.deliveryStatusRequested())
          .as("Dovecot submission does not offer DSN: none is asked on the envelope").isFalse();
      ReceivedMessage got = await(doctor, before,
          m -> m.messageId().orElse("").equals(sent.messageId()));
      assertThat(got.nil()).contains("DEV935997");
      assertThat(got.cdaTypeCodes()).containsExactly("11490-0");
      assertThat(got.insQualified()).contains(true);
      assertThat(got.dispositionNotificationTo()).contains(MssAddress.of(APP));
      assertThat(got.readXdm(XdmReader.create()).orElseThrow().documents()).hasSize(2);
      // the second message goes over the same, kept, SMTP connection
      SendResult second = app.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
          .subject("suite").text("x").build());
      await(doctor, got.uid(), m -> m.messageId().orElse("").equals(second.messageId()));
    }
  }

  @Test
  void clientCertificate_expired_isRefusedWithTypedAuthenticationError() {
    try (MssClient app = certificateClient(pki.expiredClientCertificate(APP))) {
      assertThatThrownBy(() -> app.list(MssClient.INBOX, 0, 1))
          .isInstanceOfSatisfying(MssAuthenticationException.class,
              e -> assertThat(e.code()).isEqualTo(MssErrors.AUTHENTICATION_REFUSED));
    }
  }

  @Test
  void clientCertificate_fromUntrustedAuthority_isRefusedWithTypedAuthenticationError()
      throws Exception {
    IssuedCredential foreign = TestPki.create().clientCertificate(APP);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    char[] pw = "pw".toCharArray();
    ks.load(new java.io.ByteArrayInputStream(foreign.toPkcs12(pw)), pw);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, pw);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("root", pki.rootCertificate());
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    try (MssClient app = base(tls, MssAuthentication.clientCertificate(APP)).build()) {
      assertThatThrownBy(() -> app.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
          .subject("x").text("x").build()))
          .isInstanceOfSatisfying(MssAuthenticationException.class,
              e -> assertThat(e.code()).isEqualTo(MssErrors.AUTHENTICATION_REFUSED));
    }
  }

  @Test
  void xoauth2_expiredToken_supplierAskedAgainAndFreshTokenAccepted() {
    List<Boolean> calls = new CopyOnWriteArrayList<>();
    AccessTokenSupplier supplier = previous -> {
      calls.add(previous);
      return previous ? servers.token(DOCTOR, Duration.ofMinutes(5))
          : servers.token(DOCTOR, Duration.ofMinutes(-1));
    };
    try (MssClient c = base(pki.clientSslContext(null),
        MssAuthentication.xoauth2(DOCTOR, supplier)).build()) {
      c.list(MssClient.INBOX, 0, 1);
      assertThat(calls).containsExactly(false, true);
      c.send(MssMessage.builder().to(MssAddress.of(APP)).subject("x").text("x").build());
      assertThat(calls).containsExactly(false, true, false, true);
    }
  }

  @Test
  void oauthBearer_wrongToken_isRefusedWithTypedAuthenticationError() {
    List<Boolean> calls = new CopyOnWriteArrayList<>();
    try (MssClient c = base(pki.clientSslContext(null), MssAuthentication.oauthBearer(DOCTOR,
        previous -> {
          calls.add(previous);
          return servers.forgedToken(DOCTOR);
        })).build()) {
      assertThatThrownBy(() -> c.list(MssClient.INBOX, 0, 1))
          .isInstanceOfSatisfying(MssAuthenticationException.class,
              e -> assertThat(e.code()).isEqualTo(MssErrors.AUTHENTICATION_REFUSED));
      assertThat(calls).containsExactly(false, true);
    }
  }

  @Test
  void send_overServerSize_throwsTooLargeBeforeSending() {
    try (MssClient app = certificateClient(pki.clientCertificate(APP))) {
      assertThatThrownBy(() -> app.send(MssMessage.builder().to(MssAddress.of(DOCTOR))
          .subject("big").xdm(Fixtures.dischargeLetter((int) RealMailServers.SIZE_LIMIT))
          .build()))
          .isInstanceOfSatisfying(EparcoursException.class, e -> {
            assertThat(e.code()).isEqualTo(MssErrors.MESSAGE_TOO_LARGE);
            assertThat(e).hasMessageContaining("SIZE");
          });
    }
  }

  @Test
  void send_toUnknownMailbox_bounceIsReadAsDsnLinkedToTheMessage() throws Exception {
    try (MssClient app = certificateClient(pki.clientCertificate(APP))) {
      long before = last(app);
      SendResult sent = app.send(MssMessage.builder()
          .to(MssAddress.of("inconnu@medecin.test.mssante.fr")).subject("perdu").text("x")
          .build());
      DeliveryStatusNotification d = awaitDsn(app, before, sent);
      assertThat(d.anyFailed()).isTrue();
      assertThat(d.recipients()).singleElement().satisfies(r -> {
        assertThat(r.finalRecipient()).isEqualTo("inconnu@medecin.test.mssante.fr");
        assertThat(r.status()).startsWith("5.");
      });
    }
  }

  @Test
  void send_serverOffersDsn_successNotificationIsAskedAndReadAsDsnLinkedToTheMessage()
      throws Exception {
    try (MssClient doctor = doctor().toBuilder()
        .smtp(MailServer.startTls("localhost", servers.dsnSubmission)).build()) {
      long before = last(doctor);
      SendResult sent = doctor.send(MssMessage.builder().to(MssAddress.of(APP))
          .subject("avec accusé").text("x").build());
      assertThat(sent.deliveryStatusRequested()).isTrue();
      // only NOTIFY=SUCCESS on the envelope makes Postfix report a successful delivery
      DeliveryStatusNotification d = awaitDsn(doctor, before, sent);
      assertThat(d.allDelivered()).isTrue();
      assertThat(d.recipients()).singleElement().satisfies(r -> {
        assertThat(r.finalRecipient()).isEqualTo(APP);
        assertThat(r.status()).startsWith("2.");
      });
    }
  }
}
