package io.github.eparcours.mss.message;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import io.github.eparcours.mss.xdm.XdmPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A message to send through MSSanté: sender, recipients, subject, text, attachments, an optional
 * IHE XDM package, threading headers and acknowledgement requests.
 *
 * <p>MSSanté rules enforced at {@link Builder#build()}: at least one recipient, at most one
 * patient among the recipients (one patient per message), {@code X-MSS-MES: FIN} only towards a
 * patient. The {@code X-MSS-CODECDA} and {@code X-MSS-INS} headers are computed from the XDM
 * package when the message is sent, never set by hand.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no content and no patient address.
 *
 * @since 0.1
 */
public final class MssMessage {

  private final MssAddress from;
  private final List<MssAddress> to;
  private final List<MssAddress> cc;
  private final String subject;
  private final String text;
  private final List<Attachment> attachments;
  private final XdmPackage xdm;
  private final boolean patientReplyForbidden;
  private final boolean readReceipt;
  private final boolean deliveryStatus;
  private final String messageId;
  private final String inReplyTo;
  private final List<String> references;

  private MssMessage(Builder b) {
    this.from = b.from;
    this.to = List.copyOf(b.to);
    this.cc = List.copyOf(b.cc);
    this.subject = b.subject == null ? "" : b.subject;
    this.text = b.text == null ? "" : b.text;
    this.attachments = List.copyOf(b.attachments);
    this.xdm = b.xdm;
    this.patientReplyForbidden = b.patientReplyForbidden;
    this.readReceipt = b.readReceipt;
    this.deliveryStatus = b.deliveryStatus;
    this.messageId = b.messageId;
    this.inReplyTo = b.inReplyTo;
    this.references = List.copyOf(b.references);
    if (to.isEmpty() && cc.isEmpty()) {
      throw invalid("a message needs at least one recipient");
    }
    long patients = recipients().filter(MssAddress::isPatient).distinct().count();
    if (patients > 1) {
      throw invalid("a message may concern one patient only: it is addressed to " + patients
          + " patient mailboxes; send one message per patient");
    }
    if (patientReplyForbidden && patients == 0) {
      throw invalid("X-MSS-MES: FIN (patient reply forbidden) needs a patient recipient");
    }
    if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
      throw invalid("the subject holds a line break");
    }
    if (xdm != null && attachments.stream()
        .anyMatch(a -> a.fileName().equalsIgnoreCase("IHE_XDM.ZIP"))) {
      throw invalid("an attachment is named IHE_XDM.ZIP: give the XDM package instead");
    }
  }

  private static EparcoursClientException invalid(String why) {
    return new EparcoursClientException(MssErrors.INVALID_MESSAGE, why);
  }

  /**
   * Starts a message.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this message's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to.addAll(to);
    b.cc.addAll(cc);
    b.subject = subject;
    b.text = text;
    b.attachments.addAll(attachments);
    b.xdm = xdm;
    b.patientReplyForbidden = patientReplyForbidden;
    b.readReceipt = readReceipt;
    b.deliveryStatus = deliveryStatus;
    b.messageId = messageId;
    b.inReplyTo = inReplyTo;
    b.references.addAll(references);
    return b;
  }

  /**
   * Returns the sender, when set on the message; the client's mailbox is used otherwise.
   *
   * @return the sender, or empty
   */
  public Optional<MssAddress> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the {@code To} recipients.
   *
   * @return the recipients, unmodifiable
   */
  public List<MssAddress> to() {
    return to;
  }

  /**
   * Returns the {@code Cc} recipients.
   *
   * @return the recipients, unmodifiable
   */
  public List<MssAddress> cc() {
    return cc;
  }

  /**
   * Returns all recipients.
   *
   * @return {@code To} then {@code Cc}
   */
  public Stream<MssAddress> recipients() {
    return Stream.concat(to.stream(), cc.stream());
  }

  /**
   * Returns the subject.
   *
   * @return the subject, empty string when none; may contain patient data
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the plain-text body.
   *
   * @return the text, empty string when none
   */
  public String text() {
    return text;
  }

  /**
   * Returns the attachments other than the XDM archive.
   *
   * @return the attachments, unmodifiable
   */
  public List<Attachment> attachments() {
    return attachments;
  }

  /**
   * Returns the XDM package attached as {@code IHE_XDM.ZIP}.
   *
   * @return the package, or empty
   */
  public Optional<XdmPackage> xdm() {
    return Optional.ofNullable(xdm);
  }

  /**
   * Tells whether the patient's reply is forbidden ({@code X-MSS-MES: FIN}).
   *
   * @return true when forbidden
   */
  public boolean patientReplyForbidden() {
    return patientReplyForbidden;
  }

  /**
   * Tells whether a read receipt (MDN) is requested.
   *
   * @return true when requested
   */
  public boolean readReceipt() {
    return readReceipt;
  }

  /**
   * Tells whether delivery status notifications (DSN) are requested.
   *
   * @return true when requested (the default)
   */
  public boolean deliveryStatus() {
    return deliveryStatus;
  }

  /**
   * Returns the Message-ID set by the caller.
   *
   * @return the id with its angle brackets, or empty to let the client generate one
   */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }

  /**
   * Returns the Message-ID this message answers.
   *
   * @return the id, or empty
   */
  public Optional<String> inReplyTo() {
    return Optional.ofNullable(inReplyTo);
  }

  /**
   * Returns the thread's earlier Message-IDs, oldest first.
   *
   * @return the ids, unmodifiable
   */
  public List<String> references() {
    return references;
  }

  @Override
  public String toString() {
    return "MssMessage[" + (to.size() + cc.size()) + " recipients, " + attachments.size()
        + " attachments" + (xdm != null ? ", XDM " + xdm.documents().size() + " documents" : "")
        + "]";
  }

  /**
   * Builder of {@link MssMessage}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private MssAddress from;
    private final List<MssAddress> to = new ArrayList<>();
    private final List<MssAddress> cc = new ArrayList<>();
    private String subject;
    private String text;
    private final List<Attachment> attachments = new ArrayList<>();
    private XdmPackage xdm;
    private boolean patientReplyForbidden;
    private boolean readReceipt;
    private boolean deliveryStatus = true;
    private String messageId;
    private String inReplyTo;
    private final List<String> references = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the sender; by default the mailbox the client authenticates as.
     *
     * @param from the sender
     * @return this builder
     */
    public Builder from(MssAddress from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    /**
     * Adds {@code To} recipients.
     *
     * @param recipients the recipients
     * @return this builder
     */
    public Builder to(MssAddress... recipients) {
      for (MssAddress r : recipients) {
        to.add(Objects.requireNonNull(r, "recipient"));
      }
      return this;
    }

    /**
     * Adds {@code Cc} recipients.
     *
     * @param recipients the recipients
     * @return this builder
     */
    public Builder cc(MssAddress... recipients) {
      for (MssAddress r : recipients) {
        cc.add(Objects.requireNonNull(r, "recipient"));
      }
      return this;
    }

    /**
     * Sets the subject. With an XDM package, MSSanté expects
     * {@code XDM/1.0/DDM+<label> <NAME> <given name> <birth date>}, which {@link XdmSubject}
     * builds.
     *
     * @param subject the subject, one line
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets the plain-text body.
     *
     * @param text the text
     * @return this builder
     */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /**
     * Adds an attachment (e.g. the PDF copy of a CDA document).
     *
     * @param attachment the attachment
     * @return this builder
     */
    public Builder attach(Attachment attachment) {
      attachments.add(Objects.requireNonNull(attachment, "attachment"));
      return this;
    }

    /**
     * Attaches an IHE XDM package as {@code IHE_XDM.ZIP}; sets {@code X-MSS-CODECDA} and
     * {@code X-MSS-INS} from it.
     *
     * @param pkg the package
     * @return this builder
     */
    public Builder xdm(XdmPackage pkg) {
      this.xdm = Objects.requireNonNull(pkg, "pkg");
      return this;
    }

    /**
     * Forbids the patient's reply ({@code X-MSS-MES: FIN}); needs a patient recipient.
     *
     * @return this builder
     */
    public Builder forbidPatientReply() {
      this.patientReplyForbidden = true;
      return this;
    }

    /**
     * Requests a read receipt (MDN, {@code Disposition-Notification-To} the sender).
     *
     * @param requested whether to request it
     * @return this builder
     */
    public Builder readReceipt(boolean requested) {
      this.readReceipt = requested;
      return this;
    }

    /**
     * Requests delivery status notifications (DSN {@code NOTIFY=SUCCESS,FAILURE RET=HDRS}) when
     * the server offers them. On by default.
     *
     * @param requested whether to request them
     * @return this builder
     */
    public Builder deliveryStatus(boolean requested) {
      this.deliveryStatus = requested;
      return this;
    }

    /**
     * Sets the Message-ID instead of the generated one.
     *
     * @param id the id, {@code <left@right>}
     * @return this builder
     * @throws EparcoursClientException {@code MSS-0003} if the id is not {@code <left@right>}
     */
    public Builder messageId(String id) {
      this.messageId = checkId(id);
      return this;
    }

    /**
     * Makes this message a reply: sets {@code In-Reply-To} and {@code References} (the
     * original's references followed by its Message-ID, RFC 5322 section 3.6.4).
     *
     * @param original the message answered
     * @return this builder
     */
    public Builder replyTo(ReceivedMessage original) {
      Objects.requireNonNull(original, "original");
      references.clear();
      references.addAll(original.references());
      original.messageId().ifPresent(id -> {
        inReplyTo = id;
        references.add(id);
      });
      return this;
    }

    /**
     * Sets {@code In-Reply-To} and {@code References} explicitly.
     *
     * @param inReplyTo the Message-ID answered
     * @param references the thread's Message-IDs, oldest first
     * @return this builder
     * @throws EparcoursClientException {@code MSS-0003} if an id is not {@code <left@right>}
     */
    public Builder thread(String inReplyTo, List<String> references) {
      this.inReplyTo = checkId(inReplyTo);
      this.references.clear();
      references.forEach(r -> this.references.add(checkId(r)));
      return this;
    }

    private static String checkId(String id) {
      if (id == null || !id.matches("<[^<>@\\s]+@[^<>@\\s]+>")) {
        throw invalid("a Message-ID must be of the form <left@right>");
      }
      return id;
    }

    /**
     * Builds the message.
     *
     * @return the message
     * @throws EparcoursClientException {@code MSS-0003} if an MSSanté message rule is broken
     */
    public MssMessage build() {
      return new MssMessage(this);
    }
  }
}
