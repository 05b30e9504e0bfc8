package io.github.eparcours.testkit.ror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.FhirServiceException;
import io.github.eparcours.ror.RorClient;
import io.github.eparcours.ror.RorEnvironment;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.RorUserProfile;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.SearchListener;
import io.github.eparcours.ror.fhir.SearchPage;
import io.github.eparcours.ror.fhir.Structure;
import io.github.eparcours.ror.offer.CareOffer;
import io.github.eparcours.ror.offer.OfferQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ROR client against the fake over loopback (plain HTTP; TLS is in its own test). */
class RorClientEndToEndTest {

  private static FakeRorAnnuaire fake;
  private static HttpTransport transport;
  private static RorClient ror;

  @BeforeAll
  static void start() {
    fake = FakeRorAnnuaire.builder().pageSizes(200, 50, 200).start();
    transport = JdkHttpTransport.builder().retryPolicy(RetryPolicy.builder().maxAttempts(3)
        .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).build()).build();
    ror = client().build();
  }

  private static RorClient.Builder client() {
    return RorClient.builder()
        .environment(RorEnvironment.of(fake.rorFhirBase(), fake.rorTokenUri()))
        .clientSecret("ror-client", "ror-secret".toCharArray())
        .userProfile(RorUserProfile.of("CU22", "AUTOMATE"))
        .transport(transport);
  }

  @AfterAll
  static void stop() {
    ror.close();
    transport.close();
    fake.close();
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  @Test
  void searchOffers_smrBedsWithin30kmOfRennes_findsTheRehabilitationCentreWithItsChain() {
    OfferQuery q = OfferQuery.builder().activityField(RorCodes.CHAMP_SMR)
        .careMode(RorCodes.MODE_HOSPITALISATION_COMPLETE).near(RorFixtures.COG_RENNES, 30)
        .withAvailable(RorCodes.CAPACITE_LIT, 1).build();

    List<CareOffer> offers = ror.searchOffers(q).stream().toList();

    assertThat(offers).extracting(o -> o.id().orElseThrow()).containsExactly("hs-smr-cardio-hc");
    CareOffer offer = offers.get(0);
    assertThat(offer.distanceKm().getAsDouble()).isBetween(4.0, 8.0);
    assertThat(offer.available(RorCodes.CAPACITE_LIT)).hasValue(4);
    assertThat(offer.organizations().unit().flatMap(Structure::name))
        .hasValue("SMR cardio-vasculaire");
    assertThat(offer.organizations().site().flatMap(Structure::finess))
        .hasValue(RorFixtures.FINESS_EG_BEAUREGARD);
    assertThat(offer.organizations().legalEntity().flatMap(Structure::finess))
        .hasValue(RorFixtures.FINESS_EJ_CHU_RENNES);
    assertThat(offer.careModes()).singleElement()
        .satisfies(c -> assertThat(c.code()).isEqualTo("28"));
    assertThat(offer.locations()).singleElement()
        .satisfies(l -> assertThat(l.commune().orElseThrow().code()).isEqualTo("35051"));
  }

  @Test
  void searchOffers_widerRadius_sortsByDistanceAndSendsEveryHeader() {
    OfferQuery q = OfferQuery.builder().activityField(RorCodes.CHAMP_SMR)
        .near(RorFixtures.COG_RENNES, 40).withAvailable(RorCodes.CAPACITE_LIT, 1).build();

    List<CareOffer> offers = ror.searchOffers(q).toList(100);

    assertThat(offers).extracting(o -> o.id().orElseThrow())
        .containsExactly("hs-smr-cardio-hc", "hs-vitre-smr");
    RecordedRequest search = fake.requests(FakeService.ROR_FHIR).get(0);
    assertThat(search.header("Ror-Profil-Utilisateur-Code")).hasValue("CU22");
    assertThat(search.header("Ror-Profil-Utilisateur-System")).hasValue("1.2.250.1.213.1.6.1.66");
    assertThat(search.header("Ror-Role-Metier-Code")).hasValue("AUTOMATE");
    assertThat(search.header("Ror-Role-Metier-System")).hasValue("1.2.250.1.213.1.1.4.6");
    assertThat(search.parameter("location.near-insee-code")).containsExactly("35238|40|km");
    assertThat(search.parameter("_count")).containsExactly("200");
  }

  @Test
  void searchOffers_regionInPagesOfThree_walksEveryPageLazilyAndReportsProgress() {
    OfferQuery q = OfferQuery.builder().region(RorFixtures.REGION_BRETAGNE).pageSize(3)
        .includeLocations(false).includeOrganizations(false).build();
    List<Integer> pages = new ArrayList<>();
    SearchListener listener = new SearchListener() {
      @Override
      public void onPage(int pageNumber, int itemsSoFar, OptionalInt total) {
        pages.add(pageNumber);
      }
    };

    Iterator<CareOffer> it = ror.searchOffers(q).withListener(listener).iterator();
    it.next();
    assertThat(fake.requests(FakeService.ROR_FHIR)).hasSize(1);
    int count = 1;
    while (it.hasNext()) {
      it.next();
      count++;
    }

    int expected = fake.fixtures().offers().size();
    assertThat(count).isEqualTo(expected);
    assertThat(pages).hasSize((expected + 2) / 3);
    assertThat(fake.requests(FakeService.ROR_FHIR).get(1).parameter("_getpages")).isNotEmpty();
  }

  @Test
  void searchOffers_twoSearches_fetchOneTokenOnly() {
    RorClient fresh = client().build();
    int before = fake.tokensIssued();
    fresh.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();
    fresh.searchOffers(OfferQuery.builder().commune("35238").build()).firstPage();
    assertThat(fake.tokensIssued() - before).isEqualTo(1);
    assertThat(fake.requests(FakeService.ROR_TOKEN)).singleElement()
        .satisfies(r -> assertThat(r.parameter("grant_type")).containsExactly(
            "client_credentials"));
  }

  @Test
  void searchOffers_tokenRevoked_refreshesOnceOn401AndSucceeds() {
    ror.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();
    fake.revokeTokens();
    fake.reset();

    SearchPage<CareOffer> page =
        ror.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();

    assertThat(page.items()).isNotEmpty();
    assertThat(fake.requests(FakeService.ROR_FHIR)).extracting(r -> r.service()).hasSize(2);
    assertThat(fake.requests(FakeService.ROR_TOKEN)).hasSize(1);
  }

  @Test
  void searchOffers_tokenExpiresSoon_isRenewedBeforeUse() {
    fake.tokenLifetime(Duration.ofSeconds(1));
    try {
      RorClient shortLived = client().tokenRefreshMargin(Duration.ofSeconds(30)).build();
      shortLived.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();
      shortLived.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();
      // A 1 s token is used for half its life at most: the second call may fetch a new one,
      // and no call was refused.
      assertThat(fake.requests(FakeService.ROR_FHIR)).hasSize(2);
    } finally {
      fake.tokenLifetime(Duration.ofSeconds(300));
    }
  }

  @Test
  void searchOffers_throttledOnce_isRetriedAfterRetryAfter() {
    fake.enqueue(FakeService.ROR_FHIR, Fault.tooManyRequests(Duration.ofMillis(100)));

    SearchPage<CareOffer> page =
        ror.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();

    assertThat(page.items()).isNotEmpty();
    assertThat(fake.requests(FakeService.ROR_FHIR)).hasSize(2);
  }

  @Test
  void searchOffers_unavailableBeyondRetries_throwsRetryableServerError() {
    for (int i = 0; i < 3; i++) {
      fake.enqueue(FakeService.ROR_FHIR, Fault.serviceUnavailable());
    }

    assertThatThrownBy(() -> ror.searchOffers(OfferQuery.builder().commune("35051").build())
        .firstPage())
        .isInstanceOfSatisfying(FhirServiceException.class, e -> {
          assertThat(e.code()).isEqualTo(RorErrors.SERVER_ERROR);
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.status()).hasValue(503);
        });
  }

  @Test
  void searchOffers_serverRefusesParameter_mapsOperationOutcomeAndKeepsIt() {
    OfferQuery q = OfferQuery.builder().parameter("colour", "blue").build();

    assertThatThrownBy(() -> ror.searchOffers(q).firstPage())
        .isInstanceOfSatisfying(FhirServiceException.class, e -> {
          assertThat(e.code()).isEqualTo(RorErrors.REQUEST_REFUSED);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.issues()).singleElement()
              .satisfies(i -> assertThat(i.diagnostics()).contains("colour"));
          assertThat(e.outcome()).isPresent();
          assertThat(e.rawPayload()).hasValueSatisfying(
              raw -> assertThat(raw).contains("OperationOutcome"));
        });
  }

  @Test
  void searchOffers_operationOutcomeFault_isTyped() {
    fake.enqueue(FakeService.ROR_FHIR, Fault.operationOutcome(422, "processing",
        "Recherche trop large"));

    assertThatThrownBy(() -> ror.searchOffers(OfferQuery.builder().commune("35051").build())
        .firstPage())
        .isInstanceOfSatisfying(FhirServiceException.class, e -> {
          assertThat(e.code()).isEqualTo(RorErrors.REQUEST_REFUSED);
          assertThat(e.issues()).extracting(FhirServiceException.Issue::code)
              .containsExactly("processing");
          assertThat(e.getMessage()).contains("HTTP 422").contains("Recherche trop large");
        });
  }

  @Test
  void searchOffers_slowServer_isWaitedForWithinTheTimeout() {
    fake.enqueue(FakeService.ROR_FHIR, Fault.delay(Duration.ofMillis(300)));

    assertThat(ror.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage()
        .items()).isNotEmpty();
  }

  @Test
  void readOffer_restrictedProfile_toleratesMissingFieldsAndKeepsUnknownCodes() {
    CareOffer restricted = ror.readOffer("hs-restricted").orElseThrow();
    assertThat(restricted.category()).isEmpty();
    assertThat(restricted.telecoms()).isEmpty();
    assertThat(restricted.sensitiveUnit()).isEmpty();
    assertThat(restricted.locations()).isEmpty();
    assertThat(restricted.available(RorCodes.CAPACITE_LIT)).isEmpty();
    assertThat(restricted.organizations().site()).isEmpty();
    assertThat(restricted.providerId()).hasValue("oi-smr-cardio-beauregard");

    CareOffer future = ror.readOffer("hs-future-code").orElseThrow();
    assertThat(future.careModes()).singleElement()
        .satisfies(c -> assertThat(c.code()).isEqualTo("99"));
    assertThat(future.asFhir().getName()).isEqualTo("Télésurveillance SMR");
  }

  @Test
  void readOffer_unknownId_isEmpty() {
    assertThat(ror.readOffer("does-not-exist")).isEmpty();
  }

  @Test
  void readOffer_closedForWorks_isClosedDuringThePeriodOnly() {
    CareOffer closed = ror.readOffer("hs-armor-smr").orElseThrow();
    assertThat(closed.closedOn(LocalDate.of(2026, 11, 23))).isTrue();
    assertThat(closed.closedOn(LocalDate.of(2027, 3, 1))).isFalse();
  }

  @Test
  void findOrganizationsByFiness_legalEntity_findsIt() {
    assertThat(ror.findOrganizationsByFiness(RorFixtures.FINESS_EJ_CHU_RENNES).toList(5))
        .singleElement().satisfies(s -> assertThat(s.name()).hasValue("CHU de Rennes-Vilaine"));
  }

  @Test
  void build_wrongSecret_failsOnFirstCallWithTokenRefused() {
    RorClient wrong = client().clientSecret("ror-client", "nope".toCharArray()).build();

    assertThatThrownBy(() -> wrong.searchOffers(OfferQuery.builder().commune("35051").build())
        .firstPage())
        .isInstanceOfSatisfying(EparcoursServiceException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.TOKEN_REFUSED))
        .hasMessageNotContaining("nope");
  }

  @Test
  void toBuilder_otherProfile_sharesTokenAndSendsNewHeaders() {
    ror.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();
    int tokens = fake.tokensIssued();
    RorClient other = ror.toBuilder().userProfile(RorUserProfile.of("CU10", "MEDECIN")).build();

    other.searchOffers(OfferQuery.builder().commune("35051").build()).firstPage();

    assertThat(fake.tokensIssued()).isEqualTo(tokens);
    assertThat(fake.requests(FakeService.ROR_FHIR).get(1).header("Ror-Role-Metier-Code"))
        .hasValue("MEDECIN");
  }
}
