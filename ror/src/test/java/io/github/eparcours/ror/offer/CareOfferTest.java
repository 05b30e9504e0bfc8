package io.github.eparcours.ror.offer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.RorSystems;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.internal.BundleIndex;
import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Distance;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class CareOfferTest {

  private static Organization org(String id, String parent) {
    Organization o = new Organization().setName(id);
    o.setId(id);
    if (parent != null) {
      o.setPartOf(new Reference("Organization/" + parent));
    }
    return o;
  }

  private static Extension capacity(String nature, String status, String temporality, int n) {
    Extension e = new Extension(RorSystems.EXT_SUPPORTED_CAPACITY);
    e.addExtension("capacityType", new CodeableConcept(new Coding(RorSystems.NATURE_CAPACITE,
        nature, null)));
    e.addExtension("capacityStatus", new CodeableConcept(new Coding(RorSystems.STATUT_CAPACITE,
        status, null)));
    if (temporality != null) {
      e.addExtension("temporalityCapacity", new CodeableConcept(new Coding(
          RorSystems.TEMPORALITE_CAPACITE, temporality, null)));
    }
    e.addExtension("nbCapacity", new IntegerType(n));
    return e;
  }

  private static Bundle bundle(boolean withSite, boolean withLegalEntity) {
    HealthcareService hs = new HealthcareService().setName("SMR");
    hs.setId("hs1");
    hs.setProvidedBy(new Reference("Organization/oi"));
    hs.addLocation(new Reference("Location/l1"));
    hs.addCharacteristic(new CodeableConcept(new Coding(RorSystems.MODE_PRISE_EN_CHARGE, "28",
        null)));
    hs.addCharacteristic(new CodeableConcept(new Coding(RorSystems.MODE_PRISE_EN_CHARGE, "77",
        "inconnu")).addCoding(new Coding("https://example.org/other", "x", null)));
    Location l = new Location();
    l.setId("l1");
    l.addExtension(capacity("01", "02", "01", 3));
    l.addExtension(capacity("01", "02", "02", 9));   // forecast: not counted
    l.addExtension(capacity("02", "02", null, 5));   // places: other nature
    l.addExtension(capacity("01", "01", "01", 30));  // installed
    Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    b.addEntry().setFullUrl("https://x/HealthcareService/hs1").setResource(hs);
    Bundle.BundleEntryComponent le = b.addEntry().setResource(l);
    le.getSearch().setMode(Bundle.SearchEntryMode.INCLUDE)
        .addExtension(RorSystems.EXT_LOCATION_DISTANCE,
            new Distance().setValue(new BigDecimal("12.5")).setCode("km"));
    b.addEntry().setResource(org("oi", "eg")).getSearch().setMode(Bundle.SearchEntryMode.INCLUDE);
    if (withSite) {
      b.addEntry().setResource(org("eg", "ej")).getSearch()
          .setMode(Bundle.SearchEntryMode.INCLUDE);
    }
    if (withLegalEntity) {
      b.addEntry().setResource(org("ej", null)).getSearch()
          .setMode(Bundle.SearchEntryMode.INCLUDE);
    }
    return b;
  }

  private static CareOffer only(Bundle b) {
    List<CareOffer> offers = CareOffer.fromIndex(BundleIndex.of(b, "HealthcareService"));
    assertThat(offers).hasSize(1);
    return offers.get(0);
  }

  @Test
  void organizations_fullChain_assignsUnitSiteAndLegalEntity() {
    OrganizationChain c = only(bundle(true, true)).organizations();
    assertThat(c.unit().flatMap(Structure::id)).hasValue("oi");
    assertThat(c.site().flatMap(Structure::id)).hasValue("eg");
    assertThat(c.legalEntity().flatMap(Structure::id)).hasValue("ej");
  }

  @Test
  void organizations_parentsNotIncluded_keepsUnitAndSiteWithoutLegalEntity() {
    OrganizationChain c = only(bundle(true, false)).organizations();
    assertThat(c.unit().flatMap(Structure::id)).hasValue("oi");
    assertThat(c.site().flatMap(Structure::id)).hasValue("eg");
    assertThat(c.legalEntity()).isEmpty();
  }

  @Test
  void available_countsCurrentAvailableFiguresOfTheNatureOnly() {
    CareOffer o = only(bundle(true, true));
    assertThat(o.available(RorCodes.CAPACITE_LIT)).hasValue(3);
    assertThat(o.available(RorCodes.CAPACITE_PLACE)).hasValue(5);
    assertThat(o.locations().get(0).capacities()).hasSize(4);
  }

  @Test
  void distanceKm_readsTheSearchExtensionOfTheIncludedLocation() {
    assertThat(only(bundle(true, true)).distanceKm()).hasValue(12.5);
  }

  @Test
  void careModes_unknownCode_isKeptRawAndOtherSystemsLeftToCharacteristics() {
    CareOffer o = only(bundle(true, true));
    assertThat(o.careModes()).extracting(c -> c.code()).containsExactly("28", "77");
    assertThat(o.characteristics()).extracting(c -> c.code()).containsExactly("28", "77", "x");
  }

  @Test
  void everyAccessor_emptyResource_returnsEmptyWithoutFailing() {
    CareOffer o = new CareOffer(new HealthcareService());
    assertThat(o.id()).isEmpty();
    assertThat(o.name()).isEmpty();
    assertThat(o.activityField()).isEmpty();
    assertThat(o.category()).isEmpty();
    assertThat(o.operationalActivities()).isEmpty();
    assertThat(o.careModes()).isEmpty();
    assertThat(o.region()).isEmpty();
    assertThat(o.lastUpdated()).isEmpty();
    assertThat(o.active()).isEmpty();
    assertThat(o.sensitiveUnit()).isEmpty();
    assertThat(o.telecoms()).isEmpty();
    assertThat(o.providerId()).isEmpty();
    assertThat(o.organizations().site()).isEmpty();
    assertThat(o.locations()).isEmpty();
    assertThat(o.distanceKm()).isEmpty();
    assertThat(o.available(RorCodes.CAPACITE_LIT)).isEmpty();
    assertThat(o.closedOn(java.time.LocalDate.of(2026, 1, 1))).isFalse();
  }

  @Test
  void fromIndex_entriesWithoutSearchMode_takesTheSearchedTypeAsMatches() {
    Bundle b = bundle(true, true);
    b.getEntry().forEach(e -> e.getSearch().setMode(null));
    assertThat(CareOffer.fromIndex(BundleIndex.of(b, "HealthcareService"))).hasSize(1);
  }
}
