package io.github.eparcours.mss.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MailServer;
import io.github.eparcours.mss.MssClient;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.SendResult;
import io.github.eparcours.mss.ack.DispositionOutcome;
import io.github.eparcours.mss.message.MessageFlag;
import io.github.eparcours.mss.message.MessagePage;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.message.ReceivedMessage;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

/** The {@link MssClient} implementation: one kept SMTP connection, one kept IMAP connection. */
public final class DefaultMssClient implements MssClient {

  private final ClientSettings config;
  private final Supplier<MssClient.Builder> builder;
  private final MssAddress mailbox;
  private final SmtpChannel smtp;
  private final ImapChannel imap;
  private final MimeComposer composer;

  /**
   * Creates the client from validated settings.
   *
   * @param config the settings
   * @param builder gives a new builder with the same settings, for {@link #toBuilder()}
   */
  public DefaultMssClient(ClientSettings config, Supplier<MssClient.Builder> builder) {
    this.config = config;
    this.builder = builder;
    this.mailbox = MssAddress.fromWire(config.authentication().username());
    Authenticator authenticator = new Authenticator(config.authentication());
    this.smtp = config.smtp() == null ? null : new SmtpChannel(
        session("smtp", config.smtp()), MailSettings.protocol("smtp", config.smtp()),
        authenticator, config.maxMessageBytes());
    this.imap = config.imap() == null ? null : new ImapChannel(
        session("imap", config.imap()), MailSettings.protocol("imap", config.imap()),
        authenticator);
    this.composer = new MimeComposer(smtp != null ? smtp.session() : null,
        config.productReference(), mailbox, config.clock());
  }

  private Session session(String protocol, MailServer server) {
    return MailSettings.session(protocol, server, config.sslContext(), config.protocols(),
        config.authentication(), config.connectTimeout(), config.readTimeout(),
        config.heloName());
  }

  @Override
  public MssAddress mailbox() {
    return mailbox;
  }

  @Override
  public SendResult send(MssMessage message) {
    Objects.requireNonNull(message, "message");
    SmtpChannel channel = smtp();
    MimeComposer.Rendered r = composer.render(message);
    return channel.send(r.message(), envelope(message), r.size(), r.messageId(),
        message.deliveryStatus());
  }

  private static Address[] envelope(MssMessage m) {
    return m.recipients().distinct().map(a -> {
      try {
        return new InternetAddress(a.address(), true);
      } catch (MessagingException e) {
        throw new EparcoursClientException(MssErrors.INVALID_ADDRESS,
            "a recipient address is malformed", e, false);
      }
    }).toArray(Address[]::new);
  }

  @Override
  public SendResult sendDisposition(ReceivedMessage original, DispositionOutcome outcome,
      boolean userConfirmed) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(outcome, "outcome");
    SmtpChannel channel = smtp();
    String id = MimeComposer.newMessageId(mailbox);
    MimeMessage mdn = AckCodec.mdn(channel.session(), original, outcome, mailbox,
        config.productReference(), config.clock(), id, userConfirmed);
    try {
      MimeComposer.Rendered r = composer.render(mdn, id);
      // RFC 8098 prefers a null return path, but operators bind the envelope sender to the
      // authenticated mailbox and refuse MAIL FROM:<>; the mailbox's own address is used.
      Address[] to = mdn.getAllRecipients();
      return channel.send(r.message(), to, r.size(), id, false);
    } catch (MessagingException | IOException e) {
      throw new EparcoursClientException(MssErrors.MESSAGE_NOT_WRITABLE,
          "the MDN could not be encoded: " + e.getMessage(), e, false);
    }
  }

  @Override
  public MessagePage list(String folder, long afterUid, int max) {
    if (max < 1 || afterUid < 0) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "page size must be at least 1 and afterUid not negative");
    }
    return imap().list(Objects.requireNonNull(folder, "folder"), afterUid, max);
  }

  @Override
  public ReceivedMessage fetch(String folder, long uid) {
    return imap().fetch(Objects.requireNonNull(folder, "folder"), uid);
  }

  @Override
  public void move(String folder, long uid, String targetFolder) {
    imap().move(Objects.requireNonNull(folder, "folder"), uid,
        Objects.requireNonNull(targetFolder, "targetFolder"));
  }

  @Override
  public void flag(String folder, long uid, MessageFlag flag, boolean set) {
    imap().flag(Objects.requireNonNull(folder, "folder"), uid,
        Objects.requireNonNull(flag, "flag"), set);
  }

  @Override
  public void createFolder(String folder) {
    imap().createFolder(Objects.requireNonNull(folder, "folder"));
  }

  private SmtpChannel smtp() {
    if (smtp == null) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "no SMTP server configured: set builder().smtp(...) to send");
    }
    return smtp;
  }

  private ImapChannel imap() {
    if (imap == null) {
      throw new EparcoursClientException(MssErrors.INVALID_CONFIGURATION,
          "no IMAP server configured: set builder().imap(...) to read");
    }
    return imap;
  }

  @Override
  public MssClient.Builder toBuilder() {
    return builder.get();
  }

  @Override
  public void close() {
    if (smtp != null) {
      smtp.close();
    }
    if (imap != null) {
      imap.close();
    }
  }

  @Override
  public String toString() {
    return "MssClient[" + mailbox + ", smtp=" + config.smtp() + ", imap="
        + config.imap() + "]";
  }
}
