package io.github.eparcours.mss;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.ack.DispositionOutcome;
import io.github.eparcours.mss.auth.MssAuthentication;
import io.github.eparcours.mss.internal.ClientSettings;
import io.github.eparcours.mss.internal.DefaultMssClient;
import io.github.eparcours.mss.message.MessageFlag;
import io.github.eparcours.mss.message.MessagePage;
import io.github.eparcours.mss.message.MssAddress;
import io.github.eparcours.mss.message.MssMessage;
import io.github.eparcours.mss.message.ReceivedMessage;
import io.github.eparcours.core.tls.TlsConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Client of one MSSanté mailbox: sends over SMTP submission, reads over IMAP, both over TLS 1.2+
 * with the server's name checked against its certificate, authenticated by the mailbox's
 * IGC-Santé certificate (SASL EXTERNAL) or a Pro Santé Connect token (XOAUTH2, OAUTHBEARER).
 *
 * <p><b>Share one instance per mailbox</b>: it keeps one SMTP and one IMAP connection open and
 * reuses them; instances are immutable and thread-safe (concurrent callers are served one at a
 * time on each connection). Close it when the mailbox is no longer used.
 *
 * <pre>{@code
 * try (MssClient client = MssClient.builder()
 *     .smtp(MailServer.startTls("smtp.operateur.mssante.fr", 587))
 *     .imap(MailServer.startTls("imap.operateur.mssante.fr", 143))
 *     .tls(TlsConfiguration.builder().trustAnchors(igcSante).clientKey(appliCertificate).build())
 *     .authentication(MssAuthentication.clientCertificate("appli@hopital.mssante.fr"))
 *     .productReference("DEV935997")
 *     .build()) {
 *   SendResult sent = client.send(MssMessage.builder()
 *       .to(MssAddress.of("jean.dupont@medecin.mssante.fr"))
 *       .subject("XDM/1.0/DDM+Lettre de liaison DUPONT Jean")
 *       .xdm(xdmPackage)
 *       .readReceipt(true)
 *       .build());
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface MssClient extends AutoCloseable {

  /** The usual inbox folder. */
  String INBOX = "INBOX";

  /**
   * Starts a client configuration.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the mailbox this client acts for.
   *
   * @return the mailbox address
   */
  MssAddress mailbox();

  /**
   * Sends a message over the kept SMTP connection. The message is encoded once; its size is
   * checked against the server's SIZE and the configured cap before anything is sent. DSN is
   * requested on the envelope when the message asks for it and the server offers it.
   *
   * @param message the message, not null
   * @return what the server accepted, with the Message-ID acknowledgements will refer to
   * @throws EparcoursClientException {@code MSS-0101} too large, {@code MSS-0104} encoding,
   *     {@code MSS-0201}/{@code MSS-0202} connection or TLS, {@link MssAuthenticationException}
   * @throws io.github.eparcours.core.error.EparcoursServiceException {@code MSS-0102} a
   *     recipient was refused, {@code MSS-0103} the message was refused
   */
  SendResult send(MssMessage message);

  /**
   * Lists a folder by ascending UID: the messages whose UID is greater than {@code afterUid},
   * at most {@code max} of them.
   *
   * @param folder the folder, e.g. {@link #INBOX}
   * @param afterUid 0 for the first page, then {@link MessagePage#nextAfterUid()}
   * @param max the page size, at least 1
   * @return the page
   * @throws EparcoursClientException {@code MSS-0302} unknown folder, {@code MSS-0301} IMAP
   *     failure, connection or authentication failures as for {@link #send}
   */
  MessagePage list(String folder, long afterUid, int max);

  /**
   * Downloads one message (without marking it seen) and parses it, acknowledgements included.
   *
   * @param folder the folder
   * @param uid the UID
   * @return the message
   * @throws EparcoursClientException {@code MSS-0303} no such UID, {@code MSS-0304} broken
   *     MIME, others as for {@link #list}
   */
  ReceivedMessage fetch(String folder, long uid);

  /**
   * Moves a message to another folder (IMAP MOVE, or copy and expunge when the server lacks it).
   *
   * @param folder the source folder
   * @param uid the UID in the source folder
   * @param targetFolder the destination folder, which must exist
   * @throws EparcoursClientException as for {@link #fetch}
   */
  void move(String folder, long uid, String targetFolder);

  /**
   * Sets or clears a system flag.
   *
   * @param folder the folder
   * @param uid the UID
   * @param flag the flag
   * @param set true to set, false to clear
   * @throws EparcoursClientException as for {@link #fetch}
   */
  void flag(String folder, long uid, MessageFlag flag, boolean set);

  /**
   * Creates a folder if it does not exist.
   *
   * @param folder the folder name
   * @throws EparcoursClientException {@code MSS-0301} if it cannot be created
   */
  void createFolder(String folder);

  /**
   * Sends the read/processing receipt (MDN) a received message asked for, in the CI-SIS form.
   * RFC 8098 forbids an automatic MDN when the requested address differs from the Return-Path:
   * then pass {@code userConfirmed = true} only after asking the user.
   *
   * @param original the received message
   * @param outcome processed, or the error code and label
   * @param userConfirmed whether the user agreed to send it
   * @return the sending result
   * @throws EparcoursClientException {@code MSS-0402} if no MDN may be sent for it; sending
   *     failures as for {@link #send}
   */
  SendResult sendDisposition(ReceivedMessage original, DispositionOutcome outcome,
      boolean userConfirmed);

  /**
   * Returns a builder with this client's configuration, for a variant.
   *
   * @return a new builder
   */
  Builder toBuilder();

  /** Closes the connections; further calls fail with {@code MSS-0001}. Never throws. */
  @Override
  void close();

  /**
   * Configuration of an {@link MssClient}. Not thread-safe; {@link #build()} validates eagerly.
   *
   * @since 0.1
   */
  final class Builder {
    private MailServer smtp;
    private MailServer imap;
    private SSLContext sslContext;
    private List<String> protocols = List.of("TLSv1.3", "TLSv1.2");
    private MssAuthentication authentication;
    private String productReference;
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration readTimeout = Duration.ofSeconds(120);
    private long maxMessageBytes;
    private String heloName = "localhost";
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the SMTP submission server; required to send.
     *
     * @param server the server
     * @return this builder
     */
    public Builder smtp(MailServer server) {
      this.smtp = Objects.requireNonNull(server, "server");
      return this;
    }

    /**
     * Sets the IMAP server; required to read.
     *
     * @param server the server
     * @return this builder
     */
    public Builder imap(MailServer server) {
      this.imap = Objects.requireNonNull(server, "server");
      return this;
    }

    /**
     * Sets the TLS configuration from core: IGC-Santé trust anchors of the environment,
     * revocation policy, the mailbox's certificate for certificate authentication, and the
     * protocols (only TLS 1.2 and later are kept). Preferred over {@link #sslContext}.
     *
     * @param tls the configuration
     * @return this builder
     * @throws EparcoursClientException {@code MSS-0001} if it allows no protocol from TLS 1.2 on
     */
    public Builder tls(TlsConfiguration tls) {
      Objects.requireNonNull(tls, "tls");
      List<String> allowed = tls.protocols().stream()
          .filter(p -> p.equals("TLSv1.3") || p.equals("TLSv1.2")).toList();
      if (allowed.isEmpty()) {
        throw config("the TLS configuration allows neither TLSv1.3 nor TLSv1.2");
      }
      this.sslContext = tls.sslContext();
      this.protocols = allowed;
      return this;
    }

    /**
     * Sets the TLS context: its trust managers must trust the operator's IGC-Santé chain only,
     * and, for certificate authentication, its key managers hold the mailbox's certificate.
     * Hostname verification is always on and TLS 1.2+ only is offered. Required.
     *
     * @param context the TLS context
     * @return this builder
     */
    public Builder sslContext(SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "context");
      this.protocols = List.of("TLSv1.3", "TLSv1.2");
      return this;
    }

    /**
     * Sets how the mailbox authenticates. Required.
     *
     * @param authentication the authentication
     * @return this builder
     */
    public Builder authentication(MssAuthentication authentication) {
      this.authentication = Objects.requireNonNull(authentication, "authentication");
      return this;
    }

    /**
     * Sets the product reference sent as {@code X-MSS-NIL} on every message (assigned when the
     * product is declared to the ANS). Required.
     *
     * @param reference the reference, e.g. {@code DEV935997}
     * @return this builder
     */
    public Builder productReference(String reference) {
      this.productReference = reference;
      return this;
    }

    /**
     * Sets the connection time-out (default 30 s).
     *
     * @param timeout the time-out, positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the read and write time-out (default 120 s).
     *
     * @param timeout the time-out, positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Caps the size of sent messages (bytes on the wire) below what the server advertises;
     * 0 (the default) relies on the server's SIZE only.
     *
     * @param bytes the cap, 0 for none
     * @return this builder
     */
    public Builder maxMessageBytes(long bytes) {
      this.maxMessageBytes = bytes;
      return this;
    }

    /**
     * Sets the name given in EHLO (default {@code localhost}).
     *
     * @param name the name
     * @return this builder
     */
    public Builder heloName(String name) {
      this.heloName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the clock for the Date header (tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the client; connections open on first use.
     *
     * @return the client
     * @throws EparcoursClientException {@code MSS-0001} if a required setting is missing or
     *     invalid
     */
    public MssClient build() {
      if (smtp == null && imap == null) {
        throw config("neither SMTP nor IMAP server is set: set at least one");
      }
      if (sslContext == null) {
        throw config("no TLS context: set one trusting the operator's IGC-Santé chain");
      }
      if (authentication == null) {
        throw config("no authentication: use a client certificate or a token supplier");
      }
      if (productReference == null || productReference.isBlank()
          || !productReference.matches("[\\x21-\\x7E]{1,64}")) {
        throw config("the X-MSS-NIL product reference is missing or not printable ASCII");
      }
      if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
          || readTimeout.isZero()) {
        throw config("time-outs must be positive");
      }
      if (maxMessageBytes < 0) {
        throw config("maxMessageBytes must be 0 (none) or positive");
      }
      Builder snapshot = copy();
      return new DefaultMssClient(new ClientSettings(smtp, imap, sslContext, protocols,
          authentication, productReference, connectTimeout, readTimeout, maxMessageBytes,
          heloName, clock), snapshot::copy);
    }

    private static EparcoursClientException config(String why) {
      return new EparcoursClientException(MssErrors.INVALID_CONFIGURATION, why);
    }

    private Builder copy() {
      Builder b = new Builder();
      b.smtp = smtp;
      b.imap = imap;
      b.sslContext = sslContext;
      b.protocols = protocols;
      b.authentication = authentication;
      b.productReference = productReference;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.maxMessageBytes = maxMessageBytes;
      b.heloName = heloName;
      b.clock = clock;
      return b;
    }

  }
}
