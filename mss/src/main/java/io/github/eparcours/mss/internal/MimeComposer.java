package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.message.Attachment;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssHeaders;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.xdm.XdmPackage;
import io.github.eparcours.mss.xdm.XdmWriter;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.SharedByteArrayInputStream;
import jakarta.activation.DataHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * Turns an {@link MssMessage} into the MIME message put on the wire, with the MSSanté headers,
 * and renders it once: the rendered bytes give the exact size for the SIZE check and are what
 * the SMTP connection sends, so nothing is encoded twice.
 */
public final class MimeComposer {

  /** A rendered message: the parsed view over the bytes, the size and the Message-ID. */
  public record Rendered(SMTPMessage message, long size, String messageId, byte[] bytes) {}

  private final Session session;
  private final String nil;
  private final MssAddress mailbox;
  private final Clock clock;

  /**
   * Creates a composer.
   *
   * @param session the session (for MIME settings)
   * @param nil the X-MSS-NIL value
   * @param mailbox the client's own mailbox, default sender
   * @param clock the clock for the Date header
   */
  public MimeComposer(Session session, String nil, MssAddress mailbox, Clock clock) {
    this.session = session;
    this.nil = nil;
    this.mailbox = mailbox;
    this.clock = clock;
  }

  /**
   * Composes and renders a message.
   *
   * @param m the message
   * @return the rendered message
   */
  public Rendered render(MssMessage m) {
    MssAddress from = m.from().orElse(mailbox);
    String messageId = m.messageId().orElseGet(() -> newMessageId(from));
    try {
      MimeMessage mime = new FixedIdMessage(session, messageId);
      mime.setFrom(internet(from));
      for (MssAddress a : m.to()) {
        mime.addRecipient(Message.RecipientType.TO, internet(a));
      }
      for (MssAddress a : m.cc()) {
        mime.addRecipient(Message.RecipientType.CC, internet(a));
      }
      mime.setSubject(m.subject(), "UTF-8");
      mime.setSentDate(Date.from(clock.instant()));
      mime.setHeader(MssHeaders.NIL, nil);
      if (m.inReplyTo().isPresent()) {
        mime.setHeader("In-Reply-To", m.inReplyTo().get());
      }
      if (!m.references().isEmpty()) {
        mime.setHeader("References", String.join(" ", m.references()));
      }
      if (m.readReceipt()) {
        mime.setHeader(MssHeaders.DISPOSITION_NOTIFICATION_TO, from.address());
      }
      if (m.patientReplyForbidden()) {
        mime.setHeader(MssHeaders.MES, MssHeaders.MES_END);
      }
      XdmPackage xdm = m.xdm().orElse(null);
      if (xdm != null) {
        List<String> codes = xdm.cdaTypeCodes();
        if (!codes.isEmpty()) {
          mime.setHeader(MssHeaders.CODE_CDA, String.join(",", codes));
          mime.setHeader(MssHeaders.INS, xdm.insQualified() ? "O" : "N");
        }
      }
      if (xdm == null && m.attachments().isEmpty()) {
        mime.setText(m.text(), "UTF-8");
      } else {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.text(), "UTF-8");
        mixed.addBodyPart(text);
        if (xdm != null) {
          mixed.addBodyPart(attachment(XdmWriter.FILE_NAME, XdmWriter.MEDIA_TYPE,
              XdmWriter.toBytes(xdm)));
        }
        for (Attachment a : m.attachments()) {
          mixed.addBodyPart(attachment(a.fileName(), a.mediaType(), a.content()));
        }
        mime.setContent(mixed);
      }
      mime.saveChanges();
      return render(mime, messageId);
    } catch (MessagingException | IOException e) {
      throw new EparcoursClientException(MssErrors.MESSAGE_NOT_WRITABLE,
          "the message could not be encoded as MIME: " + e.getMessage(), e, false);
    }
  }

  /**
   * Renders an already composed message.
   *
   * @param mime the message, saved
   * @param messageId its Message-ID
   * @return the rendered message
   * @throws MessagingException if MIME encoding fails
   * @throws IOException if MIME encoding fails
   */
  public Rendered render(MimeMessage mime, String messageId)
      throws MessagingException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    mime.writeTo(out);
    byte[] bytes = out.toByteArray();
    SMTPMessage wire = new SMTPMessage(session, new SharedByteArrayInputStream(bytes));
    return new Rendered(wire, bytes.length, messageId, bytes);
  }

  static MimeBodyPart attachment(String name, String type, byte[] content)
      throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
    part.setFileName(name);
    part.setDisposition(MimeBodyPart.ATTACHMENT);
    part.setHeader("Content-Transfer-Encoding", "base64");
    return part;
  }

  static InternetAddress internet(MssAddress a) throws UnsupportedEncodingException {
    return a.displayName().isPresent()
        ? new InternetAddress(a.address(), a.displayName().get(), "UTF-8")
        : new InternetAddress(a.address(), null, "UTF-8");
  }

  /** Returns a fresh {@code <uuid@domain>} Message-ID in the sender's domain. */
  static String newMessageId(MssAddress from) {
    return "<" + UUID.randomUUID() + "@" + from.domain() + ">";
  }

  /** Keeps the Message-ID we chose instead of the one Jakarta Mail would generate. */
  static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
