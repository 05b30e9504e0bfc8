package io.github.eparcours.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The INS traits of a patient, as INSi returns them and as CDA headers and FHIR resources carry
 * them: birth name, first given name, the list of given names, sex, birth date (possibly partial)
 * and birthplace (5-character COG code).
 *
 * <p>Birth name, first given name, sex and birth date are required: a provisional identity uses
 * {@link Sex#U} and a partial date when they are unknown. The list of given names and the
 * birthplace may be missing when the identity has no INS (they are then empty); a qualified
 * identity should have both. Names are kept exactly as given (INSi returns them in upper case,
 * without diacritics): the traits must be reproduced character for character.
 *
 * <p>The birthplace is a COG code: 5 digits ({@code 63220}), Corsica with {@code 2A}/{@code 2B}
 * ({@code 2A020}), and {@code 99xxx} for a birth abroad (the country code).
 *
 * <p>Traits are patient data: {@link #toString()} shows which traits are present, never their
 * values. Immutable and thread-safe; the {@link Builder} is not thread-safe.
 *
 * @since 0.1
 */
public final class InsTraits implements PatientData {

  private static final String TYPE = "INS traits";

  private final String birthName;
  private final String firstGivenName;
  private final List<String> givenNames;
  private final Sex sex;
  private final PartialDate birthDate;
  private final String birthplace;

  private InsTraits(Builder b) {
    this.birthName = required(b.birthName, "birthName");
    this.firstGivenName = required(b.firstGivenName, "firstGivenName");
    for (String name : b.givenNames) {
      required(name, "givenNames");
    }
    this.givenNames = List.copyOf(b.givenNames);
    this.sex = requiredValue(b.sex, "sex");
    this.birthDate = requiredValue(b.birthDate, "birthDate");
    this.birthplace = b.birthplace == null ? null : checkBirthplace(b.birthplace);
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these traits.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the birth name (nom de naissance).
   *
   * @return the name, never blank
   */
  public String birthName() {
    return birthName;
  }

  /**
   * Returns the first given name of the birth certificate (premier prénom).
   *
   * @return the name, never blank
   */
  public String firstGivenName() {
    return firstGivenName;
  }

  /**
   * Returns every given name of the birth certificate, in order (liste des prénoms).
   *
   * @return the names, unmodifiable, empty when unknown
   */
  public List<String> givenNames() {
    return givenNames;
  }

  /**
   * Returns the administrative sex.
   *
   * @return the sex
   */
  public Sex sex() {
    return sex;
  }

  /**
   * Returns the birth date, possibly partial.
   *
   * @return the date
   */
  public PartialDate birthDate() {
    return birthDate;
  }

  /**
   * Returns the COG code of the birthplace.
   *
   * @return the 5-character code, upper case, or empty when unknown
   */
  public Optional<String> birthplace() {
    return Optional.ofNullable(birthplace);
  }

  /**
   * Tells whether the birthplace is abroad (COG {@code 99xxx}).
   *
   * @return true if the birthplace is known and abroad
   */
  public boolean isBornAbroad() {
    return birthplace != null && birthplace.startsWith("99");
  }

  /**
   * Tells whether every trait a qualified identity carries is present: the list of given names,
   * a birthplace, and a complete birth date.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return !givenNames.isEmpty() && birthplace != null && birthDate.isComplete();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InsTraits t && t.birthName.equals(birthName)
        && t.firstGivenName.equals(firstGivenName) && t.givenNames.equals(givenNames)
        && t.sex == sex && t.birthDate.equals(birthDate) && Objects.equals(t.birthplace, birthplace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(birthName, firstGivenName, givenNames, sex, birthDate, birthplace);
  }

  /**
   * Returns a redacted form that says which traits are present, never their values.
   *
   * @return the redacted form
   */
  @Override
  public String toString() {
    return "InsTraits[birthName=" + Redaction.HIDDEN + ", firstGivenName=" + Redaction.HIDDEN
        + ", givenNames=" + givenNames.size() + " name(s), sex=" + Redaction.HIDDEN
        + ", birthDate=" + birthDate + ", birthplace=" + (birthplace == null ? "unknown"
            : Redaction.HIDDEN) + "]";
  }

  /**
   * Returns every trait in full. Patient data: see {@link PatientData}.
   *
   * @return the unredacted form
   */
  @Override
  public String unredacted() {
    return "InsTraits[birthName=" + birthName + ", firstGivenName=" + firstGivenName
        + ", givenNames=" + givenNames + ", sex=" + sex + ", birthDate=" + birthDate.toIso()
        + ", birthplace=" + (birthplace == null ? "unknown" : birthplace) + "]";
  }

  private static String required(String value, String trait) {
    if (value == null || value.isBlank()) {
      throw new InvalidIdentifierException(IdentityErrorCodes.TRAITS, TYPE,
          trait + " is required and must not be blank; set it with InsTraits.Builder#" + trait);
    }
    return value;
  }

  private static <T> T requiredValue(T value, String trait) {
    if (value == null) {
      throw new InvalidIdentifierException(IdentityErrorCodes.TRAITS, TYPE,
          trait + " is required; set it with InsTraits.Builder#" + trait
              + (trait.equals("sex") ? " (Sex.U when unknown)" : " (a partial date if needed)"));
    }
    return value;
  }

  private static String checkBirthplace(String cog) {
    boolean ok = cog.length() == 5;
    for (int i = 0; ok && i < 5; i++) {
      char c = cog.charAt(i);
      ok = (c >= '0' && c <= '9')
          || (i == 1 && cog.charAt(0) == '2' && (c == 'A' || c == 'B' || c == 'a' || c == 'b'));
    }
    if (!ok) {
      throw new InvalidIdentifierException(IdentityErrorCodes.BIRTHPLACE, TYPE,
          "birthplace must be a 5-character COG code: 5 digits, 2A/2B followed by 3 digits for "
              + "Corsica, or 99 followed by the country code for a birth abroad");
    }
    return cog.toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Collects traits. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String birthName;
    private String firstGivenName;
    private final List<String> givenNames = new ArrayList<>();
    private Sex sex;
    private PartialDate birthDate;
    private String birthplace;

    private Builder() {}

    private Builder(InsTraits t) {
      birthName = t.birthName;
      firstGivenName = t.firstGivenName;
      givenNames.addAll(t.givenNames);
      sex = t.sex;
      birthDate = t.birthDate;
      birthplace = t.birthplace;
    }

    /**
     * Sets the birth name.
     *
     * @param birthName the name, as on the birth certificate
     * @return this builder
     */
    public Builder birthName(String birthName) {
      this.birthName = birthName;
      return this;
    }

    /**
     * Sets the first given name.
     *
     * @param firstGivenName the first given name of the birth certificate
     * @return this builder
     */
    public Builder firstGivenName(String firstGivenName) {
      this.firstGivenName = firstGivenName;
      return this;
    }

    /**
     * Replaces the list of given names.
     *
     * @param givenNames the names, in order; not null
     * @return this builder
     */
    public Builder givenNames(List<String> givenNames) {
      this.givenNames.clear();
      this.givenNames.addAll(givenNames);
      return this;
    }

    /**
     * Appends a given name.
     *
     * @param givenName the name
     * @return this builder
     */
    public Builder addGivenName(String givenName) {
      this.givenNames.add(givenName);
      return this;
    }

    /**
     * Sets the list of given names from INSi's space-separated {@code ListePrenom}.
     *
     * @param spaceSeparated the names separated by single or multiple spaces
     * @return this builder
     */
    public Builder givenNamesFromText(String spaceSeparated) {
      this.givenNames.clear();
      for (String name : spaceSeparated.trim().split(" +")) {
        if (!name.isEmpty()) {
          this.givenNames.add(name);
        }
      }
      return this;
    }

    /**
     * Sets the sex.
     *
     * @param sex the administrative sex
     * @return this builder
     */
    public Builder sex(Sex sex) {
      this.sex = sex;
      return this;
    }

    /**
     * Sets the birth date.
     *
     * @param birthDate the date, possibly partial
     * @return this builder
     */
    public Builder birthDate(PartialDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /**
     * Sets the birthplace.
     *
     * @param cogCode the 5-character COG code, or null when unknown
     * @return this builder
     */
    public Builder birthplace(String cogCode) {
      this.birthplace = cogCode;
      return this;
    }

    /**
     * Builds the traits.
     *
     * @return the traits
     * @throws InvalidIdentifierException {@link IdentityErrorCodes#TRAITS} if a required trait is
     *     missing or a name is blank, {@link IdentityErrorCodes#BIRTHPLACE} if the birthplace is
     *     not a COG code
     */
    public InsTraits build() {
      return new InsTraits(this);
    }
  }
}
