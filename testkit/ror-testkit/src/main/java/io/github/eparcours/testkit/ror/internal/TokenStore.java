package io.github.eparcours.testkit.ror.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Access tokens issued by the fake's token endpoint, with their expiry. Thread-safe. */
public final class TokenStore {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final Clock clock;
  private volatile Duration lifetime;

  /**
   * Creates a store.
   *
   * @param clock the clock deciding expiry
   * @param lifetime the lifetime of new tokens
   */
  public TokenStore(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /**
   * Issues a token.
   *
   * @return the token
   */
  public String issue() {
    byte[] b = new byte[24];
    random.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    tokens.put(token, clock.instant().plus(lifetime));
    issued.incrementAndGet();
    return token;
  }

  /**
   * Returns the lifetime of new tokens.
   *
   * @return the lifetime
   */
  public Duration lifetime() {
    return lifetime;
  }

  /**
   * Changes the lifetime of tokens issued from now on.
   *
   * @param lifetime the lifetime
   */
  public void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  /**
   * Tells whether a token is known and not expired.
   *
   * @param token the token
   * @return true if valid
   */
  public boolean isValid(String token) {
    Instant exp = tokens.get(token);
    return exp != null && clock.instant().isBefore(exp);
  }

  /** Revokes every token issued so far (the next call with one of them gets a 401). */
  public void revokeAll() {
    tokens.clear();
  }

  /**
   * Returns how many tokens were issued.
   *
   * @return the count
   */
  public int issuedCount() {
    return issued.get();
  }
}
