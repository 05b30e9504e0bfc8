package io.github.eparcours.examples.tasks;

import io.github.eparcours.core.document.cda.CdaHeader;
import io.github.eparcours.core.document.xds.DocumentContent;
import io.github.eparcours.core.document.xds.DocumentEntry;
import java.util.Objects;

/**
 * A discharge letter ready to share: its CDA header, the CDA N1 document (embedding the PDF) and
 * the XDS DocumentEntry derived from the CDA. Immutable.
 *
 * @param header the CDA header
 * @param pdf the PDF the CDA embeds
 * @param cda the CDA N1 document
 * @param entry the XDS metadata, with hash and size of {@code cda}
 */
public record DischargeLetter(CdaHeader header, byte[] pdf, byte[] cda, DocumentEntry entry) {

  /** Checks presence and copies the arrays. */
  public DischargeLetter {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(entry, "entry");
    pdf = pdf.clone();
    cda = cda.clone();
  }

  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  @Override
  public byte[] cda() {
    return cda.clone();
  }

  /**
   * Returns the CDA as XDS content.
   *
   * @return the content
   */
  public DocumentContent content() {
    return DocumentContent.ofBytes(cda);
  }

  /**
   * Returns the document's uniqueId.
   *
   * @return the uniqueId
   */
  public String uniqueId() {
    return entry.uniqueId().orElseThrow();
  }
}
