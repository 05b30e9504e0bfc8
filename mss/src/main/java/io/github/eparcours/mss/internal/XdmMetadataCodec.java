package io.github.eparcours.mss.internal;

import io.github.eparcours.mss.xdm.XdmPackage;
import java.util.List;

/**
 * Writes and reads the {@code METADATA.XML} of an XDM subset (an ebRS 3.0
 * {@code SubmitObjectsRequest}). The archive code only needs, per document, its URI, hash, size
 * and media type; everything else in the metadata is kept as the opaque document it is.
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
   * Reads the per-document facts from METADATA.XML.
   *
   * @param metadataXml the XML
   * @return one entry per ExtrinsicObject, in document order
   * @throws io.github.eparcours.core.error.EparcoursClientException {@code MSS-0508} if the XML
   *     is unreadable or an entry lacks a URI
   */
  List<DocumentFacts> read(byte[] metadataXml);

  /**
   * What the archive and the metadata must agree on for one document.
   *
   * @param uri the URI slot (file name relative to the subset folder, or {@code SUBSET/FILE})
   * @param sha1Hex the hash slot (lower-case hex SHA-1), or null when absent
   * @param size the size slot, or -1 when absent
   * @param mimeType the ExtrinsicObject mimeType
   * @param typeCode the typeCode classification's code, or null
   * @param typeCodeSystem the typeCode's codingScheme, or null
   */
  record DocumentFacts(String uri, String sha1Hex, long size, String mimeType, String typeCode,
      String typeCodeSystem) {}
}
