package io.github.eparcours.mss.xdm;

import io.github.eparcours.core.document.xds.SubmissionSet;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.identity.Ins;
import io.github.eparcours.core.identity.PatientIdentity;
import io.github.eparcours.mss.MssErrors;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The content of an {@code IHE_XDM.ZIP} to send: one submission set (the subset folder) with its
 * documents, the identification of the sending software for {@code README.TXT}, and what the
 * MSSanté headers need to know ({@code X-MSS-CODECDA} from the CDA documents, {@code X-MSS-INS}
 * from whether the patient's INS is qualified).
 *
 * <p>Immutable and thread-safe. Build it with {@link #builder()}; write it with
 * {@link XdmWriter}.
 *
 * @since 0.1
 */
public final class XdmPackage {

  private static final Pattern SUBSET = Pattern.compile("[A-Z0-9_]{1,8}");
  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  private final String subsetName;
  private final List<XdmDocument> documents;
  private final String senderSoftware;
  private final String submissionSetUniqueId;
  private String sourceId;
  private final Instant submissionTime;
  private final String patientId;
  private final boolean insQualified;
  private final SubmissionSet submissionSet;
  private volatile byte[] archive;

  private XdmPackage(Builder b) {
    this.subsetName = b.subsetName;
    this.documents = List.copyOf(b.documents);
    this.senderSoftware = b.senderSoftware;
    this.submissionSetUniqueId =
        b.submissionSetUniqueId != null ? b.submissionSetUniqueId : newOid();
    this.sourceId = b.sourceId;
    this.submissionTime = b.submissionTime != null ? b.submissionTime : Instant.now();
    this.patientId = b.patientId;
    this.insQualified = b.insQualified;
    this.submissionSet = b.submissionSet;
    if (documents.isEmpty()) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "an XDM package needs at least one document");
    }
    Set<String> names = new HashSet<>();
    for (XdmDocument d : documents) {
      if (!names.add(d.fileName().toUpperCase(Locale.ROOT))) {
        throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
            "two XDM documents are named '" + d.fileName() + "' (names are compared "
                + "ignoring case): rename one");
      }
    }
    if (sourceId == null && submissionSet != null) {
      sourceId = submissionSet.sourceId().orElse(null);
    }
    if (sourceId == null || !OID.matcher(sourceId).matches()) {
      throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
          "the submission set sourceId must be the OID identifying the sending software or "
              + "structure");
    }
  }

  /** Returns the written archive, writing it on first use (idempotent, so races are benign). */
  byte[] archive() {
    byte[] a = archive;
    if (a == null) {
      a = XdmWriter.render(this);
      archive = a;
    }
    return a;
  }

  /** Returns a fresh {@code 2.25} OID from a random UUID (ITU-T X.667). */
  static String newOid() {
    UUID u = UUID.randomUUID();
    ByteBuffer bb = ByteBuffer.allocate(16);
    bb.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    return "2.25." + new BigInteger(1, bb.array());
  }

  /**
   * Starts a package.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this package's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.subsetName = subsetName;
    b.documents.addAll(documents);
    b.senderSoftware = senderSoftware;
    b.submissionSetUniqueId = submissionSetUniqueId;
    b.sourceId = sourceId;
    b.submissionTime = submissionTime;
    b.patientId = patientId;
    b.insQualified = insQualified;
    b.submissionSet = submissionSet;
    return b;
  }

  /**
   * Returns the subset folder name under {@code IHE_XDM/}.
   *
   * @return the name, e.g. {@code SUBSET01}
   */
  public String subsetName() {
    return subsetName;
  }

  /**
   * Returns the documents, in order.
   *
   * @return the documents, unmodifiable, never empty
   */
  public List<XdmDocument> documents() {
    return documents;
  }

  /**
   * Returns the sending software's identification written in {@code README.TXT}.
   *
   * @return the identification, never null
   */
  public String senderSoftware() {
    return senderSoftware;
  }

  /**
   * Returns the submission set unique id (an OID).
   *
   * @return the id, never null
   */
  public String submissionSetUniqueId() {
    return submissionSetUniqueId;
  }

  /**
   * Returns the submission set source id (OID of the sender).
   *
   * @return the id, never null
   */
  public String sourceId() {
    return sourceId;
  }

  /**
   * Returns the caller's XDS submission set (authors, content type, title...).
   *
   * @return the submission set, or empty when the package builds a minimal one
   */
  public Optional<SubmissionSet> submissionSet() {
    return Optional.ofNullable(submissionSet);
  }

  /**
   * Returns the submission time.
   *
   * @return the time, never null
   */
  public Instant submissionTime() {
    return submissionTime;
  }

  /**
   * Returns the patient identifier in CX form ({@code <INS>^^^&<OID>&ISO^NH}).
   *
   * @return the identifier, or empty; patient data, handle as sensitive
   */
  public Optional<String> patientId() {
    return Optional.ofNullable(patientId);
  }

  /**
   * Tells whether the patient identity behind the documents carries a qualified INS
   * ({@code X-MSS-INS: O}).
   *
   * @return true when qualified
   */
  public boolean insQualified() {
    return insQualified;
  }

  /**
   * Returns the distinct CDA type codes of the documents, in order ({@code X-MSS-CODECDA}).
   *
   * @return the codes, empty when no document is a CDA
   */
  public List<String> cdaTypeCodes() {
    Set<String> codes = new LinkedHashSet<>();
    documents.forEach(d -> d.cdaTypeCode().ifPresent(codes::add));
    return List.copyOf(codes);
  }

  @Override
  public String toString() {
    return "XdmPackage[" + subsetName + ", " + documents.size() + " documents]";
  }

  /**
   * Builder of {@link XdmPackage}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String subsetName = "SUBSET01";
    private final List<XdmDocument> documents = new ArrayList<>();
    private String senderSoftware = "e-parcours SDK";
    private String submissionSetUniqueId;
    private String sourceId;
    private Instant submissionTime;
    private String patientId;
    private boolean insQualified;
    private SubmissionSet submissionSet;

    private Builder() {}

    /**
     * Sets the XDS submission set (authors, content type code, title...). Unique id, source id,
     * submission time and patient are filled from this builder when the set lacks them.
     *
     * @param set the submission set, not null
     * @return this builder
     */
    public Builder submissionSet(SubmissionSet set) {
      this.submissionSet = Objects.requireNonNull(set, "set");
      return this;
    }

    /**
     * Sets the subset folder name (1 to 8 upper-case letters, digits or {@code _}).
     *
     * @param name the name, default {@code SUBSET01}
     * @return this builder
     * @throws EparcoursClientException {@code MSS-0510} if the name is not of that form
     */
    public Builder subsetName(String name) {
      if (name == null || !SUBSET.matcher(name).matches()) {
        throw new EparcoursClientException(MssErrors.XDM_INVALID_PACKAGE,
            "XDM subset folder name must be 1 to 8 upper-case letters, digits or '_'");
      }
      this.subsetName = name;
      return this;
    }

    /**
     * Adds a document.
     *
     * @param document the document, not null
     * @return this builder
     */
    public Builder addDocument(XdmDocument document) {
      documents.add(Objects.requireNonNull(document, "document"));
      return this;
    }

    /**
     * Sets the sending software's identification for {@code README.TXT} (name, version, vendor).
     *
     * @param identification the text, not null
     * @return this builder
     */
    public Builder senderSoftware(String identification) {
      this.senderSoftware = Objects.requireNonNull(identification, "identification");
      return this;
    }

    /**
     * Sets the submission set unique id; a random {@code 2.25} OID by default.
     *
     * @param oid the OID
     * @return this builder
     */
    public Builder submissionSetUniqueId(String oid) {
      this.submissionSetUniqueId = Objects.requireNonNull(oid, "oid");
      return this;
    }

    /**
     * Sets the submission set source id: the OID of the sending structure or software.
     * Required.
     *
     * @param oid the OID
     * @return this builder
     */
    public Builder sourceId(String oid) {
      this.sourceId = oid;
      return this;
    }

    /**
     * Sets the submission time; the time of {@link #build()} by default.
     *
     * @param time the time
     * @return this builder
     */
    public Builder submissionTime(Instant time) {
      this.submissionTime = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Sets the patient the documents are about. A qualified identity puts its INS (CX form) in
     * the metadata and makes {@code X-MSS-INS: O}; any other identity makes
     * {@code X-MSS-INS: N} and leaves the INS out.
     *
     * @param patient the patient identity, not null
     * @return this builder
     */
    public Builder patient(PatientIdentity patient) {
      Optional<Ins> ins = Objects.requireNonNull(patient, "patient").insForExchange();
      this.patientId = ins.map(Ins::toCx).orElse(null);
      this.insQualified = ins.isPresent();
      return this;
    }

    /**
     * Builds the package.
     *
     * @return the package
     * @throws EparcoursClientException {@code MSS-0510} if there is no document, two documents
     *     share a name, or the source id is missing
     */
    public XdmPackage build() {
      return new XdmPackage(this);
    }
  }
}
