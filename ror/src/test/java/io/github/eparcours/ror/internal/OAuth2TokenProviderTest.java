package io.github.eparcours.ror.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.EparcoursServiceException;
import io.github.eparcours.ror.RorErrors;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OAuth2TokenProviderTest {

  private static final URI TOKEN = URI.create("https://auth.example/token");

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static String token(String value, int expiresIn) {
    return "{\"access_token\":\"" + value + "\",\"expires_in\":" + expiresIn
        + ",\"token_type\":\"Bearer\"}";
  }

  @Test
  void token_cachedUntilMarginBeforeExpiry_thenFetchedAgain() throws Exception {
    StubTransport t = new StubTransport().answer(200, token("t1", 300))
        .answer(200, token("t2", 300));
    MutableClock clock = new MutableClock();
    OAuth2TokenProvider p = new OAuth2TokenProvider(t, TOKEN, "client", "s3cret".toCharArray(),
        Duration.ofSeconds(30), clock);

    assertThat(p.token()).isEqualTo("t1");
    clock.now = clock.now.plusSeconds(269);
    assertThat(p.token()).isEqualTo("t1");
    clock.now = clock.now.plusSeconds(2);
    assertThat(p.token()).isEqualTo("t2");
    assertThat(t.requests).hasSize(2);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    t.requests.get(0).body().orElseThrow().writeTo(body);
    assertThat(body.toString(StandardCharsets.UTF_8))
        .isEqualTo("grant_type=client_credentials&client_id=client&client_secret=s3cret");
  }

  @Test
  void invalidate_currentToken_fetchesANewOneNextTime() {
    StubTransport t = new StubTransport().answer(200, token("t1", 300))
        .answer(200, token("t2", 300));
    OAuth2TokenProvider p = new OAuth2TokenProvider(t, TOKEN, "client", null,
        Duration.ofSeconds(30), Clock.systemUTC());
    p.token();
    p.invalidate("other");
    assertThat(p.token()).isEqualTo("t1");
    p.invalidate("t1");
    assertThat(p.token()).isEqualTo("t2");
  }

  @Test
  void token_mtlsClient_sendsNoSecret() throws Exception {
    StubTransport t = new StubTransport().answer(200, token("t1", 300));
    new OAuth2TokenProvider(t, TOKEN, "client", null, Duration.ofSeconds(30), Clock.systemUTC())
        .token();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    t.requests.get(0).body().orElseThrow().writeTo(body);
    assertThat(body.toString(StandardCharsets.UTF_8)).doesNotContain("client_secret");
  }

  @Test
  void token_refused_throwsTokenRefusedWithoutTheSecret() {
    StubTransport t = new StubTransport().answer(401,
        "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}");
    OAuth2TokenProvider p = new OAuth2TokenProvider(t, TOKEN, "client", "s3cret".toCharArray(),
        Duration.ofSeconds(30), Clock.systemUTC());
    assertThatThrownBy(p::token).isInstanceOfSatisfying(EparcoursServiceException.class, e -> {
      assertThat(e.code()).isEqualTo(RorErrors.TOKEN_REFUSED);
      assertThat(e.getMessage()).contains("invalid_client").doesNotContain("s3cret");
    });
  }

  @Test
  void token_answerWithoutAccessToken_throwsTokenBadResponse() {
    StubTransport t = new StubTransport().answer(200, "{\"token\":\"x\"}");
    OAuth2TokenProvider p = new OAuth2TokenProvider(t, TOKEN, "client", null,
        Duration.ofSeconds(30), Clock.systemUTC());
    assertThatThrownBy(p::token).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.code()).isEqualTo(RorErrors.TOKEN_BAD_RESPONSE));
  }

  @Test
  void token_notJson_throwsTokenBadResponse() {
    StubTransport t = new StubTransport().answer(200, "<html>proxy</html>");
    OAuth2TokenProvider p = new OAuth2TokenProvider(t, TOKEN, "client", null,
        Duration.ofSeconds(30), Clock.systemUTC());
    assertThatThrownBy(p::token).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.code()).isEqualTo(RorErrors.TOKEN_BAD_RESPONSE));
  }
}
