package io.github.eparcours.mss.xdm;

import io.github.eparcours.core.document.xds.SubmissionRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An {@code IHE_XDM.ZIP} that was read and checked: every document listed in the metadata is
 * present with the hash and size the metadata gives.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class XdmArchive {

  private final String subsetName;
  private final byte[] metadataXml;
  private final SubmissionRequest submission;
  private final List<XdmDocument> documents;
  private final String readme;

  XdmArchive(String subsetName, byte[] metadataXml, SubmissionRequest submission,
      List<XdmDocument> documents, String readme) {
    this.subsetName = subsetName;
    this.metadataXml = metadataXml;
    this.submission = submission;
    this.documents = List.copyOf(documents);
    this.readme = readme;
  }

  /**
   * Returns the subset folder name under {@code IHE_XDM/}.
   *
   * @return the name, never null
   */
  public String subsetName() {
    return subsetName;
  }

  /**
   * Returns the raw METADATA.XML (an ebRS {@code SubmitObjectsRequest}), for a full XDS reader.
   *
   * @return a copy of the bytes; may contain patient data
   */
  public byte[] metadataXml() {
    return metadataXml.clone();
  }

  /**
   * Returns the XDS metadata read from METADATA.XML: submission set, document entries and
   * associations (validate it with core's XDS validator for the profile you need).
   *
   * @return the submission, without content (the content is in {@link #documents()})
   */
  public SubmissionRequest submission() {
    return submission;
  }

  /**
   * Returns the documents, in metadata order, with their checked content.
   *
   * @return the documents, unmodifiable
   */
  public List<XdmDocument> documents() {
    return documents;
  }

  /**
   * Returns the CDA documents' type codes ({@code X-MSS-CODECDA}).
   *
   * @return the distinct codes, in order
   */
  public List<String> cdaTypeCodes() {
    return documents.stream().flatMap(d -> d.cdaTypeCode().stream()).distinct().toList();
  }

  /**
   * Returns README.TXT.
   *
   * @return the text, or empty when the archive has none
   */
  public Optional<String> readme() {
    return Optional.ofNullable(readme);
  }

  static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "XdmArchive[" + subsetName + ", " + documents.size() + " documents]";
  }
}
