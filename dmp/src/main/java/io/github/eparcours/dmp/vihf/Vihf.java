package io.github.eparcours.dmp.vihf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed VIHF assertion, ready to be placed in a {@code wsse:Security} header.
 *
 * <p>Holds the exact serialised bytes of the signed {@code saml2:Assertion}: they must be sent
 * without reformatting. Immutable and thread-safe (the bytes are copied on the way in and out).
 *
 * @since 0.1
 */
public final class Vihf {

  private final String id;
  private final Instant issueInstant;
  private final Instant notOnOrAfter;
  private final byte[] xml;

  Vihf(String id, Instant issueInstant, Instant notOnOrAfter, byte[] xml) {
    this.id = Objects.requireNonNull(id, "id");
    this.issueInstant = Objects.requireNonNull(issueInstant, "issueInstant");
    this.notOnOrAfter = Objects.requireNonNull(notOnOrAfter, "notOnOrAfter");
    this.xml = xml.clone();
  }

  /**
   * Wraps the bytes of an assertion already signed elsewhere (e.g. received, or issued by an
   * identity provider). The bytes are not checked here: use {@link VihfVerifier}.
   *
   * @param id the assertion's ID
   * @param issueInstant its IssueInstant
   * @param notOnOrAfter the end of its validity
   * @param xml its serialised XML (UTF-8)
   * @return the assertion
   */
  public static Vihf ofSigned(String id, Instant issueInstant, Instant notOnOrAfter, byte[] xml) {
    return new Vihf(id, issueInstant, notOnOrAfter, xml);
  }

  /**
   * Returns the assertion ID (a valid {@code xs:ID}).
   *
   * @return the ID
   */
  public String id() {
    return id;
  }

  /**
   * Returns the issue instant.
   *
   * @return the instant
   */
  public Instant issueInstant() {
    return issueInstant;
  }

  /**
   * Returns the end of validity ({@code Conditions/@NotOnOrAfter}).
   *
   * @return the instant
   */
  public Instant notOnOrAfter() {
    return notOnOrAfter;
  }

  /**
   * Returns a copy of the serialised signed assertion (UTF-8, no XML declaration).
   *
   * @return the bytes
   */
  public byte[] xml() {
    return xml.clone();
  }

  /**
   * Returns the serialised assertion as text (for diagnostics; it names the professional and
   * the patient's INS: treat as sensitive).
   *
   * @return the XML text
   */
  public String xmlText() {
    return new String(xml, StandardCharsets.UTF_8);
  }

  /**
   * Opens a read-only stream over the serialised assertion, without copying it.
   *
   * @return a new stream
   */
  public InputStream openStream() {
    return new ByteArrayInputStream(xml);
  }

  @Override
  public String toString() {
    return "Vihf[" + id + ", until " + notOnOrAfter + "]";
  }
}
