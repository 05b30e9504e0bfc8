package io.github.eparcours.dmp;

import io.github.eparcours.core.error.ErrorCode;

/**
 * The stable error codes of the DMP module ({@code DMP-NNNN}).
 *
 * <p>Ranges: {@code 00xx} VIHF assertion, {@code 01xx} SOAP, WS-Addressing and MTOM wire format,
 * {@code 02xx} DMP operations and replies. A code never changes meaning between releases.
 *
 * @since 0.1
 */
public final class DmpErrors {

  /** The acting identity or the product identity lacks a value the VIHF requires. */
  public static final ErrorCode VIHF_INCOMPLETE = ErrorCode.of("DMP-0001");
  /** The VIHF could not be signed (key, algorithm or XML signature failure). */
  public static final ErrorCode VIHF_SIGNING_FAILED = ErrorCode.of("DMP-0002");
  /** The signing certificate cannot sign now: outside its validity, or key and certificate differ. */
  public static final ErrorCode VIHF_CERTIFICATE_UNUSABLE = ErrorCode.of("DMP-0003");
  /** A received VIHF is missing, malformed or lacks a required attribute. */
  public static final ErrorCode VIHF_MALFORMED = ErrorCode.of("DMP-0004");
  /** A received VIHF signature does not verify (altered assertion or wrong key). */
  public static final ErrorCode VIHF_SIGNATURE_INVALID = ErrorCode.of("DMP-0005");
  /** A received VIHF is outside its validity window. */
  public static final ErrorCode VIHF_EXPIRED = ErrorCode.of("DMP-0006");

  /** A SOAP message could not be read: not XML, not a SOAP 1.2 envelope, or refused XML. */
  public static final ErrorCode SOAP_MALFORMED = ErrorCode.of("DMP-0101");
  /** The service answered with a SOAP fault. */
  public static final ErrorCode SOAP_FAULT = ErrorCode.of("DMP-0102");
  /** A multipart/related (MTOM/XOP) message is malformed or references a missing part. */
  public static final ErrorCode MTOM_MALFORMED = ErrorCode.of("DMP-0103");
  /** A SOAP message could not be written (I/O or XML writer failure). */
  public static final ErrorCode SOAP_WRITE_FAILED = ErrorCode.of("DMP-0104");
  /** A reply's WS-Addressing headers do not answer the request that was sent. */
  public static final ErrorCode WSA_MISMATCH = ErrorCode.of("DMP-0105");
  /** A SOAP message or one of its parts exceeds the configured size limit. */
  public static final ErrorCode SOAP_TOO_LARGE = ErrorCode.of("DMP-0106");

  private DmpErrors() {}
}
