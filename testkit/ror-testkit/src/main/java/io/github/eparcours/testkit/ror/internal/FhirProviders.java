package io.github.eparcours.testkit.ror.internal;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.github.eparcours.testkit.ror.internal.FixtureSearch.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/** HAPI plain-server resource providers of the fake, over {@link FixtureSearch}. */
public final class FhirProviders {

  private FhirProviders() {}

  /**
   * Returns the providers of one side.
   *
   * @param search the search engine
   * @param side ROR or Annuaire
   * @return the providers to register
   */
  public static List<IResourceProvider> forSide(FixtureSearch search, Side side) {
    List<IResourceProvider> list = new ArrayList<>();
    list.add(new OrganizationProvider(search, side));
    if (side == Side.ROR) {
      list.add(new OfferProvider(search));
      list.add(new LocationProvider(search));
    } else {
      list.add(new PractitionerProvider(search));
      list.add(new RoleProvider(search));
    }
    return list;
  }

  private static IBundleProvider bundle(List<Resource> resources) {
    return new SimpleBundleProvider(new ArrayList<IBaseResource>(resources));
  }

  private static <T extends Resource> T read(FixtureSearch search, Side side, Class<T> type,
      IdType id) {
    return search.read(side, type.getSimpleName(), id.getIdPart()).map(type::cast)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /** HealthcareService (ROR operational offers). */
  public static final class OfferProvider implements IResourceProvider {
    private final FixtureSearch search;

    OfferProvider(FixtureSearch search) {
      this.search = search;
    }

    @Override
    public Class<HealthcareService> getResourceType() {
      return HealthcareService.class;
    }

    /**
     * Reads an offer.
     *
     * @param id the id
     * @return the offer
     */
    @Read
    public HealthcareService read(@IdParam IdType id) {
      return FhirProviders.read(search, Side.ROR, HealthcareService.class, id);
    }

    /**
     * Searches offers.
     *
     * @param details the request
     * @param includes the includes (resolved by HAPI from the references)
     * @return the matches
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(RequestDetails details, @IncludeParam(allow = {
        "HealthcareService:organization", "HealthcareService:location",
        "Organization:partof"}) Set<Include> includes) {
      return bundle(search.offers(details.getParameters()));
    }
  }

  /** Location (ROR places with capacities). */
  public static final class LocationProvider implements IResourceProvider {
    private final FixtureSearch search;

    LocationProvider(FixtureSearch search) {
      this.search = search;
    }

    @Override
    public Class<Location> getResourceType() {
      return Location.class;
    }

    /**
     * Reads a location.
     *
     * @param id the id
     * @return the location
     */
    @Read
    public Location read(@IdParam IdType id) {
      return FhirProviders.read(search, Side.ROR, Location.class, id);
    }

    /**
     * Searches locations.
     *
     * @param details the request
     * @return the matches
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(RequestDetails details) {
      return bundle(search.locations(details.getParameters()));
    }
  }

  /** Organization (ROR or Annuaire). */
  public static final class OrganizationProvider implements IResourceProvider {
    private final FixtureSearch search;
    private final Side side;

    OrganizationProvider(FixtureSearch search, Side side) {
      this.search = search;
      this.side = side;
    }

    @Override
    public Class<Organization> getResourceType() {
      return Organization.class;
    }

    /**
     * Reads an organisation.
     *
     * @param id the id
     * @return the organisation
     */
    @Read
    public Organization read(@IdParam IdType id) {
      return FhirProviders.read(search, side, Organization.class, id);
    }

    /**
     * Searches organisations.
     *
     * @param details the request
     * @param includes the includes
     * @return the matches
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(RequestDetails details,
        @IncludeParam(allow = {"Organization:partof"}) Set<Include> includes) {
      return bundle(search.organizations(side, details.getParameters()));
    }
  }

  /** Practitioner (Annuaire). */
  public static final class PractitionerProvider implements IResourceProvider {
    private final FixtureSearch search;

    PractitionerProvider(FixtureSearch search) {
      this.search = search;
    }

    @Override
    public Class<Practitioner> getResourceType() {
      return Practitioner.class;
    }

    /**
     * Reads a practitioner.
     *
     * @param id the id
     * @return the practitioner
     */
    @Read
    public Practitioner read(@IdParam IdType id) {
      return FhirProviders.read(search, Side.ANNUAIRE, Practitioner.class, id);
    }

    /**
     * Searches practitioners.
     *
     * @param details the request
     * @return the matches
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(RequestDetails details) {
      return bundle(search.practitioners(details.getParameters()));
    }
  }

  /** PractitionerRole (Annuaire). */
  public static final class RoleProvider implements IResourceProvider {
    private final FixtureSearch search;

    RoleProvider(FixtureSearch search) {
      this.search = search;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
      return PractitionerRole.class;
    }

    /**
     * Reads a role.
     *
     * @param id the id
     * @return the role
     */
    @Read
    public PractitionerRole read(@IdParam IdType id) {
      return FhirProviders.read(search, Side.ANNUAIRE, PractitionerRole.class, id);
    }

    /**
     * Searches roles.
     *
     * @param details the request
     * @param includes the includes
     * @return the matches
     */
    @Search(allowUnknownParams = true)
    public IBundleProvider search(RequestDetails details, @IncludeParam(allow = {
        "PractitionerRole:practitioner", "PractitionerRole:organization"}) Set<Include> includes) {
      return bundle(search.roles(details.getParameters()));
    }
  }
}
