package io.github.eparcours.ror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import io.github.eparcours.ror.annuaire.PractitionerQuery;
import io.github.eparcours.ror.fhir.SearchParameters;
import java.net.URI;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every configuration and query rule, broken one at a time. */
class ConfigurationTest {

  private static void refused(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void rorBuild_withoutCredentials_isRefused() {
    refused(() -> RorClient.builder().userProfile(RorUserProfile.of("CU22", "AUTOMATE")).build(),
        RorErrors.INVALID_CONFIGURATION);
  }

  @Test
  void rorBuild_withoutUserProfile_isRefused() {
    refused(() -> RorClient.builder().clientSecret("id", "s".toCharArray()).build(),
        RorErrors.INVALID_CONFIGURATION);
  }

  @Test
  void userProfile_blankOrMultiLine_isRefused() {
    refused(() -> RorUserProfile.of(" ", "AUTOMATE"), RorErrors.INVALID_CONFIGURATION);
    refused(() -> RorUserProfile.of("CU22", "AUTO\nMATE"), RorErrors.INVALID_CONFIGURATION);
  }

  @Test
  void environment_relativeOrNonHttpUrl_isRefused() {
    refused(() -> RorEnvironment.of(URI.create("/fhir"), URI.create("https://a/token")),
        RorErrors.INVALID_CONFIGURATION);
    refused(() -> RorEnvironment.of(URI.create("ftp://a/fhir"), URI.create("https://a/token")),
        RorErrors.INVALID_CONFIGURATION);
  }

  @Test
  void environment_trailingSlash_isDropped() {
    assertThat(RorEnvironment.of(URI.create("https://a/fhir/"), URI.create("https://a/t"))
        .fhirBase()).hasToString("https://a/fhir");
  }

  @Test
  void rorMaxPages_zero_isRefused() {
    refused(() -> RorClient.builder().maxPages(0), RorErrors.INVALID_CONFIGURATION);
  }

  @Test
  void annuaireBuild_withoutApiKey_isRefused() {
    refused(() -> AnnuaireSanteClient.builder().build(), RorErrors.INVALID_CONFIGURATION);
  }

  @Test
  void annuaireRateLimit_notPositive_isRefused() {
    refused(() -> AnnuaireSanteClient.builder().rateLimit(0), RorErrors.INVALID_CONFIGURATION);
  }

  @Test
  void practitionerQuery_withoutServerCriterion_isRefused() {
    refused(() -> PractitionerQuery.builder().build(), RorErrors.INVALID_QUERY);
  }

  @Test
  void practitionerQuery_malformedRpps_isRefused() {
    refused(() -> PractitionerQuery.builder().rpps("12345"), RorErrors.INVALID_QUERY);
  }

  @Test
  void practitionerQuery_malformedAdeli_isRefused() {
    refused(() -> PractitionerQuery.builder().adeli("12"), RorErrors.INVALID_QUERY);
  }

  @Test
  void practitionerQuery_pageSizeTooLarge_isRefused() {
    refused(() -> PractitionerQuery.builder().pageSize(500), RorErrors.INVALID_QUERY);
  }

  @Test
  void practitionerQuery_rpps_searchesRppsAndIdNatPs() {
    assertThat(PractitionerQuery.builder().rpps("10001000012").build().parameters()
        .values("identifier")).containsExactly(
            "https://rpps.esante.gouv.fr|10001000012,urn:oid:1.2.250.1.71.4.2.1|810001000012");
  }

  @Test
  void searchParameters_blankValue_isRefused() {
    refused(() -> SearchParameters.builder().add("name", " "), RorErrors.INVALID_QUERY);
  }

  @Test
  void searchParameters_specialCharacters_areEscapedInTokens() {
    assertThat(SearchParameters.escape("a,b|c$d\\e")).isEqualTo("a\\,b\\|c\\$d\\\\e");
  }
}
