package io.github.eparcours.core.document.cda;

import io.github.eparcours.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CdaReader} found in a CDA document: the header, every broken header rule, and
 * what the body is.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CdaDocument {

  /** The kind of body a CDA document has. */
  public enum BodyKind {
    /** {@code nonXMLBody} (N1). */
    NON_XML,
    /** {@code structuredBody}. */
    STRUCTURED,
    /** No {@code component}. */
    NONE
  }

  private final CdaHeader header;
  private final ValidationReport report;
  private final BodyKind bodyKind;
  private final String bodyMediaType;
  private final long bodyBytes;

  CdaDocument(CdaHeader header, ValidationReport report, BodyKind bodyKind, String bodyMediaType,
      long bodyBytes) {
    this.header = Objects.requireNonNull(header, "header");
    this.report = Objects.requireNonNull(report, "report");
    this.bodyKind = Objects.requireNonNull(bodyKind, "bodyKind");
    this.bodyMediaType = bodyMediaType;
    this.bodyBytes = bodyBytes;
  }

  /** @return the header, as complete as the document allowed */
  public CdaHeader header() {
    return header;
  }

  /** @return every broken header rule (empty when the header is CI-SIS conformant) */
  public ValidationReport report() {
    return report;
  }

  /** @return the kind of body */
  public BodyKind bodyKind() {
    return bodyKind;
  }

  /** @return the nonXMLBody media type, e.g. {@code application/pdf} */
  public Optional<String> bodyMediaType() {
    return Optional.ofNullable(bodyMediaType);
  }

  /**
   * Returns the number of decoded body bytes written to the sink given to the reader.
   *
   * @return the byte count, -1 when no sink was given or the body is not N1
   */
  public long bodyBytes() {
    return bodyBytes;
  }

  @Override
  public String toString() {
    return "CdaDocument[" + header + ", " + bodyKind + ", valid=" + report.isValid() + "]";
  }
}
