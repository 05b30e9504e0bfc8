package io.github.eparcours.dmp;

import io.github.eparcours.core.identity.IdNatPs;
import io.github.eparcours.core.identity.IdNatStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who acts in one DMP request, as asserted by the VIHF: a professional with his profession (and
 * specialty) roles, or an automaton acting on behalf of a structure; with the structure, its
 * sector of activity, how the actor was authenticated and the access mode.
 *
 * <p>The professional and the structure are the core's checked identifiers ({@link IdNatPs},
 * {@link IdNatStruct}): a malformed identifier fails where it is parsed, not at the DMP. The
 * VIHF carries their values as they are written ({@code 8} + RPPS, {@code 1} + FINESS...).
 *
 * <p>Given per request, never globally: a multi-tenant product acts for many structures and
 * professionals through one client.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ActingIdentity {

  /** The OID of the sector-of-activity code system (JDV_J61, e.g. {@code SA07}). */
  public static final String SECTOR_CODE_SYSTEM = "1.2.250.1.71.4.2.4";

  /** Whether the actor is a person or a system. */
  public enum Kind {
    /** A health professional identified by an IdNat_PS. */
    PROFESSIONAL,
    /** A system acting on behalf of a structure. */
    AUTOMATON
  }

  private final Kind kind;
  private final IdNatPs professionalId;
  private final String subjectId;
  private final String subjectName;
  private final List<SubjectRole> roles;
  private final IdNatStruct structureId;
  private final String sector;
  private final AuthenticationMode authenticationMode;
  private final AccessMode accessMode;

  private ActingIdentity(Builder b) {
    this.kind = b.kind;
    this.professionalId = b.professionalId;
    this.subjectName = require(b.subjectName, "subject name");
    if (b.structureId == null) {
      throw new IllegalArgumentException("ActingIdentity needs the structure's IdNat_Struct: "
          + "call structure(IdNatStruct.ofFiness(...)) or structure(IdNatStruct.parse(...))");
    }
    this.structureId = b.structureId;
    this.sector = require(b.sector, "sector (Secteur_Activite, e.g. SA07)");
    this.subjectId = professionalId != null ? professionalId.value()
        : b.automatonId != null ? require(b.automatonId, "subject identifier")
        : structureId.value();
    this.roles = List.copyOf(b.roles.isEmpty() && kind == Kind.AUTOMATON
        ? List.of(SubjectRole.AUTOMATON) : b.roles);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException(
          "a professional needs at least his profession role: call role(SubjectRole.profession(...))");
    }
    this.authenticationMode = Objects.requireNonNull(b.authenticationMode, "authenticationMode");
    this.accessMode = Objects.requireNonNull(b.accessMode, "accessMode");
  }

  private static String require(String v, String what) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("ActingIdentity needs a " + what);
    }
    return v;
  }

  /**
   * Starts an identity for a professional.
   *
   * @param idNatPs the professional's national identifier, e.g.
   *     {@code IdNatPs.ofRpps(Rpps.parse("99900077985"))}; its value is the VIHF NameID
   * @param fullName "Prénom Nom", written in the VIHF subject-id attribute
   * @return a builder; add roles, structure and sector
   * @throws NullPointerException if {@code idNatPs} is null
   */
  public static Builder professional(IdNatPs idNatPs, String fullName) {
    Builder b = new Builder(Kind.PROFESSIONAL);
    b.professionalId = Objects.requireNonNull(idNatPs, "idNatPs");
    b.subjectName = fullName;
    b.authenticationMode = AuthenticationMode.INDIRECTE;
    return b;
  }

  /**
   * Starts an identity for a system acting on behalf of a structure.
   *
   * @param systemDescription "logiciel, modèle, service", written in the VIHF subject-id attribute
   * @return a builder; add structure and sector
   */
  public static Builder automaton(String systemDescription) {
    Builder b = new Builder(Kind.AUTOMATON);
    b.subjectName = systemDescription;
    b.authenticationMode = AuthenticationMode.INDIRECTE;
    return b;
  }

  /**
   * Returns a builder initialised with this identity's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(kind);
    b.professionalId = professionalId;
    b.automatonId = kind == Kind.AUTOMATON && !subjectId.equals(structureId.value())
        ? subjectId : null;
    b.subjectName = subjectName;
    b.roles.addAll(kind == Kind.AUTOMATON && roles.equals(List.of(SubjectRole.AUTOMATON))
        ? List.of() : roles);
    b.structureId = structureId;
    b.sector = sector;
    b.authenticationMode = authenticationMode;
    b.accessMode = accessMode;
    return b;
  }

  /**
   * Returns the kind of actor.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the subject's identifier as written in the SAML {@code NameID}: the IdNat_PS value
   * of a professional, the structure's IdNat_Struct value (unless told otherwise) for an
   * automaton.
   *
   * @return the identifier
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Returns the professional's national identifier.
   *
   * @return the IdNat_PS, or empty for an automaton
   */
  public Optional<IdNatPs> professionalId() {
    return Optional.ofNullable(professionalId);
  }

  /**
   * Returns the subject's name ("Prénom Nom" or the system's description).
   *
   * @return the name
   */
  public String subjectName() {
    return subjectName;
  }

  /**
   * Returns the roles, profession first.
   *
   * @return the roles, never empty
   */
  public List<SubjectRole> roles() {
    return roles;
  }

  /**
   * Returns the structure's national identifier (IdNat_Struct).
   *
   * @return the identifier
   */
  public IdNatStruct structure() {
    return structureId;
  }

  /**
   * Returns the structure's identifier as written in the VIHF {@code Identifiant_Structure}
   * attribute: the value of {@link #structure()}.
   *
   * @return the IdNat_Struct value, e.g. {@code 1} + FINESS
   */
  public String structureId() {
    return structureId.value();
  }

  /**
   * Returns the sector-of-activity code (in {@value #SECTOR_CODE_SYSTEM}).
   *
   * @return the code, e.g. {@code SA07}
   */
  public String sector() {
    return sector;
  }

  /**
   * Returns how the actor was authenticated.
   *
   * @return the mode
   */
  public AuthenticationMode authenticationMode() {
    return authenticationMode;
  }

  /**
   * Returns the access mode.
   *
   * @return the access mode
   */
  public AccessMode accessMode() {
    return accessMode;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ActingIdentity)) {
      return false;
    }
    ActingIdentity x = (ActingIdentity) o;
    return kind == x.kind && subjectId.equals(x.subjectId) && subjectName.equals(x.subjectName)
        && roles.equals(x.roles) && structureId.equals(x.structureId) && sector.equals(x.sector)
        && authenticationMode == x.authenticationMode && accessMode.equals(x.accessMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, subjectId, subjectName, roles, structureId, sector,
        authenticationMode, accessMode);
  }

  @Override
  public String toString() {
    return "ActingIdentity[" + kind + " " + subjectId + " for " + structureId.value() + ", "
        + authenticationMode + ", " + accessMode.code() + "]";
  }

  /** Builder of {@link ActingIdentity}; not thread-safe. */
  public static final class Builder {
    private final Kind kind;
    private IdNatPs professionalId;
    private String automatonId;
    private String subjectName;
    private final List<SubjectRole> roles = new ArrayList<>();
    private IdNatStruct structureId;
    private String sector;
    private AuthenticationMode authenticationMode;
    private AccessMode accessMode = AccessMode.NORMAL;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    /**
     * Adds a role (profession first, then specialty).
     *
     * @param role the role
     * @return this builder
     */
    public Builder role(SubjectRole role) {
      roles.add(Objects.requireNonNull(role, "role"));
      return this;
    }

    /**
     * Sets the subject identifier of an automaton (default: the structure's IdNat_Struct
     * value). A professional's is his IdNat_PS.
     *
     * @param subjectId the identifier
     * @return this builder
     * @throws IllegalStateException for a professional
     */
    public Builder subjectId(String subjectId) {
      if (kind != Kind.AUTOMATON) {
        throw new IllegalStateException("a professional's subject identifier is his IdNat_PS, "
            + "given to ActingIdentity.professional(...)");
      }
      this.automatonId = subjectId;
      return this;
    }

    /**
     * Sets the structure's national identifier (IdNat_Struct).
     *
     * @param idNatStruct the identifier, e.g. {@code IdNatStruct.ofFiness(Finess.parse(...))}
     * @return this builder
     */
    public Builder structure(IdNatStruct idNatStruct) {
      this.structureId = idNatStruct;
      return this;
    }

    /**
     * Sets the sector of activity (JDV_J61 code such as {@code SA07}).
     *
     * @param sectorCode the code
     * @return this builder
     */
    public Builder sector(String sectorCode) {
      this.sector = sectorCode;
      return this;
    }

    /**
     * Sets the authentication mode (default {@link AuthenticationMode#INDIRECTE}).
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder authenticationMode(AuthenticationMode mode) {
      this.authenticationMode = mode;
      return this;
    }

    /**
     * Sets the access mode (default {@link AccessMode#NORMAL}).
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder accessMode(AccessMode mode) {
      this.accessMode = mode;
      return this;
    }

    /**
     * Builds the identity.
     *
     * @return the identity
     * @throws IllegalArgumentException if the structure, sector, name or roles are missing
     */
    public ActingIdentity build() {
      return new ActingIdentity(this);
    }
  }
}
