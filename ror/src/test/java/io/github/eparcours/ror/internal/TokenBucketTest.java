package io.github.eparcours.ror.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private long now;
  private final List<Long> sleeps = new ArrayList<>();

  private TokenBucket bucket(double rate, int burst) {
    return new TokenBucket(rate, burst, () -> now, nanos -> {
      sleeps.add(nanos);
      now += nanos;
    });
  }

  @Test
  void acquire_withinBurst_neverWaits() {
    TokenBucket b = bucket(17, 17);
    for (int i = 0; i < 17; i++) {
      b.acquire();
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void acquire_beyondBurst_waitsOneIntervalPerRequest() {
    TokenBucket b = bucket(10, 2);
    b.acquire();
    b.acquire();
    b.acquire();
    b.acquire();
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isEqualTo(100_000_000L);
    // 4 requests at 10/s with a burst of 2 take 200 ms of virtual time.
    assertThat(now).isEqualTo(200_000_000L);
  }

  @Test
  void acquire_afterIdle_refillsUpToBurstOnly() {
    TokenBucket b = bucket(10, 2);
    b.acquire();
    b.acquire();
    now += 10_000_000_000L;
    b.acquire();
    b.acquire();
    b.acquire();
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void acquire_interrupted_throwsInterruptedAndKeepsFlag() {
    TokenBucket b = new TokenBucket(1, 1, () -> 0L, nanos -> {
      throw new InterruptedException();
    });
    b.acquire();
    assertThatThrownBy(b::acquire).isInstanceOfSatisfying(EparcoursClientException.class,
        e -> assertThat(e.code()).isEqualTo(RorErrors.INTERRUPTED));
    assertThat(Thread.interrupted()).isTrue();
  }
}
