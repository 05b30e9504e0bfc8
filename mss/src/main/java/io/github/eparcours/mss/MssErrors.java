package io.github.eparcours.mss;

import io.github.eparcours.core.error.ErrorCode;

/**
 * The stable error codes of the MSSanté module ({@code MSS-NNNN}).
 *
 * <p>Codes never change meaning; vendors may switch on them. Ranges: {@code 00xx} configuration
 * and message rules, {@code 01xx} sending, {@code 02xx} connection and authentication,
 * {@code 03xx} mailbox reading, {@code 04xx} acknowledgements, {@code 05xx} IHE XDM archives.
 *
 * @since 0.1
 */
public final class MssErrors {

  /** The client configuration is incomplete or inconsistent. */
  public static final ErrorCode INVALID_CONFIGURATION = ErrorCode.of("MSS-0001");
  /** An e-mail address is malformed. */
  public static final ErrorCode INVALID_ADDRESS = ErrorCode.of("MSS-0002");
  /** A message breaks an MSSanté message rule (no recipient, several patients, ...). */
  public static final ErrorCode INVALID_MESSAGE = ErrorCode.of("MSS-0003");
  /** A patient address was asked for without a qualified INS. */
  public static final ErrorCode PATIENT_ADDRESS_NEEDS_QUALIFIED_INS = ErrorCode.of("MSS-0004");

  /** The message is larger than the server accepts (SMTP SIZE) or than the configured cap. */
  public static final ErrorCode MESSAGE_TOO_LARGE = ErrorCode.of("MSS-0101");
  /** The server refused one or more recipients. */
  public static final ErrorCode RECIPIENT_REFUSED = ErrorCode.of("MSS-0102");
  /** The server refused the message. */
  public static final ErrorCode SEND_REFUSED = ErrorCode.of("MSS-0103");
  /** The message could not be written (MIME encoding failure). */
  public static final ErrorCode MESSAGE_NOT_WRITABLE = ErrorCode.of("MSS-0104");

  /** The server could not be reached or the connection dropped. */
  public static final ErrorCode CONNECTION_FAILED = ErrorCode.of("MSS-0201");
  /** The TLS handshake failed: untrusted or mismatched server certificate, refused protocol. */
  public static final ErrorCode TLS_FAILED = ErrorCode.of("MSS-0202");
  /** The server refused the credentials (certificate, access token). */
  public static final ErrorCode AUTHENTICATION_REFUSED = ErrorCode.of("MSS-0203");
  /** The access-token supplier failed or returned no token. */
  public static final ErrorCode TOKEN_UNAVAILABLE = ErrorCode.of("MSS-0204");

  /** An IMAP operation failed. */
  public static final ErrorCode MAILBOX_OPERATION_FAILED = ErrorCode.of("MSS-0301");
  /** The folder does not exist. */
  public static final ErrorCode FOLDER_NOT_FOUND = ErrorCode.of("MSS-0302");
  /** No message has this UID in the folder. */
  public static final ErrorCode MESSAGE_NOT_FOUND = ErrorCode.of("MSS-0303");
  /** A received message could not be read (broken MIME). */
  public static final ErrorCode MESSAGE_UNREADABLE = ErrorCode.of("MSS-0304");

  /** A delivery or disposition notification could not be read. */
  public static final ErrorCode ACKNOWLEDGEMENT_UNREADABLE = ErrorCode.of("MSS-0401");
  /** A disposition notification cannot be produced for this message. */
  public static final ErrorCode DISPOSITION_NOT_POSSIBLE = ErrorCode.of("MSS-0402");

  /** The archive is not a readable ZIP file. */
  public static final ErrorCode XDM_MALFORMED = ErrorCode.of("MSS-0501");
  /** An entry name escapes the archive (absolute path, {@code ..}, drive letter, backslash). */
  public static final ErrorCode XDM_UNSAFE_PATH = ErrorCode.of("MSS-0502");
  /** The archive expands beyond the size or entry-count limits. */
  public static final ErrorCode XDM_TOO_LARGE = ErrorCode.of("MSS-0503");
  /** An entry's compression ratio exceeds the limit (zip bomb). */
  public static final ErrorCode XDM_RATIO_EXCEEDED = ErrorCode.of("MSS-0504");
  /** A document's hash differs from the one in METADATA.XML. */
  public static final ErrorCode XDM_HASH_MISMATCH = ErrorCode.of("MSS-0505");
  /** A document's size differs from the one in METADATA.XML. */
  public static final ErrorCode XDM_SIZE_MISMATCH = ErrorCode.of("MSS-0506");
  /** The archive has no {@code IHE_XDM/<subset>/METADATA.XML}. */
  public static final ErrorCode XDM_METADATA_MISSING = ErrorCode.of("MSS-0507");
  /** METADATA.XML is unreadable or inconsistent. */
  public static final ErrorCode XDM_METADATA_INVALID = ErrorCode.of("MSS-0508");
  /** A document listed in METADATA.XML is missing from the archive. */
  public static final ErrorCode XDM_DOCUMENT_MISSING = ErrorCode.of("MSS-0509");
  /** An archive to write is inconsistent (duplicate or invalid file names, no document). */
  public static final ErrorCode XDM_INVALID_PACKAGE = ErrorCode.of("MSS-0510");
  /** An entry appears twice in the archive. */
  public static final ErrorCode XDM_DUPLICATE_ENTRY = ErrorCode.of("MSS-0511");

  private MssErrors() {}
}
