package io.github.eparcours.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how long to wait before sending an idempotent request again.
 *
 * <p>A request is retried only if it is {@linkplain HttpRequest#idempotent() idempotent}, its
 * body (if any) is {@linkplain RequestBody#isReplayable() replayable}, attempts remain, and
 * either the response status is one of {@link #retryStatuses()} (default 429, 502, 503, 504) or
 * the attempt failed with a retryable transport error (connection refused or reset, time-out)
 * and {@link #retryOnConnectionFailure()} is on. Non-idempotent requests are never retried, not
 * even after a connection reset: the server may have acted on them.
 *
 * <p>The wait before retry {@code n} (1-based) is exponential with jitter:
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, of which a random fraction up to
 * {@link #jitter()} is removed. A {@code Retry-After} header (seconds or HTTP date) on a 429 or
 * 503 replaces the computed wait; if it asks for more than {@link #maxRetryAfter()}, the response
 * is returned to the caller instead of waiting.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RetryPolicy {

  private static final RetryPolicy NONE = builder().maxAttempts(1).build();
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Set<Integer> retryStatuses;
  private final boolean retryOnConnectionFailure;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.retryStatuses = Set.copyOf(b.retryStatuses);
    this.retryOnConnectionFailure = b.retryOnConnectionFailure;
    this.maxRetryAfter = b.maxRetryAfter;
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff is shorter than initialBackoff");
    }
  }

  /**
   * The default policy: 3 attempts, 200 ms then doubling up to 5 s, 20 % jitter, on 429, 502,
   * 503, 504 and connection failures, honouring {@code Retry-After} up to 30 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this policy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).backoff(initialBackoff, maxBackoff)
        .multiplier(multiplier).jitter(jitter).retryStatuses(retryStatuses)
        .retryOnConnectionFailure(retryOnConnectionFailure).maxRetryAfter(maxRetryAfter);
  }

  /** @return the total number of attempts, first one included (1 = no retry) */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** @return the wait before the first retry, before jitter */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** @return the longest computed wait */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** @return the growth factor of the wait between retries */
  public double multiplier() {
    return multiplier;
  }

  /** @return the largest fraction of the wait removed at random, in [0, 1] */
  public double jitter() {
    return jitter;
  }

  /** @return the statuses that are retried */
  public Set<Integer> retryStatuses() {
    return retryStatuses;
  }

  /** @return whether retryable transport failures (refused, reset, time-out) are retried */
  public boolean retryOnConnectionFailure() {
    return retryOnConnectionFailure;
  }

  /** @return the longest {@code Retry-After} the transport agrees to wait */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Computes the wait before retry number {@code retry}, for transports implementing this
   * policy.
   *
   * @param retry the retry number, 1 for the first retry
   * @param random a uniformly distributed value in [0, 1) that chooses the jitter
   * @return the wait, never negative
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry is 1-based: " + retry);
    }
    double nanos = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1.0);
    double capped = Math.min(nanos, maxBackoff.toNanos());
    double jittered = capped * (1.0 - jitter * Math.min(Math.max(random, 0.0), 1.0));
    return Duration.ofNanos((long) jittered);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", backoff=" + initialBackoff + ".."
        + maxBackoff + " x" + multiplier + ", jitter=" + jitter + ", statuses=" + retryStatuses
        + ", connectionFailures=" + retryOnConnectionFailure + ", maxRetryAfter="
        + maxRetryAfter + "]";
  }

  /** Mutable builder of {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double multiplier = 2.0;
    private double jitter = 0.2;
    private Set<Integer> retryStatuses = Set.of(429, 502, 503, 504);
    private boolean retryOnConnectionFailure = true;
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Sets the total number of attempts.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the first and the longest wait.
     *
     * @param initial the wait before the first retry, not negative
     * @param max the cap, not shorter than {@code initial}
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = nonNegative(initial, "initial");
      this.maxBackoff = nonNegative(max, "max");
      return this;
    }

    /**
     * Sets the growth factor of the wait.
     *
     * @param multiplier at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be a finite number >= 1");
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Sets the largest fraction of the wait removed at random, which spreads the retries of many
     * clients after a shared outage.
     *
     * @param jitter in [0, 1]; 0 disables jitter
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be in [0, 1]: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Replaces the statuses that are retried.
     *
     * @param statuses HTTP statuses, e.g. 429, 503
     * @return this builder
     */
    public Builder retryStatuses(Set<Integer> statuses) {
      this.retryStatuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
      return this;
    }

    /**
     * Turns retries after retryable transport failures on or off.
     *
     * @param retry whether to retry refused or reset connections and time-outs
     * @return this builder
     */
    public Builder retryOnConnectionFailure(boolean retry) {
      this.retryOnConnectionFailure = retry;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} honoured; longer ones end the retries.
     *
     * @param max not negative
     * @return this builder
     */
    public Builder maxRetryAfter(Duration max) {
      this.maxRetryAfter = nonNegative(max, "maxRetryAfter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if the longest wait is shorter than the first
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative: " + d);
      }
      return d;
    }
  }
}
