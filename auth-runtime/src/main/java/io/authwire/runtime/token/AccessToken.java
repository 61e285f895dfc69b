package io.authwire.runtime.token;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * An access token and when to replace it, as {@link Ticker} readings so that checking it on every
 * call allocates nothing and a wall clock stepped back or forth changes nothing. {@link
 * #toString()} never shows the token.
 *
 * @param headerValue {@code "Bearer <token>"}, built once
 * @param expiresAtNanos when the server stops accepting it
 * @param refreshAtNanos when to start fetching its successor
 */
public record AccessToken(String headerValue, long expiresAtNanos, long refreshAtNanos) {

  public AccessToken {
    requireNonNull(headerValue, "headerValue");
  }

  /**
   * A token issued at {@code issuedAtNanos} for {@code lifetime}, refreshed {@code skew} before
   * expiry but never earlier than half its lifetime, so that a skew longer than the lifetime cannot
   * turn into a refresh on every call.
   */
  static AccessToken issued(String token, long issuedAtNanos, Duration lifetime, Duration skew) {
    Duration half = lifetime.dividedBy(2);
    Duration ahead = skew.compareTo(half) < 0 ? skew : half;
    long expiresAt = issuedAtNanos + lifetime.toNanos();
    return new AccessToken("Bearer " + token, expiresAt, expiresAt - ahead.toNanos());
  }

  boolean usableAt(long nowNanos) {
    return nowNanos - expiresAtNanos < 0;
  }

  boolean refreshDueAt(long nowNanos) {
    return nowNanos - refreshAtNanos >= 0;
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
