package io.github.eparcours.core.document.xds;

import io.github.eparcours.core.code.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An XDS author: person (XCN), institutions (XON), roles, specialties and telecoms, as held in
 * the author classification of a DocumentEntry or SubmissionSet.
 *
 * <p>Immutable and thread-safe; {@link Builder} is not.
 *
 * @since 0.1
 */
public final class Author {

  private final Xcn person;
  private final List<Xon> institutions;
  private final List<String> roles;
  private final List<String> specialties;
  private final List<String> telecoms;

  private Author(Builder b) {
    this.person = b.person;
    this.institutions = List.copyOf(b.institutions);
    this.roles = List.copyOf(b.roles);
    this.specialties = List.copyOf(b.specialties);
    this.telecoms = List.copyOf(b.telecoms);
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this author's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.person = person;
    b.institutions.addAll(institutions);
    b.roles.addAll(roles);
    b.specialties.addAll(specialties);
    b.telecoms.addAll(telecoms);
    return b;
  }

  /**
   * Returns authorPerson.
   *
   * @return the person, empty for an institution-only author
   */
  public Optional<Xcn> person() {
    return Optional.ofNullable(person);
  }

  /**
   * Returns authorInstitution values.
   *
   * @return the institutions, never null
   */
  public List<Xon> institutions() {
    return institutions;
  }

  /**
   * Returns authorRole values (HL7 v2 CWE strings as on the wire).
   *
   * @return the roles, never null
   */
  public List<String> roles() {
    return roles;
  }

  /**
   * Returns authorSpecialty values (HL7 v2 CWE strings as on the wire).
   *
   * @return the specialties, never null
   */
  public List<String> specialties() {
    return specialties;
  }

  /**
   * Returns authorTelecommunication values (XTN strings).
   *
   * @return the telecoms, never null
   */
  public List<String> telecoms() {
    return telecoms;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Author a && Objects.equals(a.person, person)
        && a.institutions.equals(institutions) && a.roles.equals(roles)
        && a.specialties.equals(specialties) && a.telecoms.equals(telecoms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, institutions, roles, specialties, telecoms);
  }

  @Override
  public String toString() {
    return "Author[person=" + person + ", institutions=" + institutions + ", roles=" + roles
        + ", specialties=" + specialties + "]";
  }

  /**
   * Formats a code as the HL7 v2 CWE {@code code^display^system} used by authorRole and
   * authorSpecialty in the French profile.
   *
   * @param code the code
   * @return the CWE string
   */
  public static String toCwe(Code code) {
    return io.github.eparcours.core.document.xds.internal.Hl7v2.join('^',
        io.github.eparcours.core.document.xds.internal.Hl7v2.escape(code.code()),
        io.github.eparcours.core.document.xds.internal.Hl7v2.escape(code.displayName()),
        code.system());
  }

  /**
   * Collects an author's values. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Xcn person;
    private final List<Xon> institutions = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<String> specialties = new ArrayList<>();
    private final List<String> telecoms = new ArrayList<>();

    private Builder() {}

    /**
     * Sets authorPerson.
     *
     * @param person the person, or null
     * @return this builder
     */
    public Builder person(Xcn person) {
      this.person = person;
      return this;
    }

    /**
     * Adds an authorInstitution.
     *
     * @param institution the organisation
     * @return this builder
     */
    public Builder addInstitution(Xon institution) {
      institutions.add(Objects.requireNonNull(institution, "institution"));
      return this;
    }

    /**
     * Adds an authorRole as on the wire.
     *
     * @param role the role (CWE string)
     * @return this builder
     */
    public Builder addRole(String role) {
      roles.add(Objects.requireNonNull(role, "role"));
      return this;
    }

    /**
     * Adds an authorRole from a code (written {@code code^display^system}).
     *
     * @param role the role code
     * @return this builder
     */
    public Builder addRole(Code role) {
      return addRole(toCwe(role));
    }

    /**
     * Adds an authorSpecialty as on the wire.
     *
     * @param specialty the specialty (CWE string)
     * @return this builder
     */
    public Builder addSpecialty(String specialty) {
      specialties.add(Objects.requireNonNull(specialty, "specialty"));
      return this;
    }

    /**
     * Adds an authorSpecialty from a code (written {@code code^display^system}).
     *
     * @param specialty the specialty code
     * @return this builder
     */
    public Builder addSpecialty(Code specialty) {
      return addSpecialty(toCwe(specialty));
    }

    /**
     * Adds an authorTelecommunication (XTN).
     *
     * @param telecom the telecom
     * @return this builder
     */
    public Builder addTelecom(String telecom) {
      telecoms.add(Objects.requireNonNull(telecom, "telecom"));
      return this;
    }

    /**
     * Builds the author.
     *
     * @return the author
     */
    public Author build() {
      return new Author(this);
    }
  }
}
