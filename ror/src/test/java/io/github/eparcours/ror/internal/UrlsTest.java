package io.github.eparcours.ror.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {

  private static final URI BASE = URI.create("https://api-fhir.ror.esante.gouv.fr/ws-diffusion-fhir");

  @Test
  void sameOrigin_serverPagingLink_isAccepted() {
    URI next = URI.create("https://API-fhir.ror.esante.gouv.fr:443/ws-diffusion-fhir?_getpages=x");
    assertThat(Urls.sameOrigin(BASE, next, "ROR")).isEqualTo(next);
  }

  @Test
  void sameOrigin_otherHost_isRefusedSoCredentialsStayHome() {
    assertThatThrownBy(() -> Urls.sameOrigin(BASE,
        URI.create("https://evil.example/ws-diffusion-fhir?_getpages=x"), "ROR"))
        .isInstanceOfSatisfying(EparcoursClientException.class,
            e -> assertThat(e.code()).isEqualTo(RorErrors.BAD_RESPONSE));
  }

  @Test
  void sameOrigin_downgradeToHttp_isRefused() {
    assertThatThrownBy(() -> Urls.sameOrigin(BASE,
        URI.create("http://api-fhir.ror.esante.gouv.fr/ws-diffusion-fhir?_getpages=x"), "ROR"))
        .isInstanceOf(EparcoursClientException.class);
  }
}
