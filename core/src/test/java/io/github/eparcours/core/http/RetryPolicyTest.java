package io.github.eparcours.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = RetryPolicy.builder()
      .backoff(Duration.ofMillis(100), Duration.ofMillis(1000)).multiplier(2).jitter(0.5).build();

  @Test
  void backoff_withoutJitterDraw_growsExponentiallyUpToTheCap() {
    assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(4, 0.0)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.backoff(5, 0.0)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoff(60, 0.0)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void backoff_withJitterDraw_removesAtMostTheJitterFraction() {
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(150));
    assertThat(policy.backoff(2, 0.999_999)).isBetween(Duration.ofMillis(100),
        Duration.ofMillis(101));
  }

  @Test
  void defaults_retryTheTransientStatusesThreeTimes() {
    RetryPolicy d = RetryPolicy.defaults();
    assertThat(d.maxAttempts()).isEqualTo(3);
    assertThat(d.retryStatuses()).containsExactlyInAnyOrder(429, 502, 503, 504);
    assertThat(d.retryOnConnectionFailure()).isTrue();
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void toBuilder_roundTrips() {
    RetryPolicy copy = policy.toBuilder().build();
    assertThat(copy.toString()).isEqualTo(policy.toString());
  }

  @Test
  void builder_invalidValues_areRefused() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder()
        .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.backoff(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RetryPolicy.builder().retryStatuses(Set.of(503)).build().retryStatuses())
        .containsExactly(503);
  }
}
