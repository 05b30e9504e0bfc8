package io.github.eparcours.ror.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.RorSystems;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfferQueryTest {

  @Test
  void parameters_everyCriterion_writesTheRorSearchParameters() {
    OfferQuery q = OfferQuery.builder()
        .activityField(RorCodes.CHAMP_SMR)
        .operationalActivity("013")
        .careMode(RorCodes.MODE_HOSPITALISATION_COMPLETE)
        .careMode(RorCodes.MODE_HOSPITALISATION_DE_JOUR)
        .finess("350000012")
        .organizationName("CHU")
        .commune("35238")
        .department("35").department("22")
        .region("53")
        .near("35238", 30)
        .withAvailable(RorCodes.CAPACITE_LIT, 2)
        .updatedSince(Instant.parse("2026-11-01T00:00:00Z"))
        .pageSize(50)
        .build();

    var p = q.parameters();
    assertThat(p.values("service-type")).containsExactly(RorSystems.CHAMP_ACTIVITE + "|02");
    assertThat(p.values("specialty"))
        .containsExactly(RorSystems.ACTIVITE_OPERATIONNELLE + "|013");
    assertThat(p.values("characteristic")).containsExactly(RorSystems.MODE_PRISE_EN_CHARGE
        + "|28," + RorSystems.MODE_PRISE_EN_CHARGE + "|29");
    assertThat(p.values("organization.identifier")).containsExactly(RorSystems.FINESS
        + "|350000012," + RorSystems.IDNAT_STRUCT + "|1350000012");
    assertThat(p.values("organization.name")).containsExactly("CHU");
    assertThat(p.values("location.commune-cog")).containsExactly(RorSystems.COMMUNE + "|35238");
    assertThat(p.values("location.address-postalcode")).containsExactly("35,22");
    assertThat(p.values("_tag")).containsExactly(RorSystems.REGION + "|53");
    assertThat(p.values("location.near-insee-code")).containsExactly("35238|30|km");
    assertThat(p.values("location.capacity-status"))
        .containsExactly(RorSystems.STATUT_CAPACITE + "|02");
    assertThat(p.values("location.capacity-type"))
        .containsExactly(RorSystems.NATURE_CAPACITE + "|01");
    assertThat(p.values("location.nb-capacity")).containsExactly("ge2");
    assertThat(p.values("_lastUpdated")).containsExactly("ge2026-11-01T00:00:00Z");
    assertThat(p.values("_include"))
        .containsExactly("HealthcareService:organization", "HealthcareService:location");
    assertThat(p.values("_include:iterate")).containsExactly("Organization:partof");
    assertThat(p.values("_count")).containsExactly("50");
    assertThat(p.toQueryString()).contains("location.near-insee-code=35238%7C30%7Ckm")
        .contains("_include:iterate=Organization:partof");
  }

  @Test
  void toBuilder_variant_leavesTheOriginalUnchanged() {
    OfferQuery base = OfferQuery.builder().activityField(RorCodes.CHAMP_MCO).build();
    OfferQuery variant = base.toBuilder().commune("35238").build();
    assertThat(base.parameters().values("location.commune-cog")).isEmpty();
    assertThat(variant.parameters().values("location.commune-cog")).hasSize(1);
    assertThat(variant.parameters().values("service-type")).hasSize(1);
  }

  @Test
  void pageSize_aboveTheRorMaximum_isRefused() {
    assertThatThrownBy(() -> OfferQuery.builder().pageSize(201))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.INVALID_QUERY));
  }

  @Test
  void near_nonPositiveRadius_isRefused() {
    assertThatThrownBy(() -> OfferQuery.builder().near("35238", 0))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.INVALID_QUERY));
  }

  @Test
  void withAvailable_zero_isRefused() {
    assertThatThrownBy(() -> OfferQuery.builder().withAvailable(RorCodes.CAPACITE_LIT, 0))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.INVALID_QUERY));
  }

  @Test
  void commune_blank_isRefused() {
    assertThatThrownBy(() -> OfferQuery.builder().commune(" "))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.INVALID_QUERY));
  }
}
