package io.github.eparcours.mss.message;

/**
 * Names and values of the MSSanté-specific mail headers (Référentiel socle MSSanté #2).
 *
 * @since 0.1
 */
public final class MssHeaders {

  /** Product reference assigned at the product's declaration; on every sent message. */
  public static final String NIL = "X-MSS-NIL";
  /** Type codes of the CDA documents in the IHE_XDM archive, comma-separated. */
  public static final String CODE_CDA = "X-MSS-CODECDA";
  /** {@code O} if the patient's INS is qualified, {@code N} otherwise; with a CDA only. */
  public static final String INS = "X-MSS-INS";
  /** {@code FIN} when the patient must not reply. */
  public static final String MES = "X-MSS-MES";
  /** The value of {@link #MES} that forbids the patient's reply. */
  public static final String MES_END = "FIN";
  /** Read-receipt request (RFC 8098). */
  public static final String DISPOSITION_NOTIFICATION_TO = "Disposition-Notification-To";
  /** The subject prefix of messages carrying an IHE XDM archive. */
  public static final String XDM_SUBJECT_PREFIX = "XDM/1.0/DDM+";

  private MssHeaders() {}
}
