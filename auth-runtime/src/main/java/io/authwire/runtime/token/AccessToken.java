package io.authwire.runtime.token;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * An access token and when to replace it, as epoch milliseconds so that checking it on every call
 * allocates nothing. {@link #toString()} never shows the token.
 *
 * @param headerValue {@code "Bearer <token>"}, built once
 * @param expiresAtMillis when the server stops accepting it
 * @param refreshAtMillis when to start fetching its successor
 */
public record AccessToken(String headerValue, long expiresAtMillis, long refreshAtMillis) {

  public AccessToken {
    requireNonNull(headerValue, "headerValue");
  }

  /**
   * A token issued at {@code issuedAt} for {@code lifetime}, refreshed {@code skew} before expiry
   * but never earlier than half its lifetime, so that a skew longer than the lifetime cannot turn
   * into a refresh on every call.
   */
  static AccessToken issued(String token, Instant issuedAt, Duration lifetime, Duration skew) {
    Duration half = lifetime.dividedBy(2);
    Duration ahead = skew.compareTo(half) < 0 ? skew : half;
    long expiresAt = issuedAt.plus(lifetime).toEpochMilli();
    return new AccessToken("Bearer " + token, expiresAt, expiresAt - ahead.toMillis());
  }

  boolean usableAt(long nowMillis) {
    return nowMillis < expiresAtMillis;
  }

  boolean refreshDueAt(long nowMillis) {
    return nowMillis >= refreshAtMillis;
  }

  @Override
  public String toString() {
    return "AccessToken(expiresAt="
        + Instant.ofEpochMilli(expiresAtMillis)
        + ", refreshAt="
        + Instant.ofEpochMilli(refreshAtMillis)
        + ")";
  }
}
