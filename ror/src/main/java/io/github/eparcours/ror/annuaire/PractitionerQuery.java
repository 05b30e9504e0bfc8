package io.github.eparcours.ror.annuaire;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.SearchParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A search of health professionals in the Annuaire Santé (Practitioner).
 *
 * <p>Identifier, name, profession, specialty and mailbox address are sent to the server; the
 * mailbox type and the liste rouge exclusion are applied by the client on each page, because
 * the Annuaire's v2 API refuses a {@code mailbox-mss-type} parameter.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PractitionerQuery {

  /** Largest page size the Annuaire recommends. */
  public static final int MAX_PAGE_SIZE = 200;

  private final SearchParameters parameters;
  private final MailboxType mailboxType;
  private final int pageSize;

  private PractitionerQuery(Builder b) {
    SearchParameters.Builder p = SearchParameters.builder();
    p.addTokens("identifier", b.identifiers);
    b.family.ifPresent(v -> p.add("family", v));
    b.given.ifPresent(v -> p.add("given", v));
    b.name.ifPresent(v -> p.add("name", v));
    p.addTokens("qualification-code", b.qualifications);
    b.mailbox.ifPresent(v -> p.add("mailbox-mss", v));
    p.add("_count", Integer.toString(b.pageSize));
    this.parameters = p.build();
    this.mailboxType = b.mailboxType;
    this.pageSize = b.pageSize;
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the parameters sent to the server.
   *
   * @return the parameters
   */
  public SearchParameters parameters() {
    return parameters;
  }

  /**
   * Returns the page size.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Returns the filter the client applies on each page.
   *
   * @return the filter (accepts all when no client-side criterion was given)
   */
  public Predicate<Professional> clientFilter() {
    if (mailboxType == null) {
      return p -> true;
    }
    return p -> p.mailboxes().stream().anyMatch(m -> m.type() == mailboxType);
  }

  @Override
  public String toString() {
    return "PractitionerQuery[" + parameters + (mailboxType == null ? "" : ", mailbox type "
        + mailboxType) + "]";
  }

  /** Builder. Not thread-safe. */
  public static final class Builder {
    private final List<Code> identifiers = new ArrayList<>();
    private final List<Code> qualifications = new ArrayList<>();
    private Optional<String> family = Optional.empty();
    private Optional<String> given = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<String> mailbox = Optional.empty();
    private MailboxType mailboxType;
    private int pageSize = 50;

    private Builder() {}

    /**
     * Looks up an RPPS number (matched as RPPS and as IdNat_PS {@code 8}+RPPS).
     *
     * @param rpps the 11-digit RPPS
     * @return this
     */
    public Builder rpps(String rpps) {
      String v = digits(rpps, 11, "RPPS");
      identifiers.add(Code.of(v, RorSystems.RPPS));
      identifiers.add(Code.of("8" + v, RorSystems.IDNAT_PS));
      return this;
    }

    /**
     * Looks up an ADELI number (as IdNat_PS {@code 0}+ADELI).
     *
     * @param adeli the 9-character ADELI
     * @return this
     */
    public Builder adeli(String adeli) {
      if (adeli == null || !adeli.trim().matches("[0-9A-Za-z]{9}")) {
        throw invalid("ADELI", "9 characters");
      }
      identifiers.add(Code.of("0" + adeli.trim(), RorSystems.IDNAT_PS));
      return this;
    }

    /**
     * Looks up an IdNat_PS as given ({@code 8}+RPPS, {@code 0}+ADELI...).
     *
     * @param idNatPs the identifier
     * @return this
     */
    public Builder idNatPs(String idNatPs) {
      identifiers.add(Code.of(text(idNatPs, "IdNat_PS"), RorSystems.IDNAT_PS));
      return this;
    }

    /**
     * Matches family names starting with this text (accents and case ignored by the server).
     *
     * @param text the text
     * @return this
     */
    public Builder family(String text) {
      family = Optional.of(text(text, "family name"));
      return this;
    }

    /**
     * Matches given names starting with this text.
     *
     * @param text the text
     * @return this
     */
    public Builder given(String text) {
      given = Optional.of(text(text, "given name"));
      return this;
    }

    /**
     * Matches any name part starting with this text.
     *
     * @param text the text
     * @return this
     */
    public Builder name(String text) {
      name = Optional.of(text(text, "name"));
      return this;
    }

    /**
     * Adds a profession (TRE_G15, e.g. {@code 10} médecin); several are ORed with specialties.
     *
     * @param code the code
     * @return this
     */
    public Builder profession(Code code) {
      qualifications.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Adds a profession by TRE_G15 code.
     *
     * @param g15Code e.g. {@code "10"}
     * @return this
     */
    public Builder profession(String g15Code) {
      return profession(Code.of(text(g15Code, "profession"), RorSystems.PROFESSION_SANTE));
    }

    /**
     * Adds a specialty (TRE_R38, e.g. {@code SM54} médecine générale).
     *
     * @param r38Code the code
     * @return this
     */
    public Builder specialty(String r38Code) {
      qualifications.add(Code.of(text(r38Code, "specialty"), RorSystems.SPECIALITE_ORDINALE));
      return this;
    }

    /**
     * Matches professionals holding this MSSanté address.
     *
     * @param address the address
     * @return this
     */
    public Builder mailbox(String address) {
      mailbox = Optional.of(text(address, "mailbox"));
      return this;
    }

    /**
     * Keeps professionals having a mailbox of this type (filtered by the client).
     *
     * @param type the type
     * @return this
     */
    public Builder mailboxType(MailboxType type) {
      mailboxType = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the page size (1 to 200, default 50 like the Annuaire).
     *
     * @param size the size
     * @return this
     */
    public Builder pageSize(int size) {
      if (size < 1 || size > MAX_PAGE_SIZE) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Page size refused: " + size
            + "; the Annuaire recommends 1 to " + MAX_PAGE_SIZE);
      }
      pageSize = size;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws EparcoursClientException ROR-0001 if no criterion was given
     */
    public PractitionerQuery build() {
      if (identifiers.isEmpty() && family.isEmpty() && given.isEmpty() && name.isEmpty()
          && qualifications.isEmpty() && mailbox.isEmpty()) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Practitioner search "
            + "refused: give at least one server-side criterion (identifier, name, "
            + "qualification or mailbox); the whole directory is not walked by accident");
      }
      return new PractitionerQuery(this);
    }

    private static String digits(String v, int n, String what) {
      if (v == null || !v.trim().matches("\\d{" + n + "}")) {
        throw invalid(what, n + " digits");
      }
      return v.trim();
    }

    private static String text(String v, String what) {
      if (v == null || v.isBlank()) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Search criterion refused: "
            + what + " is blank; leave the criterion out instead");
      }
      return v.trim();
    }

    private static EparcoursClientException invalid(String what, String rule) {
      return new EparcoursClientException(RorErrors.INVALID_QUERY, "Search criterion refused: "
          + what + " must be " + rule);
    }
  }
}
