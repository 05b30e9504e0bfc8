package io.github.eparcours.mss.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.internal.AckCodec;
import io.github.eparcours.mss.internal.MimeParser;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.ReceivedMessage;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AcknowledgementParsingTest {

  private static final Session SESSION = Session.getInstance(new Properties());

  private static ReceivedMessage parse(String raw) {
    return MimeParser.parse(SESSION, "INBOX", 7, raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String mdn(String disposition) {
    return String.join("\r\n",
        "From: lps@ch.test.mssante.fr",
        "To: app@hopital.test.mssante.fr",
        "Subject: [KO Intégration système !][902] XDM/1.0/DDM+CR",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"b\"",
        "",
        "--b",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "Erreur",
        "--b",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: lps.ch.test; PFI",
        "Original-Recipient: rfc822;lps@ch.test.mssante.fr",
        "Final-Recipient: rfc822;lps@ch.test.mssante.fr",
        "Original-Message-ID: <m1@hopital.test.mssante.fr>",
        disposition,
        "",
        "--b--", "");
  }

  @Test
  void parse_ciSisErrorMdn_givesCodeAndLabel() {
    ReceivedMessage m = parse(mdn("Disposition: automatic-action/MDN-sent-automatically; "
        + "processed/Error: 902^Identifiant de patient inconnu^messageErrorCondition| "
        + "E^Error^errorSeverity"));
    DispositionNotification n = (DispositionNotification) m.acknowledgement().orElseThrow();
    assertThat(n.originalMessageId()).contains("<m1@hopital.test.mssante.fr>");
    assertThat(n.actionMode()).isEqualTo("automatic-action");
    assertThat(n.sendingMode()).isEqualTo("MDN-sent-automatically");
    assertThat(n.dispositionType()).isEqualTo("processed");
    assertThat(n.successful()).isFalse();
    assertThat(n.error()).get().satisfies(e -> {
      assertThat(e.code()).isEqualTo("902");
      assertThat(e.label()).isEqualTo("Identifiant de patient inconnu");
    });
    assertThat(n.toString()).doesNotContain("lps@");
  }

  @Test
  void parse_processedMdn_isSuccessful() {
    DispositionNotification n = (DispositionNotification) parse(mdn(
        "Disposition: automatic-action/MDN-sent-automatically; processed"))
        .acknowledgement().orElseThrow();
    assertThat(n.successful()).isTrue();
    assertThat(n.error()).isEmpty();
    assertThat(n.finalRecipient()).isEqualTo("lps@ch.test.mssante.fr");
  }

  @Test
  void parse_mdnWithoutDisposition_throwsAcknowledgementUnreadable() {
    assertThatThrownBy(() -> parse(mdn("X-Other: 1")))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(MssErrors.ACKNOWLEDGEMENT_UNREADABLE));
  }

  @Test
  void parse_ordinaryMessage_hasNoAcknowledgement() {
    ReceivedMessage m = parse("From: a@b.mssante.fr\r\nSubject: x\r\n\r\nbody\r\n");
    assertThat(m.acknowledgement()).isEmpty();
    assertThat(m.text()).contains("body");
  }

  @Test
  void parse_brokenMime_throwsMessageUnreadableOrKeepsRaw() {
    String raw = "From: a@b.mssante.fr\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n"
        + "\r\n--zz\r\nContent-Type: text/plain\r\n\r\nno end";
    ReceivedMessage m = parse(raw);
    assertThat(m.raw()).isEqualTo(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void mdn_owedForMessage_isReadBackAsTheSameOutcome() throws Exception {
    ReceivedMessage original = parse(String.join("\r\n",
        "From: app@hopital.test.mssante.fr",
        "To: lps@ch.test.mssante.fr",
        "Return-Path: <app@hopital.test.mssante.fr>",
        "Message-ID: <m2@hopital.test.mssante.fr>",
        "Disposition-Notification-To: app@hopital.test.mssante.fr",
        "Subject: XDM/1.0/DDM+CR",
        "", "texte", ""));
    MimeMessage mdn = AckCodec.mdn(SESSION, original, DispositionOutcome.error("902",
        "Identifiant de patient inconnu"), MssAddress.of("lps@ch.test.mssante.fr"), "NIL1",
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
        "<mdn1@ch.test.mssante.fr>", false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mdn.writeTo(out);
    ReceivedMessage back = MimeParser.parse(SESSION, "INBOX", 1, out.toByteArray());
    assertThat(back.subject()).isEqualTo("[KO Intégration système !][902] XDM/1.0/DDM+CR");
    assertThat(back.inReplyTo()).contains("<m2@hopital.test.mssante.fr>");
    DispositionNotification n = (DispositionNotification) back.acknowledgement().orElseThrow();
    assertThat(n.disposition()).isEqualTo("automatic-action/MDN-sent-automatically; "
        + "processed/Error: 902^Identifiant de patient inconnu");
    assertThat(n.originalMessageId()).contains("<m2@hopital.test.mssante.fr>");
    assertThat(n.originalRecipient()).isEqualTo("lps@ch.test.mssante.fr");
  }

  @Test
  void mdn_returnPathDiffers_refusedUnlessUserConfirmed() {
    ReceivedMessage original = parse(String.join("\r\n",
        "From: app@hopital.test.mssante.fr",
        "Return-Path: <other@hopital.test.mssante.fr>",
        "Message-ID: <m3@hopital.test.mssante.fr>",
        "Disposition-Notification-To: app@hopital.test.mssante.fr",
        "Subject: x", "", "t", ""));
    Clock clock = Clock.systemUTC();
    MssAddress me = MssAddress.of("lps@ch.test.mssante.fr");
    assertThatThrownBy(() -> AckCodec.mdn(SESSION, original, DispositionOutcome.processed(), me,
        "NIL1", clock, "<x@y>", false))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(MssErrors.DISPOSITION_NOT_POSSIBLE));
    assertThat(AckCodec.mdn(SESSION, original, DispositionOutcome.processed(), me, "NIL1", clock,
        "<x@y>", true)).isNotNull();
    ReceivedMessage noRequest = parse("From: a@b.mssante.fr\r\nSubject: x\r\n\r\nb\r\n");
    assertThatThrownBy(() -> AckCodec.mdn(SESSION, noRequest, DispositionOutcome.processed(), me,
        "NIL1", clock, "<x@y>", true))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(MssErrors.DISPOSITION_NOT_POSSIBLE));
  }

  @Test
  void outcome_errorWithCaretOrBlank_throwsDispositionNotPossible() {
    assertThatThrownBy(() -> DispositionOutcome.error("9^02", "x"))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(MssErrors.DISPOSITION_NOT_POSSIBLE));
    assertThatThrownBy(() -> DispositionOutcome.error("902", "a^b"))
        .isInstanceOf(EparcoursClientException.class);
    assertThat(DispositionOutcome.processed().dispositionField())
        .isEqualTo("automatic-action/MDN-sent-automatically; processed");
  }
}
