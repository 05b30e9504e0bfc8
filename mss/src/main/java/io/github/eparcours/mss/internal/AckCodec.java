package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.ack.Acknowledgement;
import io.github.eparcours.mss.ack.DeliveryStatusNotification;
import io.github.eparcours.mss.ack.DispositionError;
import io.github.eparcours.mss.ack.DispositionNotification;
import io.github.eparcours.mss.ack.DispositionOutcome;
import io.github.eparcours.mss.ack.RecipientStatus;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssHeaders;
import io.github.eparcours.mss.message.ReceivedMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads DSN (RFC 3464) and MDN (RFC 8098, with the CI-SIS {@code processed/Error:} form) reports
 * and writes the MDN a receiving system owes.
 */
public final class AckCodec {

  private static final int MAX_REPORT_BYTES = 256 * 1024;

  private AckCodec() {}

  /**
   * Reads the acknowledgement a message carries.
   *
   * @param message the message
   * @return the DSN or MDN, or empty when the message is not a {@code multipart/report}
   * @throws EparcoursClientException {@code MSS-0401} if it is a report but cannot be read
   */
  public static Optional<Acknowledgement> read(Part message) {
    try {
      ContentType type = new ContentType(message.getContentType());
      if (!type.match("multipart/report")) {
        return Optional.empty();
      }
      String reportType = Optional.ofNullable(type.getParameter("report-type")).orElse("")
          .toLowerCase(Locale.ROOT);
      if (!(message.getContent() instanceof Multipart mp)) {
        throw unreadable("the report's body is not multipart");
      }
      BodyPart report = null;
      BodyPart original = null;
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        String t = p.getContentType().toLowerCase(Locale.ROOT);
        if (t.startsWith("message/delivery-status") || t.startsWith("message/global-delivery-status")
            || t.startsWith("message/disposition-notification")
            || t.startsWith("message/global-disposition-notification")) {
          report = p;
        } else if (i > 0 && (t.startsWith("message/rfc822") || t.startsWith("text/rfc822-headers")
            || t.startsWith("message/global"))) {
          original = p;
        }
      }
      if (report == null) {
        return Optional.empty();
      }
      List<InternetHeaders> blocks = blocks(bytes(report));
      if (blocks.isEmpty()) {
        throw unreadable("the report part is empty");
      }
      String originalId = original == null ? null : originalMessageId(original);
      if (reportType.contains("disposition") || report.getContentType().toLowerCase(Locale.ROOT)
          .contains("disposition")) {
        return Optional.of(mdn(blocks.get(0), originalId));
      }
      return Optional.of(dsn(blocks, originalId));
    } catch (MessagingException | IOException e) {
      throw new EparcoursClientException(MssErrors.ACKNOWLEDGEMENT_UNREADABLE,
          "a delivery or read report could not be read: " + e.getClass().getSimpleName(), e,
          false);
    }
  }

  /**
   * Splits at the first {@code separator}: both parts trimmed, or the whole value and "" when
   * the separator is absent.
   */
  private static String[] splitOnce(String value, char separator) {
    int at = value.indexOf(separator);
    return at < 0 ? new String[] {value, ""}
        : new String[] {value.substring(0, at).trim(), value.substring(at + 1).trim()};
  }

  private static DispositionNotification mdn(InternetHeaders h, String fromOriginalPart) {
    String disposition = field(h, "Disposition");
    if (disposition == null) {
      throw unreadable("the MDN has no Disposition field");
    }
    String id = Optional.ofNullable(field(h, "Original-Message-ID")).orElse(fromOriginalPart);
    // disposition-mode ";" disposition-type [ "/" modifier ], mode = action "/" sending
    String[] modesAndRest = splitOnce(disposition, ';');
    String[] actionAndSending = splitOnce(modesAndRest[0], '/');
    String[] typeAndModifiers = splitOnce(modesAndRest[1], '/');
    String action = actionAndSending[0];
    String sending = actionAndSending[1];
    String type = typeAndModifiers[0];
    String modifiers = typeAndModifiers[1];
    DispositionError error = null;
    if (modifiers.regionMatches(true, 0, "error", 0, 5)) {
      String detail = modifiers.substring(5).replaceFirst("^\\s*:?\\s*", "");
      String[] parts = detail.split("\\^", -1);
      error = new DispositionError(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "",
          modifiers);
    }
    return new DispositionNotification(id, address(field(h, "Final-Recipient")),
        address(field(h, "Original-Recipient")), disposition, action, sending, type, error);
  }

  private static DeliveryStatusNotification dsn(List<InternetHeaders> blocks, String originalId) {
    InternetHeaders perMessage = blocks.get(0);
    List<RecipientStatus> recipients = new ArrayList<>();
    for (int i = 1; i < blocks.size(); i++) {
      InternetHeaders r = blocks.get(i);
      String action = field(r, "Action");
      String status = field(r, "Status");
      if (action == null || status == null) {
        throw unreadable("a DSN recipient block lacks Action or Status");
      }
      recipients.add(new RecipientStatus(address(field(r, "Final-Recipient")), action,
          status.split("\\s")[0], field(r, "Diagnostic-Code")));
    }
    return new DeliveryStatusNotification(originalId, field(perMessage, "Reporting-MTA"),
        recipients);
  }

  private static String originalMessageId(BodyPart original)
      throws MessagingException, IOException {
    try (InputStream in = original.getInputStream()) {
      return field(new InternetHeaders(in), "Message-ID");
    }
  }

  private static byte[] bytes(Part p) throws MessagingException, IOException {
    try (InputStream in = p.getInputStream()) {
      byte[] b = in.readNBytes(MAX_REPORT_BYTES + 1);
      if (b.length > MAX_REPORT_BYTES) {
        throw unreadable("the report part is larger than " + MAX_REPORT_BYTES + " bytes");
      }
      return b;
    }
  }

  /** Splits a report body into its header blocks (separated by empty lines). */
  private static List<InternetHeaders> blocks(byte[] body) throws MessagingException {
    String text = new String(body, StandardCharsets.UTF_8).replace("\r\n", "\n");
    List<InternetHeaders> out = new ArrayList<>();
    for (String block : text.split("\n[ \t]*\n")) {
      if (!block.isBlank()) {
        out.add(new InternetHeaders(new ByteArrayInputStream(
            (block.strip() + "\n\n").getBytes(StandardCharsets.UTF_8))));
      }
    }
    return out;
  }

  private static String field(InternetHeaders h, String name) {
    String v = h.getHeader(name, " ");
    return v == null ? null : v.replaceAll("\\r?\\n[ \\t]*", " ").trim();
  }

  /** Strips the address type of {@code rfc822; a@b}. */
  private static String address(String typed) {
    if (typed == null) {
      return null;
    }
    int semi = typed.indexOf(';');
    return (semi >= 0 ? typed.substring(semi + 1) : typed).trim();
  }

  private static EparcoursClientException unreadable(String why) {
    return new EparcoursClientException(MssErrors.ACKNOWLEDGEMENT_UNREADABLE, why);
  }

  /**
   * Writes the MDN owed for a received message (CI-SIS layout: human text, the
   * {@code message/disposition-notification} part, the original message).
   *
   * @param session the mail session
   * @param original the message to acknowledge
   * @param outcome processed, or the error with its code and label
   * @param reporter our mailbox (Final-Recipient, From)
   * @param nil the X-MSS-NIL value
   * @param clock the clock for the Date header
   * @param messageId the Message-ID of the MDN
   * @return the MDN and where to send it
   * @throws EparcoursClientException {@code MSS-0402} if no MDN may be sent for this message
   */
  public static MimeMessage mdn(Session session, ReceivedMessage original,
      DispositionOutcome outcome, MssAddress reporter, String nil, Clock clock, String messageId,
      boolean userConfirmed) {
    MssAddress to = original.dispositionNotificationTo().orElseThrow(() ->
        new EparcoursClientException(MssErrors.DISPOSITION_NOT_POSSIBLE,
            "the message asks for no read receipt (no Disposition-Notification-To)"));
    if (original.acknowledgement().isPresent()) {
      throw new EparcoursClientException(MssErrors.DISPOSITION_NOT_POSSIBLE,
          "the message is itself a delivery or read report: reports are never acknowledged");
    }
    if (!userConfirmed && original.returnPath().isPresent()
        && !original.returnPath().get().equalsIgnoreCase(to.address())) {
      throw new EparcoursClientException(MssErrors.DISPOSITION_NOT_POSSIBLE,
          "Disposition-Notification-To differs from Return-Path: RFC 8098 forbids an automatic "
              + "MDN; ask the user and pass the confirmation");
    }
    try {
      MimeMessage mdn = new MimeComposer.FixedIdMessage(session, messageId);
      mdn.setFrom(MimeComposer.internet(reporter));
      mdn.setRecipient(Message.RecipientType.TO, MimeComposer.internet(to));
      String subject = original.subject();
      if (outcome.errorCode().isPresent()) {
        subject = "[KO Intégration système !][" + outcome.errorCode().get() + "] " + subject;
      }
      mdn.setSubject(subject, "UTF-8");
      mdn.setSentDate(Date.from(clock.instant()));
      mdn.setHeader(MssHeaders.NIL, nil);
      if (original.messageId().isPresent()) {
        mdn.setHeader("In-Reply-To", original.messageId().get());
        List<String> refs = new ArrayList<>(original.references());
        refs.add(original.messageId().get());
        mdn.setHeader("References", String.join(" ", refs));
      }
      MimeMultipart report = new ReportMultipart("disposition-notification");
      MimeBodyPart human = new MimeBodyPart();
      human.setText(outcome.errorCode().isPresent()
          ? "Le message n'a pas pu être intégré : erreur " + outcome.errorCode().get() + " ("
              + outcome.errorLabel().orElse("") + ").\r\n"
          : "Le message a été reçu et traité.\r\n", "UTF-8");
      report.addBodyPart(human);

      InternetHeaders fields = new InternetHeaders();
      fields.addHeader("Reporting-UA", nil + "; e-parcours SDK");
      original.to().stream().filter(a -> a.equals(reporter)).findFirst()
          .ifPresent(a -> fields.addHeader("Original-Recipient", "rfc822;" + a.address()));
      fields.addHeader("Final-Recipient", "rfc822;" + reporter.address());
      original.messageId().ifPresent(id -> fields.addHeader("Original-Message-ID", id));
      fields.addHeader("Disposition", outcome.dispositionField());
      StringBuilder body = new StringBuilder();
      for (Enumeration<String> e = fields.getAllHeaderLines(); e.hasMoreElements(); ) {
        body.append(e.nextElement()).append("\r\n");
      }
      MimeBodyPart notification = new MimeBodyPart();
      notification.setDataHandler(new DataHandler(new ByteArrayDataSource(
          body.toString().getBytes(StandardCharsets.UTF_8), "message/disposition-notification")));
      notification.setHeader("Content-Type", "message/disposition-notification");
      notification.setHeader("Content-Transfer-Encoding", "8bit");
      report.addBodyPart(notification);

      MimeBodyPart copy = new MimeBodyPart();
      copy.setDataHandler(new DataHandler(new ByteArrayDataSource(original.raw(),
          "message/rfc822")));
      copy.setHeader("Content-Type", "message/rfc822");
      report.addBodyPart(copy);
      mdn.setContent(report);
      mdn.saveChanges();
      return mdn;
    } catch (MessagingException | IOException e) {
      throw new EparcoursClientException(MssErrors.MESSAGE_NOT_WRITABLE,
          "the MDN could not be encoded: " + e.getMessage(), e, false);
    }
  }

  /** {@code multipart/report; report-type=...}. */
  static final class ReportMultipart extends MimeMultipart {
    ReportMultipart(String reportType) throws ParseException {
      super("report");
      ContentType ct = new ContentType(contentType);
      ct.setParameter("report-type", reportType);
      contentType = ct.toString();
    }
  }
}
