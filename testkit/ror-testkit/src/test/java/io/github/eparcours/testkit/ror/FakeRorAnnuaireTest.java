package io.github.eparcours.testkit.ror;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.github.eparcours.ror.fhir.RorCodes;
import io.github.eparcours.ror.fhir.RorSystems;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Distance;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probes the fake at the HTTP level (the SDK clients are tested against it elsewhere). */
class FakeRorAnnuaireTest {

  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static FakeRorAnnuaire fake;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    fake = FakeRorAnnuaire.builder().pageSizes(5, 2, 200).start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @BeforeEach
  void reset() {
    fake.reset();
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String token() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(fake.rorTokenUri())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "grant_type=client_credentials&client_id=ror-client&client_secret=ror-secret")));
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("access_token")
        .asText();
  }

  private static HttpRequest.Builder ror(String query, String token) {
    return HttpRequest.newBuilder(URI.create(fake.rorFhirBase() + "/" + query))
        .header("Authorization", "Bearer " + token)
        .header("Ror-Profil-Utilisateur-Code", "CU22")
        .header("Ror-Profil-Utilisateur-System", "1.2.250.1.213.1.6.1.66")
        .header("Ror-Role-Metier-Code", "AUTOMATE")
        .header("Ror-Role-Metier-System", "1.2.250.1.213.1.1.4.6");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void token_withWrongSecret_isRefused() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(fake.rorTokenUri())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "grant_type=client_credentials&client_id=ror-client&client_secret=nope")));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("invalid_client");
  }

  @Test
  void rorSearch_withoutToken_is401WithOperationOutcome() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(
        URI.create(fake.rorFhirBase() + "/HealthcareService")));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(FHIR.newJsonParser().parseResource(OperationOutcome.class, r.body()).getIssue())
        .hasSize(1);
  }

  @Test
  void rorSearch_withoutRorHeaders_is403() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(
        URI.create(fake.rorFhirBase() + "/HealthcareService"))
        .header("Authorization", "Bearer " + token()));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("Ror-Profil-Utilisateur-Code");
  }

  @Test
  void rorSearch_nearWithCapacityAndIncludes_returnsDistanceAndIncludedResources()
      throws Exception {
    String q = "HealthcareService?service-type=" + enc(RorSystems.token(RorCodes.CHAMP_SMR))
        + "&characteristic=" + enc(RorSystems.token(RorCodes.MODE_HOSPITALISATION_COMPLETE))
        + "&location.near-insee-code=" + enc("35238|40|km")
        + "&location.capacity-status=" + enc(RorSystems.token(RorCodes.STATUT_DISPONIBLE))
        + "&location.nb-capacity=gt0"
        + "&_include=HealthcareService:location&_include=HealthcareService:organization"
        + "&_include:iterate=Organization:partof";
    HttpResponse<String> r = send(ror(q, token()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    Bundle b = FHIR.newJsonParser().parseResource(Bundle.class, r.body());
    List<String> matches = b.getEntry().stream()
        .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
        .map(e -> e.getResource().getIdElement().getIdPart()).toList();
    assertThat(matches).containsExactly("hs-smr-cardio-hc", "hs-vitre-smr");
    List<String> included = b.getEntry().stream()
        .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
        .map(e -> e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart())
        .toList();
    assertThat(included).contains("Location/loc-hs-smr-cardio-hc", "Organization/eg-beauregard",
        "Organization/ej-chu-rennes", "Organization/oi-smr-cardio-beauregard");
    Bundle.BundleEntryComponent loc = b.getEntry().stream()
        .filter(e -> e.getResource().getIdElement().getIdPart().equals("loc-hs-vitre-smr"))
        .findFirst().orElseThrow();
    Distance d = (Distance) loc.getSearch().getExtensionByUrl(RorSystems.EXT_LOCATION_DISTANCE)
        .getValue();
    assertThat(d.getValue().doubleValue()).isBetween(30.0, 40.0);
  }

  @Test
  void rorSearch_moreThanOnePage_hasNextLinkThatWorks() throws Exception {
    String token = token();
    HttpResponse<String> r = send(ror("HealthcareService?_tag="
        + enc(RorSystems.REGION + "|" + RorFixtures.REGION_BRETAGNE), token));
    Bundle first = FHIR.newJsonParser().parseResource(Bundle.class, r.body());
    assertThat(first.getEntry()).hasSize(5);
    assertThat(first.getTotal()).isEqualTo(fake.fixtures().offers().size());
    String next = first.getLink("next").getUrl();
    HttpResponse<String> r2 = send(ror("", token).uri(URI.create(next)));
    Bundle second = FHIR.newJsonParser().parseResource(Bundle.class, r2.body());
    assertThat(second.getEntry()).hasSize(5);
    assertThat(second.getEntryFirstRep().getResource().getIdElement().getIdPart())
        .isNotEqualTo(first.getEntryFirstRep().getResource().getIdElement().getIdPart());
  }

  @Test
  void rorSearch_unknownParameter_is400() throws Exception {
    HttpResponse<String> r = send(ror("HealthcareService?colour=blue", token()));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("colour");
  }

  @Test
  void enqueue_tooManyRequests_isServedOnceWithRetryAfter() throws Exception {
    String token = token();
    fake.enqueue(FakeService.ROR_FHIR, Fault.tooManyRequests(Duration.ofMillis(1500)));
    HttpResponse<String> r = send(ror("HealthcareService?_id=hs-cardio-hc", token));
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(send(ror("HealthcareService?_id=hs-cardio-hc", token)).statusCode())
        .isEqualTo(200);
    assertThat(fake.requests(FakeService.ROR_FHIR)).hasSize(2);
  }

  @Test
  void annuaire_withoutApiKey_is401_andWithKey_findsByRpps() throws Exception {
    URI uri = URI.create(fake.annuaireFhirBase() + "/Practitioner?identifier="
        + RorFixtures.RPPS_GP_RENNES);
    assertThat(send(HttpRequest.newBuilder(uri)).statusCode()).isEqualTo(401);
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri)
        .header("ESANTE-API-KEY", "test-api-key"));
    Bundle b = FHIR.newJsonParser().parseResource(Bundle.class, r.body());
    assertThat(b.getEntry()).singleElement()
        .extracting(e -> e.getResource().getIdElement().getIdPart()).isEqualTo("pr-legoff");
  }

  @Test
  void annuaire_mailboxTypeParameter_isRefusedLikeTheRealServer() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(fake.annuaireFhirBase()
        + "/Practitioner?mailbox-mss-type=PER")).header("ESANTE-API-KEY", "test-api-key"));
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void annuaire_roleWithIncludes_carriesPractitionerAndOrganization() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(fake.annuaireFhirBase()
        + "/PractitionerRole?practitioner=pr-kerjean&_include=PractitionerRole:practitioner"
        + "&_include=PractitionerRole:organization")).header("ESANTE-API-KEY", "test-api-key"));
    Bundle b = FHIR.newJsonParser().parseResource(Bundle.class, r.body());
    assertThat(b.getEntry()).extracting(e -> e.getResource().fhirType())
        .containsExactlyInAnyOrder("PractitionerRole", "Practitioner", "Organization");
  }
}
