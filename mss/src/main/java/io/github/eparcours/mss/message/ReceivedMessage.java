package io.github.eparcours.mss.message;

import io.github.eparcours.mss.ack.Acknowledgement;
import io.github.eparcours.mss.xdm.XdmArchive;
import io.github.eparcours.mss.xdm.XdmReader;
import io.github.eparcours.mss.xdm.XdmWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message read from an MSSanté mailbox: envelope, text, attachments, MSSanté headers,
 * threading headers, and the acknowledgement it carries when it is a DSN or an MDN.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows neither content nor addresses.
 *
 * @since 0.1
 */
public final class ReceivedMessage {

  private final String folder;
  private final long uid;
  private final String messageId;
  private final MssAddress from;
  private final List<MssAddress> to;
  private final String subject;
  private final Instant sentDate;
  private final String text;
  private final List<Attachment> attachments;
  private final String nil;
  private final List<String> cdaTypeCodes;
  private final String insHeader;
  private final boolean patientReplyForbidden;
  private final MssAddress dispositionNotificationTo;
  private final String returnPath;
  private final String inReplyTo;
  private final List<String> references;
  private final Acknowledgement acknowledgement;
  private final byte[] raw;

  private ReceivedMessage(Builder b) {
    this.folder = Objects.requireNonNull(b.folder, "folder");
    this.uid = b.uid;
    this.messageId = b.messageId;
    this.from = b.from;
    this.to = List.copyOf(b.to);
    this.subject = b.subject == null ? "" : b.subject;
    this.sentDate = b.sentDate;
    this.text = b.text == null ? "" : b.text;
    this.attachments = List.copyOf(b.attachments);
    this.nil = b.nil;
    this.cdaTypeCodes = List.copyOf(b.cdaTypeCodes);
    this.insHeader = b.insHeader;
    this.patientReplyForbidden = b.patientReplyForbidden;
    this.dispositionNotificationTo = b.dispositionNotificationTo;
    this.returnPath = b.returnPath;
    this.inReplyTo = b.inReplyTo;
    this.references = List.copyOf(b.references);
    this.acknowledgement = b.acknowledgement;
    this.raw = b.raw == null ? new byte[0] : b.raw;
  }

  /**
   * Starts a received message; used by the client's parser and by tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the folder the message was read from.
   *
   * @return the folder name
   */
  public String folder() {
    return folder;
  }

  /**
   * Returns the IMAP UID in its folder.
   *
   * @return the UID
   */
  public long uid() {
    return uid;
  }

  /**
   * Returns the Message-ID.
   *
   * @return the id with angle brackets, or empty
   */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }

  /**
   * Returns the sender.
   *
   * @return the sender, or empty if the From header is missing or malformed
   */
  public Optional<MssAddress> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the {@code To} recipients that could be parsed.
   *
   * @return the recipients, unmodifiable
   */
  public List<MssAddress> to() {
    return to;
  }

  /**
   * Returns the subject.
   *
   * @return the subject, empty when none
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the subject without the {@code XDM/1.0/DDM+} prefix, as UIs must show it.
   *
   * @return the subject to display
   */
  public String displaySubject() {
    return subject.startsWith(MssHeaders.XDM_SUBJECT_PREFIX)
        ? subject.substring(MssHeaders.XDM_SUBJECT_PREFIX.length()) : subject;
  }

  /**
   * Returns the Date header.
   *
   * @return the date, or empty
   */
  public Optional<Instant> sentDate() {
    return Optional.ofNullable(sentDate);
  }

  /**
   * Returns the plain-text body (the first text/plain part).
   *
   * @return the text, empty when none
   */
  public String text() {
    return text;
  }

  /**
   * Returns the attachments, the XDM archive included.
   *
   * @return the attachments, unmodifiable
   */
  public List<Attachment> attachments() {
    return attachments;
  }

  /**
   * Returns the {@code IHE_XDM.ZIP} attachment, if any.
   *
   * @return the attachment, or empty
   */
  public Optional<Attachment> xdmAttachment() {
    return attachments.stream()
        .filter(a -> a.fileName().equalsIgnoreCase(XdmWriter.FILE_NAME)).findFirst();
  }

  /**
   * Reads and checks the {@code IHE_XDM.ZIP} attachment with the given reader.
   *
   * @param reader the reader (its limits apply)
   * @return the archive, or empty when the message has none
   * @throws io.github.eparcours.core.error.EparcoursClientException {@code MSS-05xx} if the
   *     archive is hostile or inconsistent
   */
  public Optional<XdmArchive> readXdm(XdmReader reader) {
    return xdmAttachment().map(a -> reader.read(a.openStream()));
  }

  /**
   * Returns the {@code X-MSS-NIL} product reference of the sender.
   *
   * @return the reference, or empty
   */
  public Optional<String> nil() {
    return Optional.ofNullable(nil);
  }

  /**
   * Returns the {@code X-MSS-CODECDA} codes.
   *
   * @return the codes, empty when the header is absent
   */
  public List<String> cdaTypeCodes() {
    return cdaTypeCodes;
  }

  /**
   * Returns the {@code X-MSS-INS} header: true for {@code O} (qualified INS), false for
   * {@code N}.
   *
   * @return the value, or empty when absent or unknown
   */
  public Optional<Boolean> insQualified() {
    if (insHeader == null) {
      return Optional.empty();
    }
    return switch (insHeader.trim()) {
      case "O" -> Optional.of(true);
      case "N" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /**
   * Returns the raw {@code X-MSS-INS} header value.
   *
   * @return the value, or empty
   */
  public Optional<String> insHeader() {
    return Optional.ofNullable(insHeader);
  }

  /**
   * Tells whether the sender forbade the reply ({@code X-MSS-MES: FIN}).
   *
   * @return true when forbidden
   */
  public boolean patientReplyForbidden() {
    return patientReplyForbidden;
  }

  /**
   * Returns where the sender wants the read receipt ({@code Disposition-Notification-To}).
   *
   * @return the address, or empty when no MDN is requested
   */
  public Optional<MssAddress> dispositionNotificationTo() {
    return Optional.ofNullable(dispositionNotificationTo);
  }

  /**
   * Returns the Return-Path set by the delivering server.
   *
   * @return the bare address, or empty
   */
  public Optional<String> returnPath() {
    return Optional.ofNullable(returnPath);
  }

  /**
   * Returns {@code In-Reply-To}.
   *
   * @return the id, or empty
   */
  public Optional<String> inReplyTo() {
    return Optional.ofNullable(inReplyTo);
  }

  /**
   * Returns {@code References}, oldest first.
   *
   * @return the ids, unmodifiable
   */
  public List<String> references() {
    return references;
  }

  /**
   * Returns the acknowledgement this message carries.
   *
   * @return the DSN or MDN, or empty for an ordinary message
   */
  public Optional<Acknowledgement> acknowledgement() {
    return Optional.ofNullable(acknowledgement);
  }

  /**
   * Returns the message as received (RFC 5322 bytes), the escape hatch for anything this model
   * does not expose.
   *
   * @return a copy of the bytes
   */
  public byte[] raw() {
    return raw.clone();
  }

  byte[] rawView() {
    return raw;
  }

  @Override
  public String toString() {
    return "ReceivedMessage[" + folder + "#" + uid + ", " + attachments.size() + " attachments"
        + (acknowledgement != null ? ", " + acknowledgement.getClass().getSimpleName() : "")
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReceivedMessage m && folder.equals(m.folder) && uid == m.uid
        && Arrays.equals(raw, m.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(folder, uid);
  }

  /**
   * Builder of {@link ReceivedMessage}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String folder;
    private long uid;
    private String messageId;
    private MssAddress from;
    private final List<MssAddress> to = new ArrayList<>();
    private String subject;
    private Instant sentDate;
    private String text;
    private final List<Attachment> attachments = new ArrayList<>();
    private String nil;
    private final List<String> cdaTypeCodes = new ArrayList<>();
    private String insHeader;
    private boolean patientReplyForbidden;
    private MssAddress dispositionNotificationTo;
    private String returnPath;
    private String inReplyTo;
    private final List<String> references = new ArrayList<>();
    private Acknowledgement acknowledgement;
    private byte[] raw;

    private Builder() {}

    /**
     * Sets folder and UID.
     *
     * @param folder the folder
     * @param uid the UID
     * @return this builder
     */
    public Builder location(String folder, long uid) {
      this.folder = folder;
      this.uid = uid;
      return this;
    }

    /**
     * Sets the Message-ID.
     *
     * @param id the id, may be null
     * @return this builder
     */
    public Builder messageId(String id) {
      this.messageId = id;
      return this;
    }

    /**
     * Sets the sender.
     *
     * @param from the sender, may be null
     * @return this builder
     */
    public Builder from(MssAddress from) {
      this.from = from;
      return this;
    }

    /**
     * Adds a To recipient.
     *
     * @param to the recipient
     * @return this builder
     */
    public Builder addTo(MssAddress to) {
      this.to.add(Objects.requireNonNull(to, "to"));
      return this;
    }

    /**
     * Sets the subject.
     *
     * @param subject the subject, may be null
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets the Date.
     *
     * @param date the date, may be null
     * @return this builder
     */
    public Builder sentDate(Instant date) {
      this.sentDate = date;
      return this;
    }

    /**
     * Sets the text.
     *
     * @param text the text, may be null
     * @return this builder
     */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /**
     * Adds an attachment.
     *
     * @param a the attachment
     * @return this builder
     */
    public Builder addAttachment(Attachment a) {
      attachments.add(Objects.requireNonNull(a, "a"));
      return this;
    }

    /**
     * Sets the MSSanté headers.
     *
     * @param nil X-MSS-NIL, may be null
     * @param codeCda X-MSS-CODECDA codes, not null
     * @param ins X-MSS-INS, may be null
     * @param replyForbidden whether X-MSS-MES is FIN
     * @return this builder
     */
    public Builder mssHeaders(String nil, List<String> codeCda, String ins,
        boolean replyForbidden) {
      this.nil = nil;
      this.cdaTypeCodes.addAll(codeCda);
      this.insHeader = ins;
      this.patientReplyForbidden = replyForbidden;
      return this;
    }

    /**
     * Sets the read-receipt address and Return-Path.
     *
     * @param dispositionNotificationTo the MDN address, may be null
     * @param returnPath the Return-Path, may be null
     * @return this builder
     */
    public Builder receiptHeaders(MssAddress dispositionNotificationTo, String returnPath) {
      this.dispositionNotificationTo = dispositionNotificationTo;
      this.returnPath = returnPath;
      return this;
    }

    /**
     * Sets the threading headers.
     *
     * @param inReplyTo In-Reply-To, may be null
     * @param references References, not null
     * @return this builder
     */
    public Builder thread(String inReplyTo, List<String> references) {
      this.inReplyTo = inReplyTo;
      this.references.addAll(references);
      return this;
    }

    /**
     * Sets the acknowledgement carried.
     *
     * @param ack the DSN or MDN, may be null
     * @return this builder
     */
    public Builder acknowledgement(Acknowledgement ack) {
      this.acknowledgement = ack;
      return this;
    }

    /**
     * Sets the raw message (kept, not copied).
     *
     * @param raw the RFC 5322 bytes
     * @return this builder
     */
    public Builder raw(byte[] raw) {
      this.raw = raw;
      return this;
    }

    /**
     * Builds the message.
     *
     * @return the message
     */
    public ReceivedMessage build() {
      return new ReceivedMessage(this);
    }
  }
}
