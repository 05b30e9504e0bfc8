package io.github.eparcours.indicators.fact;

import io.github.eparcours.indicators.InvalidFactException;

/**
 * What a {@link Fact} records. An open vocabulary: the constants are the kinds the built-in
 * indicators read; a vendor may create others with {@link #of(String)} for its own definitions.
 *
 * <p>Immutable and thread-safe; two kinds are equal when their names are.
 *
 * @param name the kind's name: lower-case letters, digits, dots, dashes, underscores
 */
public record FactKind(String name) {

  /** A coordination file was opened (subject: the file; one file per patient and structure). */
  public static final FactKind FILE_OPENED = new FactKind("file.opened");
  /** A coordination file was updated by a professional (subject: the file). */
  public static final FactKind FILE_UPDATED = new FactKind("file.updated");
  /** A coordination file was closed (subject: the file). */
  public static final FactKind FILE_CLOSED = new FactKind("file.closed");
  /** The first (multidimensional) evaluation of the file's patient (subject: the file). */
  public static final FactKind FIRST_EVALUATION = new FactKind("file.first-evaluation");
  /** An entry or alert in the liaison notebook (subject: the file; actor: its author). */
  public static final FactKind LIAISON_ENTRY = new FactKind("file.liaison-entry");
  /** A professional joined the care team (subject: the file; actor: the professional). */
  public static final FactKind CARE_TEAM_ADDED = new FactKind("care-team.added");
  /** A professional left the care team (subject: the file; actor: the professional). */
  public static final FactKind CARE_TEAM_REMOVED = new FactKind("care-team.removed");
  /** A message sent in the coordination tool (subject: the file; actor: the author). */
  public static final FactKind MESSAGE_SENT = new FactKind("message.sent");
  /** An appointment put in the shared agenda (subject: the file). */
  public static final FactKind APPOINTMENT_SCHEDULED = new FactKind("appointment.scheduled");
  /** A member joined the care collective (subject: the member). */
  public static final FactKind MEMBERSHIP_STARTED = new FactKind("membership.started");
  /** A member left the care collective (subject: the member). */
  public static final FactKind MEMBERSHIP_ENDED = new FactKind("membership.ended");
  /** A member used the professional social network (subject: the member). */
  public static final FactKind NETWORK_USE = new FactKind("network.use");
  /** The quarterly dashboard was produced (subject: the structure). */
  public static final FactKind DASHBOARD_PRODUCED = new FactKind("dashboard.produced");
  /**
   * A stay or report became eligible for a DMP feed (subject: the stay or report; code: the
   * SUN-ES domain, e.g. {@code discharge}, {@code biology}, {@code imaging}).
   */
  public static final FactKind FEED_ELIGIBLE = new FactKind("dmp.feed-eligible");
  /**
   * A document was sent to the DMP (subject: the stay or report; code: the domain or document
   * type; qualifier: the INS status at sending time, e.g. {@code QUAL}).
   */
  public static final FactKind DOCUMENT_SENT_TO_DMP = new FactKind("dmp.document-sent");
  /** A patient's DMP was open (subject: the patient's DMP, by a pseudonymous id). */
  public static final FactKind DMP_OPENED = new FactKind("dmp.opened");
  /** A patient's DMP was closed (subject: the DMP). */
  public static final FactKind DMP_CLOSED = new FactKind("dmp.closed");
  /** A VSM (volet de synthèse médicale) was put in the DMP (subject: the DMP). */
  public static final FactKind VSM_SENT = new FactKind("dmp.vsm-sent");
  /** An MSSanté message was sent (subject: the sending professional or mailbox). */
  public static final FactKind MSS_MESSAGE_SENT = new FactKind("mss.message-sent");
  /**
   * A structure's care offer was described in the ROR (subject: the structure; code: its
   * sector; qualifier: {@code complete} or {@code partial}).
   */
  public static final FactKind ROR_DESCRIBED = new FactKind("ror.described");

  /**
   * Validates the name.
   *
   * @throws InvalidFactException if the name is null, empty or has other characters ({@code
   *     IND-0101})
   */
  public FactKind {
    if (name == null || name.isEmpty() || name.length() > 64 || !name.chars().allMatch(
        c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
            || c == '_')) {
      throw new InvalidFactException("IND-0101", "fact kind name is invalid",
          "it must be 1 to 64 characters among a-z, 0-9, '.', '-', '_'",
          "use a name such as 'vendor.custom-event'");
    }
  }

  /**
   * Returns the kind with this name (a built-in constant or a vendor's own).
   *
   * @param name the name
   * @return the kind
   * @throws InvalidFactException if the name is invalid ({@code IND-0101})
   */
  public static FactKind of(String name) {
    return new FactKind(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
