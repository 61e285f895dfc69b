package io.authwire.runtime.internal.token;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What a token endpoint issued (RFC 6749 §5.1). {@link #toString()} shows no token.
 *
 * @param refreshToken the refresh token, or {@code null} when none was issued
 * @param scope the granted scopes as the endpoint named them, or {@code null}
 * @param issuedAtNanos the {@link Ticker} reading when the request was sent
 */
public record IssuedTokens(
    String accessToken, String refreshToken, Duration lifetime, String scope, long issuedAtNanos) {

  public IssuedTokens {
    requireNonNull(accessToken, "accessToken");
    requireNonNull(lifetime, "lifetime");
  }

  /** The access token as the cache keeps it. */
  public AccessToken asAccessToken() {
    return AccessToken.issued(accessToken, issuedAtNanos, lifetime);
  }

  @Override
  public String toString() {
    return "IssuedTokens(<redacted>, lifetime=" + lifetime + ")";
  }
}
