package io.github.eparcours.dmp;

import java.util.Objects;
import java.util.Optional;

/**
 * The identity of the integrating product (the "LPS", logiciel de professionnel de santé) as
 * declared in every VIHF: its name, version, optional LPS identifier and its DMP homologation
 * number. These are the vendor's values, obtained from the DMP homologation, never the SDK's.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LpsIdentity {

  private final String name;
  private final String version;
  private final String lpsId;
  private final String homologationNumber;

  private LpsIdentity(Builder b) {
    this.name = require(b.name, "name");
    this.version = require(b.version, "version");
    this.homologationNumber = require(b.homologationNumber, "homologationNumber");
    this.lpsId = b.lpsId;
  }

  private static String require(String v, String what) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("LpsIdentity." + what
          + " is required: give the value of the product's DMP homologation");
    }
    return v;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the product name ({@code LPS_Nom}).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the product version ({@code LPS_Version}).
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the product identifier ({@code LPS_ID}), if declared.
   *
   * @return the identifier
   */
  public Optional<String> lpsId() {
    return Optional.ofNullable(lpsId);
  }

  /**
   * Returns the DMP homologation number ({@code LPS_ID_HOMOLOGATION_DMP}).
   *
   * @return the number
   */
  public String homologationNumber() {
    return homologationNumber;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LpsIdentity)) {
      return false;
    }
    LpsIdentity x = (LpsIdentity) o;
    return name.equals(x.name) && version.equals(x.version)
        && Objects.equals(lpsId, x.lpsId) && homologationNumber.equals(x.homologationNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, lpsId, homologationNumber);
  }

  @Override
  public String toString() {
    return "LpsIdentity[" + name + " " + version + ", homologation " + homologationNumber + "]";
  }

  /** Builder of {@link LpsIdentity}; not thread-safe. */
  public static final class Builder {
    private String name;
    private String version;
    private String lpsId;
    private String homologationNumber;

    private Builder() {}

    /**
     * Sets the product name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the product version.
     *
     * @param version the version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the optional product identifier.
     *
     * @param lpsId the identifier, or null
     * @return this builder
     */
    public Builder lpsId(String lpsId) {
      this.lpsId = lpsId;
      return this;
    }

    /**
     * Sets the DMP homologation number.
     *
     * @param homologationNumber the number
     * @return this builder
     */
    public Builder homologationNumber(String homologationNumber) {
      this.homologationNumber = homologationNumber;
      return this;
    }

    /**
     * Builds the identity.
     *
     * @return the identity
     * @throws IllegalArgumentException if name, version or homologation number is missing
     */
    public LpsIdentity build() {
      return new LpsIdentity(this);
    }
  }
}
