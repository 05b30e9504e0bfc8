package io.github.eparcours.core.document;

import io.github.eparcours.core.error.ErrorCode;

/**
 * Stable error codes of the document packages (CDA R2 and XDS metadata), range {@code CORE-05xx}.
 *
 * <p>Validation rules have their own codes ({@code CDA-nnnn}, {@code XDS-nnnn}) in the
 * {@link io.github.eparcours.core.validation.ValidationReport} that a
 * {@link io.github.eparcours.core.error.ValidationException} carries.
 *
 * @since 0.1
 */
public final class DocumentErrors {

  /** XML refused: DOCTYPE, external entity, or not well-formed. Fix the producer. */
  public static final ErrorCode XML_REFUSED = ErrorCode.of("CORE-0501");
  /** Reading or writing a stream failed (I/O). Usually retryable at the caller's level. */
  public static final ErrorCode IO_FAILURE = ErrorCode.of("CORE-0502");
  /** A CDA header broke a CI-SIS rule on write; see the report. */
  public static final ErrorCode CDA_INVALID = ErrorCode.of("CORE-0503");
  /** The XML is not the expected ebRS/ebRIM 3.0 message. */
  public static final ErrorCode EBRIM_UNREADABLE = ErrorCode.of("CORE-0504");
  /** XDS metadata broke a rule on write; see the report. */
  public static final ErrorCode XDS_INVALID = ErrorCode.of("CORE-0505");
  /** The CDA non-XML body is absent, not base64, or not of the expected media type. */
  public static final ErrorCode BODY_UNREADABLE = ErrorCode.of("CORE-0506");
  /** A value given to a builder or factory is malformed (an OID, an HL7 v2 field, a time). */
  public static final ErrorCode INVALID_VALUE = ErrorCode.of("CORE-0507");
  /** A required value was not given to a builder. */
  public static final ErrorCode MISSING_VALUE = ErrorCode.of("CORE-0508");
  /**
   * An XML parser (the JDK's, or Woodstox for ebRIM streams) is misconfigured or missing. Check
   * the class path.
   */
  public static final ErrorCode XML_RUNTIME = ErrorCode.of("CORE-0509");

  private DocumentErrors() {}
}
