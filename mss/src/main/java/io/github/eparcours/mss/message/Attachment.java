package io.github.eparcours.mss.message;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.mss.MssErrors;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;

/**
 * A file attached to a message: name, media type and content.
 *
 * <p>Immutable and thread-safe: the content is copied in and never exposed for writing.
 *
 * @since 0.1
 */
public final class Attachment {

  private final String fileName;
  private final String mediaType;
  private final byte[] content;

  private Attachment(String fileName, String mediaType, byte[] content) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content;
  }

  /**
   * Creates an attachment.
   *
   * @param fileName the file name shown to the receiver, not blank, without path separators
   * @param mediaType the media type, e.g. {@code application/pdf}
   * @param content the bytes, copied
   * @return the attachment
   * @throws EparcoursClientException {@code MSS-0003} if the name is blank or holds a path
   */
  public static Attachment of(String fileName, String mediaType, byte[] content) {
    if (fileName == null || fileName.isBlank() || fileName.contains("/")
        || fileName.contains("\\")) {
      throw new EparcoursClientException(MssErrors.INVALID_MESSAGE,
          "attachment file name is blank or contains a path separator");
    }
    Objects.requireNonNull(mediaType, "mediaType");
    return new Attachment(fileName, mediaType, Objects.requireNonNull(content, "content").clone());
  }

  /**
   * Returns the file name.
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
   * @return the bytes, never null
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Opens the content without copying it.
   *
   * @return a fresh stream over the content
   */
  public InputStream openStream() {
    return new ByteArrayInputStream(content);
  }

  @Override
  public String toString() {
    return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
