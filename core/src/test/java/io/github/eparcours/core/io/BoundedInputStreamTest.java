package io.github.eparcours.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.core.error.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

  private static ByteArrayInputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  @Test
  void read_exactlyTheLimit_succeeds() throws IOException {
    BoundedInputStream in = BoundedInputStream.of(bytes(100), 100);
    assertThat(in.readAllBytes()).hasSize(100);
    assertThat(in.count()).isEqualTo(100);
    assertThat(in.read()).isEqualTo(-1);
  }

  @Test
  void read_beyondTheLimit_failsWithDefaultCode() {
    BoundedInputStream in = BoundedInputStream.of(bytes(101), 100);
    assertThatThrownBy(in::readAllBytes).isInstanceOf(EparcoursClientException.class)
        .hasMessageStartingWith("CORE-0410").hasMessageContaining("100 bytes");
  }

  @Test
  void read_singleBytesBeyondTheLimit_failsWithCallerCode() throws IOException {
    ErrorCode code = ErrorCode.of("CORE-0399");
    BoundedInputStream in = BoundedInputStream.of(bytes(3), 2, code, "HTTP response body");
    in.read();
    in.read();
    assertThatThrownBy(in::read).isInstanceOf(EparcoursClientException.class)
        .hasMessageStartingWith("CORE-0399: HTTP response body refused");
  }

  @Test
  void read_neverPullsMoreThanOneByteBeyondTheLimit() {
    ByteArrayInputStream source = bytes(10_000);
    BoundedInputStream in = BoundedInputStream.of(source, 10);
    assertThatThrownBy(() -> in.read(new byte[8_192])).isInstanceOf(
        EparcoursClientException.class);
    assertThat(source.available()).isEqualTo(10_000 - 11);
  }

  @Test
  void skip_countsTowardsTheLimit() throws IOException {
    BoundedInputStream in = BoundedInputStream.of(bytes(50), 10);
    assertThat(in.skip(5)).isEqualTo(5);
    assertThatThrownBy(() -> in.skip(20)).isInstanceOf(EparcoursClientException.class);
  }

  @Test
  void markAndReset_restoreTheCount() throws IOException {
    BoundedInputStream in = BoundedInputStream.of(bytes(10), 10);
    in.mark(10);
    in.readNBytes(8);
    in.reset();
    assertThat(in.count()).isZero();
    assertThat(in.readAllBytes()).hasSize(10);
  }

  @Test
  void of_negativeLimit_isRefused() {
    assertThatThrownBy(() -> BoundedInputStream.of(bytes(1), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closingOnExcess_pastTheLimit_closesTheSourceAndThrowsTheCallersException() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream source = closeTracking(10, closed);
    ErrorCode code = ErrorCode.of("CORE-0399");
    BoundedInputStream in = BoundedInputStream.closingOnExcess(source, 4,
        () -> new EparcoursClientException(code, "too big"));
    assertThatThrownBy(in::readAllBytes).isInstanceOf(EparcoursClientException.class)
        .hasMessageStartingWith("CORE-0399");
    assertThat(closed).isTrue();
  }

  @Test
  void of_pastTheLimit_leavesTheSourceOpen() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream source = closeTracking(10, closed);
    BoundedInputStream in = BoundedInputStream.of(source, 4);
    assertThatThrownBy(in::readAllBytes).isInstanceOf(EparcoursClientException.class);
    assertThat(closed).isFalse();
  }

  private static InputStream closeTracking(int size, AtomicBoolean closed) {
    return new ByteArrayInputStream(new byte[size]) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
  }
}
