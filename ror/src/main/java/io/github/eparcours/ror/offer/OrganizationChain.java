package io.github.eparcours.ror.offer;

import io.github.eparcours.ror.fhir.Structure;
import java.util.List;
import java.util.Optional;

/**
 * Who provides an offer in the ROR: the internal unit (OI: pôle, service, UF), the site (EG,
 * entité géographique) and the legal entity (EJ), as far as the search included them.
 *
 * <p>Immutable. Each level is empty when the Bundle did not carry it (no {@code _include}) or
 * the offer hangs directly off the site.
 *
 * @since 0.1.0
 */
public final class OrganizationChain {

  /** An empty chain. */
  public static final OrganizationChain EMPTY = new OrganizationChain(null, null, null);

  private final Structure unit;
  private final Structure site;
  private final Structure legalEntity;

  private OrganizationChain(Structure unit, Structure site, Structure legalEntity) {
    this.unit = unit;
    this.site = site;
    this.legalEntity = legalEntity;
  }

  /**
   * Builds the chain from the providing organisation upwards.
   *
   * <p>The top of a fully resolved chain (no {@code partOf}) is the legal entity and the level
   * under it the site; anything below is the unit. When the walk stops on a parent the Bundle
   * does not carry, the provider and its parent are taken as unit and site.
   *
   * @param upwards provider first, then its parents as resolved
   * @param topIsRoot whether the last element has no parent at all
   * @return the chain
   */
  static OrganizationChain of(List<Structure> upwards, boolean topIsRoot) {
    int n = upwards.size();
    if (n == 0) {
      return EMPTY;
    }
    if (topIsRoot) {
      if (n == 1) {
        return new OrganizationChain(null, null, upwards.get(0));
      }
      return new OrganizationChain(n >= 3 ? upwards.get(0) : null, upwards.get(n - 2),
          upwards.get(n - 1));
    }
    if (n == 1) {
      return new OrganizationChain(null, upwards.get(0), null);
    }
    return new OrganizationChain(upwards.get(0), upwards.get(1), null);
  }

  /**
   * Returns the internal unit.
   *
   * @return the unit, or empty
   */
  public Optional<Structure> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Returns the site (EG).
   *
   * @return the site, or empty
   */
  public Optional<Structure> site() {
    return Optional.ofNullable(site);
  }

  /**
   * Returns the legal entity (EJ).
   *
   * @return the legal entity, or empty
   */
  public Optional<Structure> legalEntity() {
    return Optional.ofNullable(legalEntity);
  }

  @Override
  public String toString() {
    return "OrganizationChain[unit=" + unit + ", site=" + site + ", legalEntity=" + legalEntity
        + "]";
  }
}
