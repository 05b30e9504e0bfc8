package io.github.eparcours.ror.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.FhirServiceException;
import io.github.eparcours.ror.RorErrors;
import io.github.eparcours.ror.fhir.FhirContexts;
import java.net.URI;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FhirHttpTest {

  private static final URI URL = URI.create("https://x/HealthcareService");

  private static FhirHttp http(StubTransport t) {
    return new FhirHttp(t, FhirContexts::shared, "ROR", null);
  }

  @ParameterizedTest
  @CsvSource({"400,ROR-0010,false", "422,ROR-0010,false", "401,ROR-0011,false",
      "403,ROR-0011,false", "404,ROR-0012,false", "429,ROR-0013,true", "500,ROR-0014,false",
      "503,ROR-0014,true"})
  void parse_errorStatus_mapsToStableCode(int status, String code, boolean retryable) {
    StubTransport t = new StubTransport().answer(status, "{\"resourceType\":\"OperationOutcome\","
        + "\"issue\":[{\"severity\":\"error\",\"code\":\"processing\",\"diagnostics\":\"d\"}]}");
    FhirHttp h = http(t);
    var raw = h.get(URL, Map.of());

    assertThatThrownBy(() -> h.parse(raw, Bundle.class, "offer search", RorErrors.ACCESS_DENIED))
        .isInstanceOfSatisfying(FhirServiceException.class, e -> {
          assertThat(e.code().value()).isEqualTo(code);
          assertThat(e.isRetryable()).isEqualTo(retryable);
          assertThat(e.issues()).hasSize(1);
        });
  }

  @Test
  void parse_errorWithHtmlBody_keepsItRawWithoutOutcome() {
    FhirHttp h = http(new StubTransport().answer(502, "<html>Bad gateway</html>"));
    var raw = h.get(URL, Map.of());
    assertThatThrownBy(() -> h.parse(raw, Bundle.class, "offer search", RorErrors.ACCESS_DENIED))
        .isInstanceOfSatisfying(FhirServiceException.class, e -> {
          assertThat(e.outcome()).isEmpty();
          assertThat(e.rawPayload()).hasValue("<html>Bad gateway</html>");
        });
  }

  @Test
  void parse_successButNotFhir_isBadResponse() {
    FhirHttp h = http(new StubTransport().answer(200, "{\"hello\":1}"));
    var raw = h.get(URL, Map.of());
    assertThatThrownBy(() -> h.parse(raw, Bundle.class, "offer search", RorErrors.ACCESS_DENIED))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.BAD_RESPONSE));
  }

  @Test
  void get_sendsAcceptAndGivenHeadersAsIdempotent() {
    StubTransport t = new StubTransport().answer(200, "{\"resourceType\":\"Bundle\"}");
    http(t).get(URL, Map.of("Ror-Role-Metier-Code", "AUTOMATE"));
    assertThat(t.requests.get(0).header("Accept")).hasValue("application/fhir+json");
    assertThat(t.requests.get(0).header("Ror-Role-Metier-Code")).hasValue("AUTOMATE");
    assertThat(t.requests.get(0).idempotent()).isTrue();
  }
}
