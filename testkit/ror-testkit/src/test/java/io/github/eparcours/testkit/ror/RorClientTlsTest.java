package io.github.eparcours.testkit.ror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursException;
import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.core.http.HttpErrorCodes;
import io.github.eparcours.core.http.RetryPolicy;
import io.github.eparcours.ror.RorClient;
import io.github.eparcours.ror.RorEnvironment;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.RorUserProfile;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.offer.OfferQuery;
import io.github.eparcours.testkit.core.IssuedCredential;
import io.github.eparcours.testkit.core.TestPki;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ROR client over HTTPS, with an IGC-Santé-like client certificate for mTLS profiles. */
class RorClientTlsTest {

  private static TestPki pki;
  private static FakeRorAnnuaire fake;

  @BeforeAll
  static void start() {
    pki = TestPki.create();
    IssuedCredential server = pki.serverCertificate("localhost", "127.0.0.1");
    fake = FakeRorAnnuaire.builder().https(pki.serverSslContext(server, false), "localhost")
        .mtlsClient("ror-mtls").start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static RorClient client(SSLContext tls) {
    return RorClient.builder()
        .environment(RorEnvironment.of(fake.rorFhirBase(), fake.rorTokenUri()))
        .clientCertificate("ror-mtls")
        .userProfile(RorUserProfile.of("CU22", "AUTOMATE"))
        .sslContext(tls).retryPolicy(RetryPolicy.none())
        .build();
  }

  @Test
  void searchOffers_mtlsClientWithCertificate_authenticatesAndSearches() {
    IssuedCredential cert = pki.clientCertificate("ETABLISSEMENT TEST ROR");
    try (RorClient ror = client(pki.clientSslContext(cert))) {
      assertThat(ror.searchOffers(OfferQuery.builder().activityField(RorCodes.CHAMP_SMR)
          .near(RorFixtures.COG_RENNES, 30).build()).stream().count()).isPositive();
    }
    assertThat(fake.requests(FakeService.ROR_TOKEN)).last()
        .satisfies(r -> assertThat(r.clientCertificatePresented()).isTrue());
  }

  @Test
  void searchOffers_mtlsClientWithoutCertificate_isRefusedByTheTokenEndpoint() {
    try (RorClient ror = client(pki.clientSslContext(null))) {
      assertThatThrownBy(() -> ror.searchOffers(OfferQuery.builder().commune("35051").build())
          .firstPage())
          .isInstanceOfSatisfying(EparcoursServiceException.class,
              e -> assertThat(e.code()).isEqualTo(RorErrors.TOKEN_REFUSED));
    }
  }

  @Test
  void searchOffers_untrustedServer_failsTheHandshake() throws Exception {
    try (RorClient ror = client(SSLContext.getDefault())) {
      assertThatThrownBy(() -> ror.searchOffers(OfferQuery.builder().commune("35051").build())
          .firstPage())
          .isInstanceOfSatisfying(EparcoursException.class, e -> assertThat(e.code())
              .isIn(HttpErrorCodes.TLS_UNTRUSTED_SERVER, HttpErrorCodes.TLS_HANDSHAKE_FAILED));
    }
  }
}
