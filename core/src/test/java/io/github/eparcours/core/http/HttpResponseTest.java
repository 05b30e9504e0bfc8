package io.github.eparcours.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponseTest {

  private static final HttpRequest REQUEST =
      HttpRequest.builder().uri(URI.create("https://dmp.example/x")).build();

  @Test
  void bodyAsString_usesCharsetOfContentType() {
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse r = HttpResponse.builder().status(200).request(REQUEST)
        .header("content-type", "text/plain; charset=\"ISO-8859-1\"")
        .body(new ByteArrayInputStream(latin1)).build();

    assertThat(r.header("Content-Type")).isPresent();
    assertThat(r.bodyAsString()).isEqualTo("café");
  }

  @Test
  void bodyAsString_unknownCharset_fallsBackToUtf8() {
    HttpResponse r = HttpResponse.builder().status(503).request(REQUEST)
        .header("Content-Type", "text/plain; charset=klingon")
        .body(new ByteArrayInputStream("é".getBytes(StandardCharsets.UTF_8))).build();

    assertThat(r.bodyAsString()).isEqualTo("é");
    assertThat(r.isSuccessful()).isFalse();
    assertThat(r).hasToString("HttpResponse[503]");
  }

  @Test
  void noBody_readsEmpty() {
    try (HttpResponse r = HttpResponse.builder().status(204).request(REQUEST).build()) {
      assertThat(r.bodyAsBytes()).isEmpty();
      assertThat(r.toBuilder().status(200).build().status()).isEqualTo(200);
    }
  }
}
