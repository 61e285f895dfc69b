package io.authwire.runtime.internal.token;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * An access token and when it expires, as {@link Ticker} readings so that checking it on every call
 * allocates nothing and a wall clock stepped back or forth changes nothing. {@link #toString()}
 * never shows the token.
 *
 * @param headerValue {@code "Bearer <token>"}, built once
 * @param expiresAtNanos when the server stops accepting it
 * @param halfLifetimeNanos the most a refresh may start ahead of expiry
 */
public record AccessToken(String headerValue, long expiresAtNanos, long halfLifetimeNanos) {

  public AccessToken {
    requireNonNull(headerValue, "headerValue");
  }

  static AccessToken issued(String token, long issuedAtNanos, Duration lifetime) {
    long nanos = lifetime.toNanos();
    return new AccessToken("Bearer " + token, issuedAtNanos + nanos, nanos / 2);
  }

  boolean usableAt(long nowNanos) {
    return nowNanos - expiresAtNanos < 0;
  }

  /**
   * Whether a client that refreshes {@code skewNanos} ahead of expiry should refresh now. The skew
   * is capped at half the lifetime, so that one longer than the lifetime cannot turn into a refresh
   * on every call.
   */
  boolean refreshDueAt(long nowNanos, long skewNanos) {
    long ahead = Math.min(skewNanos, halfLifetimeNanos);
    return nowNanos - (expiresAtNanos - ahead) >= 0;
  }

  /** Lifetime left at {@code nowNanos}, for logs. */
  Duration remainingAt(long nowNanos) {
    return Duration.ofNanos(expiresAtNanos - nowNanos);
  }

  @Override
  public String toString() {
    return "AccessToken(<redacted>)";
  }
}
