package io.github.eparcours.ror.offer;

import io.github.eparcours.core.code.Code;
import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.SearchParameters;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A search of ROR operational offers (HealthcareService), written with the parameters the ROR
 * documents. Criteria of different kinds are ANDed; several values of one kind are ORed.
 *
 * <p>By default the search includes the providing organisation and its parents (so {@link
 * CareOffer#organizations()} gives unit, site and legal entity) and the locations (so
 * capacities and distance are there), and asks 200 results per page, the ROR's maximum.
 *
 * <pre>{@code
 * OfferQuery q = OfferQuery.builder()
 *     .activityField(RorCodes.CHAMP_SMR)
 *     .careMode(RorCodes.MODE_HOSPITALISATION_COMPLETE)
 *     .near("35238", 30)                          // COG of Rennes, 30 km
 *     .withAvailable(RorCodes.CAPACITE_LIT, 1)    // at least one free bed
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} derives variants.
 *
 * @since 0.1.0
 */
public final class OfferQuery {

  /** Largest page size the ROR serves. */
  public static final int MAX_PAGE_SIZE = 200;

  private final Builder b;
  private final SearchParameters parameters;

  private OfferQuery(Builder b) {
    this.b = b.copy();
    this.parameters = write(this.b);
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
   * Returns a builder holding this query's criteria.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return b.copy();
  }

  /**
   * Returns the page size asked ({@code _count}).
   *
   * @return the page size
   */
  public int pageSize() {
    return b.pageSize;
  }

  /**
   * Returns the FHIR search parameters this query sends.
   *
   * @return the parameters
   */
  public SearchParameters parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "OfferQuery[" + parameters + "]";
  }

  private static SearchParameters write(Builder b) {
    SearchParameters.Builder p = SearchParameters.builder();
    p.addTokens("service-type", b.activityFields);
    p.addTokens("specialty", b.activities);
    p.addTokens("characteristic", b.careModes);
    p.addTokens("service-category", b.categories);
    if (!b.finess.isEmpty()) {
      List<Code> ids = new ArrayList<>();
      for (String f : b.finess) {
        ids.add(Code.of(f, RorSystems.FINESS));
        ids.add(Code.of("1" + f, RorSystems.IDNAT_STRUCT));
      }
      p.addTokens("organization.identifier", ids);
    }
    b.organizationName.ifPresent(n -> p.add("organization.name", n));
    p.addTokens("organization.type", b.establishmentCategories);
    b.name.ifPresent(n -> p.add("name:contains", n));
    if (!b.communes.isEmpty()) {
      p.addTokens("location.commune-cog",
          b.communes.stream().map(c -> Code.of(c, RorSystems.COMMUNE)).toList());
    }
    if (!b.departments.isEmpty()) {
      p.add("location.address-postalcode", String.join(",", b.departments));
    }
    b.nearCog.ifPresent(cog -> p.add("location.near-insee-code",
        cog + "|" + formatKm(b.radiusKm) + "|km"));
    if (!b.regions.isEmpty()) {
      p.addTokens("_tag", b.regions.stream().map(r -> Code.of(r, RorSystems.REGION)).toList());
    }
    if (b.availableNature != null) {
      p.addTokens("location.capacity-status", List.of(RorCodes.STATUT_DISPONIBLE));
      p.addTokens("location.capacity-type", List.of(b.availableNature));
      p.add("location.nb-capacity", "ge" + b.availableAtLeast);
    }
    b.updatedSince.ifPresent(t -> p.add("_lastUpdated",
        "ge" + DateTimeFormatter.ISO_INSTANT.format(t)));
    if (b.includeOrganizations) {
      p.add("_include", "HealthcareService:organization");
      p.add("_include:iterate", "Organization:partof");
    }
    if (b.includeLocations) {
      p.add("_include", "HealthcareService:location");
    }
    p.addAll(b.extra.build());
    p.add("_count", Integer.toString(b.pageSize));
    return p.build();
  }

  private static String formatKm(double km) {
    return km == Math.rint(km) ? Long.toString((long) km) : String.format(Locale.ROOT, "%.3f", km);
  }

  /** Builder of {@link OfferQuery}. Not thread-safe. */
  public static final class Builder {
    private List<Code> activityFields = new ArrayList<>();
    private List<Code> activities = new ArrayList<>();
    private List<Code> careModes = new ArrayList<>();
    private List<Code> categories = new ArrayList<>();
    private List<Code> establishmentCategories = new ArrayList<>();
    private List<String> finess = new ArrayList<>();
    private List<String> communes = new ArrayList<>();
    private List<String> departments = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private Optional<String> organizationName = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<String> nearCog = Optional.empty();
    private double radiusKm;
    private Code availableNature;
    private int availableAtLeast;
    private Optional<Instant> updatedSince = Optional.empty();
    private boolean includeOrganizations = true;
    private boolean includeLocations = true;
    private int pageSize = MAX_PAGE_SIZE;
    private SearchParameters.Builder extra = SearchParameters.builder();
    private SearchParameters extraBuilt = SearchParameters.builder().build();

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.activityFields = new ArrayList<>(activityFields);
      c.activities = new ArrayList<>(activities);
      c.careModes = new ArrayList<>(careModes);
      c.categories = new ArrayList<>(categories);
      c.establishmentCategories = new ArrayList<>(establishmentCategories);
      c.finess = new ArrayList<>(finess);
      c.communes = new ArrayList<>(communes);
      c.departments = new ArrayList<>(departments);
      c.regions = new ArrayList<>(regions);
      c.organizationName = organizationName;
      c.name = name;
      c.nearCog = nearCog;
      c.radiusKm = radiusKm;
      c.availableNature = availableNature;
      c.availableAtLeast = availableAtLeast;
      c.updatedSince = updatedSince;
      c.includeOrganizations = includeOrganizations;
      c.includeLocations = includeLocations;
      c.pageSize = pageSize;
      c.extraBuilt = extra.build();
      c.extra = SearchParameters.builder().addAll(c.extraBuilt);
      return c;
    }

    /**
     * Adds an activity field (champ d'activité, TRE_R227), e.g. {@link RorCodes#CHAMP_SMR}.
     *
     * @param code the code
     * @return this
     */
    public Builder activityField(Code code) {
      activityFields.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Adds an operational activity (activité opérationnelle, TRE_R211), e.g. {@code 013}
     * Cardiologie générale.
     *
     * @param code the code
     * @return this
     */
    public Builder operationalActivity(Code code) {
      activities.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Adds an operational activity by its TRE_R211 code.
     *
     * @param r211Code the code, e.g. {@code "013"}
     * @return this
     */
    public Builder operationalActivity(String r211Code) {
      return operationalActivity(Code.of(r211Code, RorSystems.ACTIVITE_OPERATIONNELLE));
    }

    /**
     * Adds a care mode (mode de prise en charge, TRE_R213), e.g.
     * {@link RorCodes#MODE_HOSPITALISATION_COMPLETE}.
     *
     * @param code the code
     * @return this
     */
    public Builder careMode(Code code) {
      careModes.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Adds a type of offer (TRE_R244 {@code service-category}).
     *
     * @param code the code
     * @return this
     */
    public Builder category(Code code) {
      categories.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Adds a category of establishment of the providing organisation (TRE_R66).
     *
     * @param code the code
     * @return this
     */
    public Builder establishmentCategory(Code code) {
      establishmentCategories.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Restricts to offers of an organisation identified by FINESS (EJ or EG; the ROR matches
     * the providing unit and its parents).
     *
     * @param finessNumber the 9-character FINESS
     * @return this
     */
    public Builder finess(String finessNumber) {
      finess.add(requireText(finessNumber, "FINESS"));
      return this;
    }

    /**
     * Restricts to organisations whose name starts with this text (accents and case ignored).
     *
     * @param text the name
     * @return this
     */
    public Builder organizationName(String text) {
      organizationName = Optional.of(requireText(text, "organisation name"));
      return this;
    }

    /**
     * Restricts to offers whose name contains this text.
     *
     * @param text the text
     * @return this
     */
    public Builder nameContains(String text) {
      name = Optional.of(requireText(text, "offer name"));
      return this;
    }

    /**
     * Adds a commune (COG INSEE code) where the offer takes place.
     *
     * @param cog the 5-character COG code (2A/2B for Corsica)
     * @return this
     */
    public Builder commune(String cog) {
      communes.add(requireText(cog, "commune COG code"));
      return this;
    }

    /**
     * Adds a department (matched on the location's postal code prefix).
     *
     * @param department e.g. {@code "35"}
     * @return this
     */
    public Builder department(String department) {
      departments.add(requireText(department, "department"));
      return this;
    }

    /**
     * Adds a source region (TRE_R30 code, e.g. {@code "53"} Bretagne).
     *
     * @param regionCode the code
     * @return this
     */
    public Builder region(String regionCode) {
      regions.add(requireText(regionCode, "region code"));
      return this;
    }

    /**
     * Restricts to offers within {@code radiusKm} of a commune ({@code near-insee-code}); each
     * result then carries its {@link CareOffer#distanceKm() distance}.
     *
     * @param cog the commune COG code
     * @param radiusKm the radius in km, {@code > 0}
     * @return this
     * @throws EparcoursClientException ROR-0001 if the radius is not positive
     */
    public Builder near(String cog, double radiusKm) {
      if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Radius refused: "
            + radiusKm + " km; give a positive distance in kilometres");
      }
      nearCog = Optional.of(requireText(cog, "commune COG code"));
      this.radiusKm = radiusKm;
      return this;
    }

    /**
     * Restricts to offers with at least {@code minimum} currently available beds or places
     * (capacity status TRE_R330 {@code 02}).
     *
     * @param nature {@link RorCodes#CAPACITE_LIT} or {@link RorCodes#CAPACITE_PLACE}
     * @param minimum at least 1
     * @return this
     * @throws EparcoursClientException ROR-0001 if minimum is below 1
     */
    public Builder withAvailable(Code nature, int minimum) {
      if (minimum < 1) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Minimum availability "
            + "refused: " + minimum + "; ask for at least 1");
      }
      availableNature = Objects.requireNonNull(nature, "nature");
      availableAtLeast = minimum;
      return this;
    }

    /**
     * Restricts to offers updated at or after {@code instant} (delta synchronisation).
     *
     * @param instant the instant
     * @return this
     */
    public Builder updatedSince(Instant instant) {
      updatedSince = Optional.of(Objects.requireNonNull(instant, "instant"));
      return this;
    }

    /**
     * Whether to include the providing organisation and its parents (default true).
     *
     * @param include true to include
     * @return this
     */
    public Builder includeOrganizations(boolean include) {
      includeOrganizations = include;
      return this;
    }

    /**
     * Whether to include the locations with their capacities (default true).
     *
     * @param include true to include
     * @return this
     */
    public Builder includeLocations(boolean include) {
      includeLocations = include;
      return this;
    }

    /**
     * Sets the page size ({@code _count}), 1 to {@value #MAX_PAGE_SIZE}.
     *
     * @param size the size
     * @return this
     * @throws EparcoursClientException ROR-0001 if out of range
     */
    public Builder pageSize(int size) {
      if (size < 1 || size > MAX_PAGE_SIZE) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Page size refused: "
            + size + "; the ROR serves 1 to " + MAX_PAGE_SIZE + " results per page");
      }
      pageSize = size;
      return this;
    }

    /**
     * Adds a raw search parameter the builder has no method for (escape hatch, e.g. {@code
     * _filter} or {@code age-range-low}). Sent as is after the typed criteria.
     *
     * @param name the parameter name, with modifier
     * @param value the unencoded value
     * @return this
     */
    public Builder parameter(String name, String value) {
      extra.add(name, value);
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public OfferQuery build() {
      return new OfferQuery(this);
    }

    private static String requireText(String s, String what) {
      if (s == null || s.isBlank()) {
        throw new EparcoursClientException(RorErrors.INVALID_QUERY, "Search criterion refused: "
            + what + " is blank; leave the criterion out instead");
      }
      return s.trim();
    }
  }
}
