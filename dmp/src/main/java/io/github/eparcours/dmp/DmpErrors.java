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

  /** The patient's identity is not qualified (RNIV status QUAL): the DMP cannot be fed. */
  public static final ErrorCode INS_NOT_QUALIFIED = ErrorCode.of("DMP-0201");
  /** The INS authority (OID) is not accepted in the configured environment. */
  public static final ErrorCode INS_WRONG_ENVIRONMENT = ErrorCode.of("DMP-0202");
  /** The submission's metadata fail the DMP rules checked before sending (see the report). */
  public static final ErrorCode METADATA_INVALID = ErrorCode.of("DMP-0203");
  /** The DMP registry answered Failure; its registry errors are attached. */
  public static final ErrorCode REGISTRY_FAILURE = ErrorCode.of("DMP-0204");
  /** The DMP answered with an HTTP error status and no SOAP fault. */
  public static final ErrorCode HTTP_ERROR = ErrorCode.of("DMP-0205");
  /** A feed's outcome is unknown: the reply was lost and the check by uniqueId failed too. */
  public static final ErrorCode FEED_OUTCOME_UNKNOWN = ErrorCode.of("DMP-0206");
  /** After a lost reply, only some documents of a submission are found registered. */
  public static final ErrorCode FEED_PARTIALLY_REGISTERED = ErrorCode.of("DMP-0207");
  /** The reply does not have the expected shape for the operation. */
  public static final ErrorCode UNEXPECTED_REPLY = ErrorCode.of("DMP-0208");
  /** A document to update, delete or retrieve was not found or is not visible. */
  public static final ErrorCode DOCUMENT_NOT_FOUND = ErrorCode.of("DMP-0209");
  /**
   * The DMP refused the acting professional or structure: no access authorisation to the
   * patient's DMP, or emergency access refused (see {@link DmpAccessDeniedException}).
   */
  public static final ErrorCode ACCESS_NOT_AUTHORIZED = ErrorCode.of("DMP-0210");

  /**
   * Pre-send rule: the submission set's or an entry's patientId is not the INS of the patient
   * the feed is for. (Missing or malformed metadata are the core {@code XDS-00xx} rules.)
   */
  public static final String RULE_PATIENT_ID = "DMP-0301";
  /** Pre-send rule: a document entry has no content attached. */
  public static final String RULE_CONTENT = "DMP-0304";
  // DMP-0302, DMP-0303 and DMP-0305 are retired: the core XDS rules cover them; never reuse.

  /** Submission-set signature rule: the signature document is not a readable XML-DSig. */
  public static final String RULE_SIGNATURE_MALFORMED = "DMP-0401";
  /** Submission-set signature rule: the signature does not verify or its signer is untrusted. */
  public static final String RULE_SIGNATURE_INVALID = "DMP-0402";
  /** Submission-set signature rule: a manifest digest does not match its document or set. */
  public static final String RULE_MANIFEST_DIGEST = "DMP-0403";
  /** Submission-set signature rule: the manifest omits a document, or names an unknown one. */
  public static final String RULE_MANIFEST_COVERAGE = "DMP-0404";

  private DmpErrors() {}
}
