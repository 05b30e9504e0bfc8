package io.github.eparcours.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpRequestTest {

  private static final URI URI_WITH_QUERY =
      URI.create("https://user:pw@ror.example:8443/fhir/Patient?identifier=1840275123456");

  @TempDir Path dir;

  @Test
  void idempotent_defaultsFollowTheMethod() {
    assertThat(get().idempotent()).isTrue();
    assertThat(get().toBuilder().method("put").build().idempotent()).isTrue();
    assertThat(get().toBuilder().method("POST").build().idempotent()).isFalse();
    assertThat(get().toBuilder().method("POST").idempotent(true).build().idempotent()).isTrue();
    assertThat(get().toBuilder().idempotent(false).build().idempotent()).isFalse();
  }

  @Test
  void toString_hidesQueryUserInfoAndHeaders() {
    HttpRequest r = HttpRequest.builder().uri(URI_WITH_QUERY)
        .header("Authorization", "Bearer secret-token").build();

    assertThat(r.toString()).isEqualTo("GET https://ror.example:8443/fhir/Patient?…")
        .doesNotContain("1840275123456", "secret", "pw");
  }

  @Test
  void headers_areCaseInsensitiveAndRepeatable() {
    HttpRequest r = get().toBuilder().header("X-A", "1").header("x-a", "2")
        .setHeader("X-B", "3").setHeader("x-b", "4").build();

    assertThat(r.headers().get("x-A")).containsExactly("1", "2");
    assertThat(r.header("X-B")).contains("4");
    assertThat(r.toBuilder().removeHeader("X-A").build().header("X-A")).isEmpty();
  }

  @Test
  void header_withLineBreak_isRefused() {
    assertThatThrownBy(() -> HttpRequest.builder().header("X-A", "a\r\nInjected: yes"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpRequest.builder().header("Bad Name", "a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_relativeOrNonHttpUri_isRefused() {
    assertThatThrownBy(() -> HttpRequest.builder().uri(URI.create("/relative")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpRequest.builder().uri(URI.create("ftp://h/x")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpRequest.builder().build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void timeout_mustBePositive() {
    assertThat(get().toBuilder().timeout(Duration.ofSeconds(2)).build().timeout())
        .contains(Duration.ofSeconds(2));
    assertThatThrownBy(() -> HttpRequest.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bodies_writeTheirContentAndTellReplayability() throws Exception {
    Path file = Files.writeString(dir.resolve("b.txt"), "from file");
    RequestBody bytes = RequestBody.ofString("héllo", "text/plain; charset=UTF-8");
    RequestBody fromFile = RequestBody.ofFile(file, "text/plain");
    RequestBody oneShot = RequestBody.ofStream(
        new ByteArrayInputStream("once".getBytes(StandardCharsets.US_ASCII)), 4, "text/plain");
    RequestBody replayable = RequestBody.ofStream(
        () -> new ByteArrayInputStream("again".getBytes(StandardCharsets.US_ASCII)), -1,
        "text/plain");

    assertThat(written(bytes)).isEqualTo("héllo");
    assertThat(bytes.contentLength()).isEqualTo(6);
    assertThat(written(fromFile)).isEqualTo("from file");
    assertThat(fromFile.contentLength()).isEqualTo(9);
    assertThat(written(oneShot)).isEqualTo("once");
    assertThat(oneShot.isReplayable()).isFalse();
    assertThatThrownBy(() -> written(oneShot)).isInstanceOf(java.io.IOException.class);
    assertThat(written(replayable) + written(replayable)).isEqualTo("againagain");
    assertThat(replayable.isReplayable()).isTrue();
    assertThat(replayable.contentLength()).isEqualTo(-1);
  }

  @Test
  void ofFile_missingFile_failsWithBodyCode() {
    assertThatThrownBy(() -> RequestBody.ofFile(dir.resolve("missing"), "text/plain"))
        .hasMessageStartingWith("CORE-0309");
  }

  private static String written(RequestBody body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static HttpRequest get() {
    return HttpRequest.builder().uri(URI.create("https://dmp.example/x")).build();
  }
}
