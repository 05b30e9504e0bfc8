package io.github.eparcours.ror.annuaire;

/**
 * Type of an MSSanté mailbox (TRE_R257 TypeBAL). The vocabulary is open: a type this SDK
 * version does not know reads as {@link #UNKNOWN_TO_SDK_VERSION}, its raw code staying available
 * on the mailbox.
 *
 * @since 0.1.0
 */
public enum MailboxType {
  /** Personal mailbox of a professional. */
  PER,
  /** Organisational mailbox of a structure or one of its services. */
  ORG,
  /** Applicative mailbox (machine-to-machine flows of a structure). */
  APP,
  /** Practice (cabinet) mailbox shared by professionals. */
  CAB,
  /** A type not known to this SDK version. */
  UNKNOWN_TO_SDK_VERSION;

  /**
   * Reads a TRE_R257 code.
   *
   * @param code the code, may be null
   * @return the type, {@link #UNKNOWN_TO_SDK_VERSION} when unknown or absent
   */
  public static MailboxType fromCode(String code) {
    if (code != null) {
      for (MailboxType t : values()) {
        if (t != UNKNOWN_TO_SDK_VERSION && t.name().equals(code)) {
          return t;
        }
      }
    }
    return UNKNOWN_TO_SDK_VERSION;
  }
}
