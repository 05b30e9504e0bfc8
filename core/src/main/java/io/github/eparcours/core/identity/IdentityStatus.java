package io.github.eparcours.core.identity;

import java.util.Objects;

/**
 * The RNIV identity status (Référentiel National d'IdentitoVigilance): four exclusive statuses,
 * depending on whether the INS was retrieved from the INSi service and whether a high-trust
 * identity document was checked.
 *
 * <table>
 *   <caption>RNIV statuses</caption>
 *   <tr><th>Status</th><th>INS retrieved (INSi)</th><th>Document checked</th>
 *       <th>May carry the INS</th></tr>
 *   <tr><td>{@link #PROV}</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>{@link #VALI}</td><td>no</td><td>yes</td><td>no</td></tr>
 *   <tr><td>{@link #RECUP}</td><td>yes</td><td>no</td><td>no</td></tr>
 *   <tr><td>{@link #QUAL}</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * </table>
 *
 * <p>Thread-safe (an enum).
 *
 * @since 0.1
 */
public enum IdentityStatus {
  /** Identité provisoire: neither INSi nor an identity document. */
  PROV(false, false),
  /** Identité validée: a high-trust identity document was checked; no INS. */
  VALI(false, true),
  /** Identité récupérée: the INS was retrieved from INSi; no document checked. */
  RECUP(true, false),
  /** Identité qualifiée: INS retrieved from INSi and identity document checked. */
  QUAL(true, true);

  private final boolean insRetrieved;
  private final boolean documentVerified;

  IdentityStatus(boolean insRetrieved, boolean documentVerified) {
    this.insRetrieved = insRetrieved;
    this.documentVerified = documentVerified;
  }

  /**
   * Returns the RNIV code, as in the FR Core identity-status code system.
   *
   * @return {@code PROV}, {@code VALI}, {@code RECUP} or {@code QUAL}
   */
  public String code() {
    return name();
  }

  /**
   * Tells whether an identity of this status holds an INS retrieved from INSi.
   *
   * @return true for {@link #RECUP} and {@link #QUAL}
   */
  public boolean hasRetrievedIns() {
    return insRetrieved;
  }

  /**
   * Tells whether a high-trust identity document was checked.
   *
   * @return true for {@link #VALI} and {@link #QUAL}
   */
  public boolean isDocumentVerified() {
    return documentVerified;
  }

  /**
   * Tells whether the matricule INS may be carried in exchanges (documents, messages, metadata):
   * only a qualified identity may.
   *
   * @return true for {@link #QUAL} only
   */
  public boolean mayCarryIns() {
    return this == QUAL;
  }

  /**
   * Tells whether documents may be published to the DMP for this identity (feed, replace,
   * delete): the DMP requires a qualified INS.
   *
   * @return true for {@link #QUAL} only
   */
  public boolean mayFeedDmp() {
    return this == QUAL;
  }

  /**
   * Returns the status for an RNIV code.
   *
   * @param code {@code PROV}, {@code VALI}, {@code RECUP} or {@code QUAL} (exact case)
   * @return the status
   * @throws InvalidIdentifierException {@link IdentityErrorCodes#STATUS_CODE} for another code
   */
  public static IdentityStatus fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (IdentityStatus s : values()) {
      if (s.name().equals(code)) {
        return s;
      }
    }
    throw new InvalidIdentifierException(IdentityErrorCodes.STATUS_CODE, "identity status",
        "the code must be one of PROV, VALI, RECUP, QUAL (RNIV)");
  }
}
