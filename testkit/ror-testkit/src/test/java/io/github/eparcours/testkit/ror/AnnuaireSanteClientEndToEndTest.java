package io.github.eparcours.testkit.ror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.http.JdkHttpTransport;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.core.spi.HttpTransport;
import io.github.eparcours.ror.AnnuaireSanteClient;
import io.github.eparcours.ror.FhirServiceException;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.annuaire.MailboxRoute;
import io.github.eparcours.ror.annuaire.MailboxType;
import io.github.eparcours.ror.annuaire.PractitionerQuery;
import io.github.eparcours.ror.annuaire.Professional;
import io.github.eparcours.ror.annuaire.ProfessionalRole;
import io.github.eparcours.ror.fhir.Structure;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Annuaire Santé client against the fake over loopback. */
class AnnuaireSanteClientEndToEndTest {

  private static FakeRorAnnuaire fake;
  private static HttpTransport transport;
  private static AnnuaireSanteClient annuaire;

  @BeforeAll
  static void start() {
    fake = FakeRorAnnuaire.builder().start();
    transport = JdkHttpTransport.builder().retryPolicy(RetryPolicy.none()).build();
    annuaire = client().build();
  }

  private static AnnuaireSanteClient.Builder client() {
    return AnnuaireSanteClient.builder().baseUrl(fake.annuaireFhirBase())
        .apiKey("test-api-key".toCharArray()).transport(transport);
  }

  @AfterAll
  static void stop() {
    annuaire.close();
    transport.close();
    fake.close();
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  @Test
  void mssanteAddressesOf_gp_givesPersonalMailboxOnceThenPracticeMailbox() {
    List<MailboxRoute> routes = annuaire.mssanteAddressesOf(RorFixtures.RPPS_GP_RENNES);

    assertThat(routes).extracting(MailboxRoute::address)
        .containsExactly(RorFixtures.MSS_GP_RENNES, RorFixtures.MSS_CABINET_LICES);
    assertThat(routes.get(0).via()).isEqualTo(MailboxRoute.Via.PRACTICE_SITUATION);
    assertThat(routes.get(0).structure().flatMap(Structure::name))
        .hasValue("Cabinet médical des Lices");
    assertThat(routes.get(1).mailbox().type()).isEqualTo(MailboxType.CAB);
    assertThat(fake.requests(FakeService.ANNUAIRE)).allSatisfy(
        r -> assertThat(r.header("ESANTE-API-KEY")).hasValue("test-api-key"));
  }

  @Test
  void mssanteAddressesOf_listeRougeOnly_isEmptyUnlessAsked() {
    assertThat(annuaire.mssanteAddressesOf(RorFixtures.RPPS_GP_BREST_LISTE_ROUGE)).isEmpty();

    AnnuaireSanteClient withRouge = client().includeListeRouge(true).build();
    assertThat(withRouge.mssanteAddressesOf(RorFixtures.RPPS_GP_BREST_LISTE_ROUGE))
        .singleElement().satisfies(r -> assertThat(r.mailbox().listeRouge()).isTrue());
  }

  @Test
  void mssanteAddressesOf_noMailboxOrUnknown_isEmpty() {
    assertThat(annuaire.mssanteAddressesOf(RorFixtures.RPPS_NO_MAILBOX)).isEmpty();
    assertThat(annuaire.mssanteAddressesOf(RorFixtures.rppsWithKey("1999999999"))).isEmpty();
  }

  @Test
  void mssanteAddressesOf_nurseByAdeliIdNat_findsHerMailbox() {
    assertThat(annuaire.mssanteAddressesOf("0" + RorFixtures.ADELI_NURSE))
        .extracting(MailboxRoute::address)
        .containsExactly("erwan.lebihan@infirmier.mssante.fr");
  }

  @Test
  void mssanteAddressesOfService_matchingService_givesTheServiceMailboxOnly() {
    assertThat(annuaire.mssanteAddressesOfService(RorFixtures.FINESS_EJ_CHU_RENNES, "cardio"))
        .singleElement().satisfies(r -> {
          assertThat(r.address()).isEqualTo(RorFixtures.MSS_CARDIOLOGY_SERVICE);
          assertThat(r.via()).isEqualTo(MailboxRoute.Via.SERVICE);
        });
  }

  @Test
  void mssanteAddressesOfService_noMatch_fallsBackToPublishableOrgMailboxesNeverApp() {
    List<MailboxRoute> routes =
        annuaire.mssanteAddressesOfService(RorFixtures.FINESS_EJ_CHU_RENNES, "urgences");
    assertThat(routes).extracting(MailboxRoute::address)
        .containsExactly(RorFixtures.MSS_CARDIOLOGY_SERVICE)
        .doesNotContain(RorFixtures.MSS_CHU_APP);
    assertThat(routes.get(0).via()).isEqualTo(MailboxRoute.Via.STRUCTURE);
  }

  @Test
  void searchPractitioners_specialtyAndCabinetMailbox_filtersTypeOnTheClient() {
    List<Professional> found = annuaire.searchPractitioners(PractitionerQuery.builder()
        .specialty("SM54").mailboxType(MailboxType.CAB).build()).stream().toList();

    assertThat(found).singleElement()
        .satisfies(p -> assertThat(p.rpps()).hasValue(RorFixtures.RPPS_GP_RENNES));
    assertThat(fake.requests(FakeService.ANNUAIRE).get(0).parameters())
        .doesNotContainKey("mailbox-mss-type");
  }

  @Test
  void searchPractitioners_familyName_readsIdentityAndQualifications() {
    Professional p = annuaire.searchPractitioners(PractitionerQuery.builder().family("kerj")
        .build()).toList(5).get(0);
    assertThat(p.familyName()).hasValue("KERJEAN");
    assertThat(p.givenNames()).containsExactly("Yann");
    assertThat(p.idNatPs()).hasValue("8" + RorFixtures.RPPS_CARDIOLOGIST);
    assertThat(p.professions()).extracting(c -> c.code()).containsExactly("10");
    assertThat(p.specialties()).extracting(c -> c.code()).containsExactly("SM04");
    assertThat(p.toString()).doesNotContain("KERJEAN");

    List<ProfessionalRole> roles = annuaire.rolesOf(p).toList(10);
    assertThat(roles).singleElement().satisfies(r -> {
      assertThat(r.structure().flatMap(Structure::finess))
          .hasValue(RorFixtures.FINESS_EJ_CHU_RENNES);
      assertThat(r.professional().flatMap(Professional::rpps))
          .hasValue(RorFixtures.RPPS_CARDIOLOGIST);
    });
  }

  @Test
  void rolesIn_structure_listsItsProfessionals() {
    Structure chu = annuaire.findStructuresByFiness(RorFixtures.FINESS_EJ_CHU_RENNES).toList(1)
        .get(0);
    assertThat(annuaire.rolesIn(chu).stream().map(r -> r.professional().orElseThrow())
        .map(p -> p.rpps().orElseThrow()).toList())
        .containsExactlyInAnyOrder(RorFixtures.RPPS_CARDIOLOGIST, RorFixtures.RPPS_NO_MAILBOX);
  }

  @Test
  void rolesInCommune_specialty_findsTheProfessionalsPractisingThere() {
    List<ProfessionalRole> gps = annuaire.rolesInCommune("35000",
        io.github.eparcours.core.code.Code.of("SM54",
            io.github.eparcours.ror.fhir.RorSystems.SPECIALITE_ORDINALE), 10);
    assertThat(gps).singleElement().satisfies(r -> {
      assertThat(r.professional().flatMap(Professional::rpps))
          .hasValue(RorFixtures.RPPS_GP_RENNES);
      assertThat(r.structure().flatMap(Structure::name)).hasValue("Cabinet médical des Lices");
    });
    List<ProfessionalRole> cardiologists = annuaire.rolesInCommune("35",
        io.github.eparcours.core.code.Code.of("SM04",
            io.github.eparcours.ror.fhir.RorSystems.SPECIALITE_ORDINALE), 10);
    assertThat(cardiologists).extracting(r -> r.professional().orElseThrow().rpps().orElseThrow())
        .containsExactly(RorFixtures.RPPS_CARDIOLOGIST);
  }

  @Test
  void findStructuresByName_partOfName_findsThem() {
    assertThat(annuaire.findStructuresByName("iroise").toList(10)).hasSize(2);
  }

  @Test
  void anyCall_wrongApiKey_isApiKeyRefused() {
    AnnuaireSanteClient wrong = client().apiKey("nope".toCharArray()).build();
    assertThatThrownBy(() -> wrong.findByRpps(RorFixtures.RPPS_GP_RENNES))
        .isInstanceOfSatisfying(FhirServiceException.class, e -> {
          assertThat(e.code()).isEqualTo(RorErrors.API_KEY_REFUSED);
          assertThat(e.status()).hasValue(401);
        })
        .hasMessageNotContaining("nope");
  }

  @Test
  void rateLimit_belowTheServersLimit_neverGets429() {
    try (FakeRorAnnuaire limited = FakeRorAnnuaire.builder().annuaireRateLimit(5).start()) {
      AnnuaireSanteClient paced = AnnuaireSanteClient.builder()
          .baseUrl(limited.annuaireFhirBase()).apiKey("test-api-key".toCharArray())
          .transport(transport).rateLimit(2.5).build();
      for (int i = 0; i < 8; i++) {
        assertThat(paced.findByRpps(RorFixtures.RPPS_GP_RENNES)).isPresent();
      }
      assertThat(limited.requests(FakeService.ANNUAIRE)).hasSize(8);
    }
  }

  @Test
  void rateLimit_unpacedClient_isThrottledByTheServer() {
    try (FakeRorAnnuaire limited = FakeRorAnnuaire.builder().annuaireRateLimit(2).start()) {
      AnnuaireSanteClient unpaced = AnnuaireSanteClient.builder()
          .baseUrl(limited.annuaireFhirBase()).apiKey("test-api-key".toCharArray())
          .transport(transport).rateLimit(1000).build();
      assertThatThrownBy(() -> {
        for (int i = 0; i < 10; i++) {
          unpaced.findByRpps(RorFixtures.RPPS_GP_RENNES);
        }
      }).isInstanceOfSatisfying(FhirServiceException.class, e -> {
        assertThat(e.code()).isEqualTo(RorErrors.THROTTLED);
        assertThat(e.isRetryable()).isTrue();
      });
    }
  }
}
