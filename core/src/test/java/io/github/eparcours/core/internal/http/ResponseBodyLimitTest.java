package io.github.eparcours.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.http.HttpErrorCodes;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ResponseBodyLimitTest {

  @Test
  void read_exactlyTheLimit_isAccepted() throws Exception {
    var in = JdkHttpTransportImpl.boundedBody(
        new ByteArrayInputStream(new byte[100]), 100, "GET x");
    assertThat(in.readAllBytes()).hasSize(100);
  }

  @Test
  void read_pastTheLimit_failsWithTooLarge() {
    var in = JdkHttpTransportImpl.boundedBody(
        new ByteArrayInputStream(new byte[101]), 100, "GET x");
    assertThatThrownBy(in::readAllBytes)
        .isInstanceOfSatisfying(EparcoursClientException.class, e -> {
          assertThat(e.code()).isEqualTo(HttpErrorCodes.RESPONSE_TOO_LARGE);
          assertThat(e.isRetryable()).isFalse();
        });
  }

  @Test
  void readSingleBytes_pastTheLimit_failsWithTooLarge() throws Exception {
    var in = JdkHttpTransportImpl.boundedBody(new ByteArrayInputStream(new byte[3]), 2, "GET x");
    in.read();
    in.read();
    assertThatThrownBy(in::read).hasMessageStartingWith("CORE-0308");
  }

  @Test
  void read_pastTheLimit_dropsTheSource() {
    AtomicBoolean closed = new AtomicBoolean();
    var source = new ByteArrayInputStream(new byte[10]) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    var in = JdkHttpTransportImpl.boundedBody(source, 5, "GET x");
    assertThatThrownBy(in::readAllBytes).hasMessageContaining("connection was dropped");
    assertThat(closed).isTrue();
  }
}
