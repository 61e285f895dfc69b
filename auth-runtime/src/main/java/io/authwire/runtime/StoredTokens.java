package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One user's tokens as a {@link TokenStore} keeps them. Equal values mean the same tokens, which is
 * what {@link TokenStore#compareAndSet} compares. {@link #toString()} shows no token.
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token, or {@code null} when the provider issued none (the user
 *     then signs in again once the access token expires)
 * @param expiresAt when the access token expires
 * @param scopes the scopes the provider granted, if it said; else those requested
 */
public record StoredTokens(
    String accessToken, String refreshToken, Instant expiresAt, List<String> scopes) {

  public StoredTokens {
    requireNonNull(accessToken, "accessToken");
    requireNonNull(expiresAt, "expiresAt");
    scopes = List.copyOf(scopes);
  }

  /** The refresh token, if the provider issued one. */
  public Optional<String> refreshTokenIfAny() {
    return Optional.ofNullable(refreshToken);
  }

  @Override
  public String toString() {
    return "StoredTokens(<redacted>, expiresAt=" + expiresAt + ", scopes=" + scopes + ")";
  }
}
