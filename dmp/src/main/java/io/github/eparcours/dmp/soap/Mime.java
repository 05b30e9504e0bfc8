package io.github.eparcours.dmp.soap;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.dmp.DmpErrors;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * MIME helpers for MTOM/XOP: media type parameters, Content-ID and {@code cid:} references,
 * boundaries.
 *
 * @since 0.1
 */
public final class Mime {

  /** The media type of a plain SOAP 1.2 message. */
  public static final String SOAP_XML = "application/soap+xml";
  /** The media type of the root part of an MTOM message. */
  public static final String XOP_XML = "application/xop+xml";

  private Mime() {}

  /**
   * Returns a fresh boundary that cannot plausibly occur in content.
   *
   * @return the boundary
   */
  public static String newBoundary() {
    return "MIMEBoundary_" + UUID.randomUUID().toString().replace("-", "")
        + UUID.randomUUID().toString().replace("-", "");
  }

  /**
   * Returns a fresh Content-ID.
   *
   * @param hint a readable prefix, letters and digits only
   * @return the identifier, without angle brackets
   */
  public static String newContentId(String hint) {
    return hint + "." + UUID.randomUUID() + "@eparcours";
  }

  /**
   * Returns the media type (type/subtype, lower case) of a Content-Type header value.
   *
   * @param contentType the header value
   * @return the media type
   */
  public static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a parameter of a Content-Type header value (quoted or not).
   *
   * @param contentType the header value
   * @param name the parameter name, case-insensitive
   * @return the value, unquoted
   */
  public static Optional<String> parameter(String contentType, String name) {
    int i = contentType.indexOf(';');
    while (i >= 0 && i < contentType.length()) {
      int eq = contentType.indexOf('=', i);
      if (eq < 0) {
        return Optional.empty();
      }
      String key = contentType.substring(i + 1, eq).trim();
      int p = eq + 1;
      while (p < contentType.length() && contentType.charAt(p) == ' ') {
        p++;
      }
      String value;
      int next;
      if (p < contentType.length() && contentType.charAt(p) == '"') {
        StringBuilder sb = new StringBuilder();
        int q = p + 1;
        while (q < contentType.length() && contentType.charAt(q) != '"') {
          if (contentType.charAt(q) == '\\' && q + 1 < contentType.length()) {
            q++;
          }
          sb.append(contentType.charAt(q++));
        }
        value = sb.toString();
        next = contentType.indexOf(';', q);
      } else {
        next = contentType.indexOf(';', p);
        value = (next < 0 ? contentType.substring(p) : contentType.substring(p, next)).trim();
      }
      if (key.equalsIgnoreCase(name)) {
        return Optional.of(value);
      }
      i = next;
    }
    return Optional.empty();
  }

  /**
   * Returns the boundary of a multipart Content-Type.
   *
   * @param contentType the header value
   * @return the boundary
   * @throws EparcoursClientException DMP-0103 if there is none
   */
  public static String boundary(String contentType) {
    return parameter(contentType, "boundary").filter(b -> !b.isEmpty() && b.length() <= 200)
        .orElseThrow(() -> new EparcoursClientException(DmpErrors.MTOM_MALFORMED,
            "the multipart message has no usable boundary parameter in its Content-Type", null,
            false));
  }

  /**
   * Returns the {@code cid:} URL of a Content-ID (RFC 2392: percent-encoded).
   *
   * @param contentId the Content-ID without angle brackets
   * @return the URL
   */
  public static String cidHref(String contentId) {
    StringBuilder sb = new StringBuilder("cid:");
    for (byte b : contentId.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~@!$&'()*+,;=:".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }

  /**
   * Returns the Content-ID referenced by a {@code cid:} URL.
   *
   * @param href the URL
   * @return the Content-ID, without angle brackets
   * @throws EparcoursClientException DMP-0103 if it is not a {@code cid:} URL
   */
  public static String contentIdOf(String href) {
    if (!href.regionMatches(true, 0, "cid:", 0, 4)) {
      throw new EparcoursClientException(DmpErrors.MTOM_MALFORMED,
          "an xop:Include href is not a cid: URL", null, false);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(href.length());
    for (int i = 4; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c == '%' && i + 2 < href.length()) {
        int hi = Character.digit(href.charAt(i + 1), 16);
        int lo = Character.digit(href.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out.write(c);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Strips angle brackets from a Content-ID header value.
   *
   * @param header the header value, e.g. {@code <a@b>}
   * @return the identifier
   */
  public static String stripAngles(String header) {
    String h = header.trim();
    return h.startsWith("<") && h.endsWith(">") ? h.substring(1, h.length() - 1) : h;
  }
}
