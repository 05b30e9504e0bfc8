package io.github.eparcours.mss.xdm;

import io.github.eparcours.core.document.xds.DocumentEntry;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One document of an IHE XDM submission set: its file name inside the subset folder, media type,
 * content and, for a CDA document, its type code (the CDA header {@code code}, which becomes the
 * {@code X-MSS-CODECDA} header).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class XdmDocument {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  private final String fileName;
  private final String mediaType;
  private final byte[] content;
  private final String cdaTypeCode;
  private final String cdaTypeCodeSystem;
  private final DocumentEntry entry;

  private XdmDocument(String fileName, String mediaType, byte[] content, String cdaTypeCode,
      String cdaTypeCodeSystem, DocumentEntry entry) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content;
    this.cdaTypeCode = cdaTypeCode;
    this.cdaTypeCodeSystem = cdaTypeCodeSystem;
    this.entry = entry;
  }

  /**
   * A CDA R2 document ({@code text/xml}).
   *
   * @param fileName file name in the subset folder, e.g. {@code DOC0001.XML}
   * @param cdaXml the CDA document, copied
   * @param typeCode the CDA header {@code code/@code} (LOINC or CI-SIS code), not blank
   * @param typeCodeSystem the OID of the code system of {@code typeCode}
   *     ({@code 2.16.840.1.113883.6.1} for LOINC), not blank
   * @return the document
   * @throws EparcoursClientException {@code MSS-0510} if the name is not a plain file name or
   *     the type code is blank
   */
  public static XdmDocument cda(String fileName, byte[] cdaXml, String typeCode,
      String typeCodeSystem) {
    if (typeCodeSystem == null || typeCodeSystem.isBlank()) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "CDA type code system is blank: give the OID of the code system of code/@code");
    }
    if (typeCode == null || typeCode.isBlank() || typeCode.contains(",")) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "CDA type code is blank or contains a comma: give the CDA header code/@code");
    }
    return new XdmDocument(checkName(fileName), "text/xml",
        Objects.requireNonNull(cdaXml, "cdaXml").clone(), typeCode, typeCodeSystem, null);
  }

  /**
   * Any other document (PDF rendering, image...).
   *
   * @param fileName file name in the subset folder, e.g. {@code DOC0002.PDF}
   * @param mediaType the media type
   * @param content the bytes, copied
   * @return the document
   * @throws EparcoursClientException {@code MSS-0510} if the name is not a plain file name
   */
  public static XdmDocument of(String fileName, String mediaType, byte[] content) {
    return new XdmDocument(checkName(fileName), Objects.requireNonNull(mediaType, "mediaType"),
        Objects.requireNonNull(content, "content").clone(), null, null, null);
  }

  /**
   * Returns this document with its XDS metadata (e.g. {@code DocumentEntry.fromCda(header)
   * .build()}): class, format, confidentiality, authors, event codes... The archive fills in
   * hash, size, URI and mime type, and the unique id, patient and type code when absent.
   *
   * @param documentEntry the entry, not null
   * @return a new document
   */
  public XdmDocument withEntry(DocumentEntry documentEntry) {
    return new XdmDocument(fileName, mediaType, content, cdaTypeCode, cdaTypeCodeSystem,
        Objects.requireNonNull(documentEntry, "documentEntry"));
  }

  static XdmDocument read(String fileName, String mediaType, byte[] content, String typeCode,
      String typeCodeSystem, DocumentEntry entry) {
    return new XdmDocument(fileName, mediaType, content, typeCode, typeCodeSystem, entry);
  }

  private static String checkName(String fileName) {
    if (fileName == null || !FILE_NAME.matcher(fileName).matches()
        || fileName.equalsIgnoreCase("METADATA.XML")) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "XDM document file name must be 1-64 letters, digits, '.', '_' or '-' and not "
              + "METADATA.XML");
    }
    return fileName;
  }

  /**
   * Returns the file name inside the subset folder.
   *
   * @return the file name, never null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the media type.
   *
   * @return the media type, never null
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns the size in bytes.
   *
   * @return the size
   */
  public int size() {
    return content.length;
  }

  /**
   * Returns a copy of the content.
   *
   * @return the bytes
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Opens the content without copying it.
   *
   * @return a fresh stream
   */
  public InputStream openStream() {
    return new ByteArrayInputStream(content);
  }

  byte[] rawContent() {
    return content;
  }

  /**
   * Returns the CDA type code, for CDA documents.
   *
   * @return the type code, or empty when the document is not a CDA
   */
  public Optional<String> cdaTypeCode() {
    return Optional.ofNullable(cdaTypeCode);
  }

  /**
   * Returns the code system (OID) of the CDA type code, for CDA documents.
   *
   * @return the OID, or empty when the document is not a CDA or the metadata did not say
   */
  public Optional<String> cdaTypeCodeSystem() {
    return Optional.ofNullable(cdaTypeCodeSystem);
  }

  /**
   * Returns the XDS document entry: the caller's when writing, the one read from METADATA.XML
   * when reading.
   *
   * @return the entry, or empty when none was given
   */
  public Optional<DocumentEntry> entry() {
    return Optional.ofNullable(entry);
  }

  @Override
  public String toString() {
    return "XdmDocument[" + fileName + ", " + mediaType + ", " + content.length + " bytes"
        + (cdaTypeCode != null ? ", CDA " + cdaTypeCode : "") + "]";
  }
}
