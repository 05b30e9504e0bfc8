package io.github.eparcours.mss.internal;

import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.document.xds.SubmissionRequest;
import io.github.eparcours.mss.xdm.XdmPackage;
import java.util.List;

/**
 * Writes and reads the {@code METADATA.XML} of an XDM subset (an ebRS 3.0
 * {@code SubmitObjectsRequest}). The archive code needs, per document, its URI, hash, size and
 * media type; the typed XDS metadata travels alongside.
 */
public interface XdmMetadataCodec {

  /**
   * Writes METADATA.XML for a package whose documents have the given facts.
   *
   * @param pkg the package
   * @param facts one entry per document, in the package's order
   * @return the XML, UTF-8
   */
  byte[] write(XdmPackage pkg, List<DocumentFacts> facts);

  /**
   * Reads METADATA.XML.
   *
   * @param metadataXml the XML
   * @return the typed submission and one fact per document entry, in document order
   * @throws io.github.eparcours.core.error.EparcoursClientException {@code MSS-0508} if the XML
   *     is unreadable or an entry lacks a URI
   */
  Read read(byte[] metadataXml);

  /**
   * What was read.
   *
   * @param submission the typed submission set, document entries and associations
   * @param facts the per-document facts, in document order
   */
  record Read(SubmissionRequest submission, List<DocumentFacts> facts) {}

  /**
   * What the archive and the metadata must agree on for one document.
   *
   * @param uri the URI slot (file name relative to the subset folder, or {@code SUBSET/FILE})
   * @param sha1Hex the hash slot (lower-case hex SHA-1), or null when absent
   * @param size the size slot, or -1 when absent
   * @param mimeType the ExtrinsicObject mimeType
   * @param typeCode the typeCode's code, or null
   * @param typeCodeSystem the typeCode's coding scheme, or null
   * @param entry the typed document entry, or null when writing
   */
  record DocumentFacts(String uri, String sha1Hex, long size, String mimeType, String typeCode,
      String typeCodeSystem, DocumentEntry entry) {}
}
