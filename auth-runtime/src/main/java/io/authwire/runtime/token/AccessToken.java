package io.authwire.runtime.token;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * An access token and when to replace it. {@link #toString()} never shows the token.
 *
 * @param headerValue {@code "Bearer <token>"}, built once so that sending allocates nothing
 * @param expiresAt when the server stops accepting it
 * @param refreshAt when to start fetching its successor
 */
public record AccessToken(String headerValue, Instant expiresAt, Instant refreshAt) {

  public AccessToken {
    requireNonNull(headerValue, "headerValue");
    requireNonNull(expiresAt, "expiresAt");
    requireNonNull(refreshAt, "refreshAt");
  }

  /**
   * A token issued at {@code issuedAt} for {@code lifetime}, refreshed {@code skew} before expiry
   * but never earlier than half its lifetime, so that a skew longer than the lifetime cannot turn
   * into a refresh on every call.
   */
  static AccessToken issued(String token, Instant issuedAt, Duration lifetime, Duration skew) {
    Duration ahead = skew.compareTo(lifetime.dividedBy(2)) < 0 ? skew : lifetime.dividedBy(2);
    Instant expiresAt = issuedAt.plus(lifetime);
    return new AccessToken("Bearer " + token, expiresAt, expiresAt.minus(ahead));
  }

  boolean usableAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  boolean refreshDueAt(Instant now) {
    return !now.isBefore(refreshAt);
  }

  @Override
  public String toString() {
    return "AccessToken(expiresAt=" + expiresAt + ", refreshAt=" + refreshAt + ")";
  }
}
