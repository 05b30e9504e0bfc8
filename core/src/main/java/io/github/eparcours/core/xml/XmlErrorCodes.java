package io.github.eparcours.core.xml;

import io.github.eparcours.core.error.ErrorCode;

/**
 * The stable error codes of XML handling ({@code CORE-04xx}).
 *
 * @since 0.1
 */
public final class XmlErrorCodes {

  /** The document has a DOCTYPE: DTDs (hence entity declarations and external DTDs) are refused. */
  public static final ErrorCode DOCTYPE = ErrorCode.of("CORE-0401");
  /** The document uses XInclude, which the SDK never processes. */
  public static final ErrorCode XINCLUDE = ErrorCode.of("CORE-0402");
  /** The document is larger than {@link XmlLimits#maxDocumentBytes()}. */
  public static final ErrorCode TOO_LARGE = ErrorCode.of("CORE-0403");
  /** A structural limit was exceeded: element depth, attributes per element, name length. */
  public static final ErrorCode LIMIT = ErrorCode.of("CORE-0404");
  /** The document is not well-formed XML. */
  public static final ErrorCode MALFORMED = ErrorCode.of("CORE-0405");
  /** The document could not be read (I/O failure of the underlying stream). */
  public static final ErrorCode IO = ErrorCode.of("CORE-0406");
  /** The XML platform could not be configured securely (an unsupported JAXP implementation). */
  public static final ErrorCode CONFIGURATION = ErrorCode.of("CORE-0407");
  /** The document tried to reach an external resource (entity, DTD, schema), which is refused. */
  public static final ErrorCode EXTERNAL_ACCESS = ErrorCode.of("CORE-0408");
  /** Writing or transforming XML failed. */
  public static final ErrorCode WRITE = ErrorCode.of("CORE-0409");

  private XmlErrorCodes() {}
}
