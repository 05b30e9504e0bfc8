package io.github.eparcours.ror.internal;

import io.github.eparcours.core.error.EparcoursClientException;
import io.github.eparcours.ror.RorErrors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token-bucket rate limiter: {@code ratePerSecond} permits per second on average, bursts up
 * to {@code burst}. {@link #acquire()} blocks the calling thread until a permit is free.
 * Thread-safe; fair enough (permits are reserved in arrival order of the lock).
 */
public final class TokenBucket {

  /** Sleeps a number of nanoseconds. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Sleeps.
     *
     * @param nanos how long
     * @throws InterruptedException if interrupted
     */
    void sleep(long nanos) throws InterruptedException;
  }

  private final double nanosPerPermit;
  private final double burst;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private double available;
  private long last;

  /**
   * Creates a limiter on the system's nano clock.
   *
   * @param ratePerSecond average permits per second, {@code > 0}
   * @param burst largest burst, {@code >= 1}
   */
  public TokenBucket(double ratePerSecond, int burst) {
    this(ratePerSecond, burst, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  /**
   * Creates a limiter.
   *
   * @param ratePerSecond average permits per second, {@code > 0}
   * @param burst largest burst, {@code >= 1}
   * @param nanoTime the clock
   * @param sleeper how to wait
   */
  public TokenBucket(double ratePerSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(ratePerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("rate must be > 0 and burst >= 1");
    }
    this.nanosPerPermit = 1_000_000_000d / ratePerSecond;
    this.burst = burst;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.available = burst;
    this.last = nanoTime.getAsLong();
  }

  /**
   * Takes one permit, waiting if needed.
   *
   * @throws EparcoursClientException ROR-0051 if the thread is interrupted while waiting (the
   *     interrupt flag is restored)
   */
  public void acquire() {
    long wait;
    synchronized (this) {
      long now = nanoTime.getAsLong();
      available = Math.min(burst, available + (now - last) / nanosPerPermit);
      last = now;
      available -= 1;
      // A negative balance is a reservation: this caller waits for its share to refill.
      wait = available >= 0 ? 0 : (long) Math.ceil(-available * nanosPerPermit);
    }
    if (wait > 0) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EparcoursClientException(RorErrors.INTERRUPTED, "Interrupted while waiting "
            + "for the rate limiter; the request was not sent", e, true);
      }
    }
  }
}
