package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import feign.Request.Options;
import io.authwire.runtime.internal.redact.Secrets;
import io.authwire.runtime.internal.token.AccessToken;
import io.authwire.runtime.internal.token.Grant;
import io.authwire.runtime.internal.token.IssuedTokens;
import io.authwire.runtime.internal.token.Ticker;
import io.authwire.runtime.internal.token.TokenEndpoint;
import io.authwire.runtime.internal.token.TokenFailure;
import io.authwire.runtime.internal.token.TokenRequest;
import io.authwire.runtime.internal.token.TokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One user's access tokens, for the cache in front of them: the stored access token while it is
 * good and new to this cache, else a refresh (RFC 6749 §6) whose rotated tokens replace the ones it
 * started from in the store, atomically. A refused refresh token ({@code invalid_grant}) removes
 * the stale tokens and asks the user to sign in again.
 */
final class UserTokenSource implements TokenSource {
  /** A stored token closer than this to its expiry is not worth serving. */
  private static final Duration MIN_REMAINING = Duration.ofMillis(500);

  private final TokenEndpoint endpoint;
  private final TokenStore store;
  private final String key;
  private final String userId;
  private final Clock clock;
  private final Ticker ticker;

  /** The access token this source handed out last: it is due, or was refused, when asked again. */
  private volatile String lastServed;

  UserTokenSource(
      TokenEndpoint endpoint,
      TokenStore store,
      String key,
      String userId,
      Clock clock,
      Ticker ticker) {
    this.endpoint = requireNonNull(endpoint, "endpoint");
    this.store = requireNonNull(store, "store");
    this.key = requireNonNull(key, "key");
    this.userId = requireNonNull(userId, "userId");
    this.clock = requireNonNull(clock, "clock");
    this.ticker = requireNonNull(ticker, "ticker");
  }

  @Override
  public AccessToken fetch(Options options) {
    // Twice at most: a refresh token refused because another process has just rotated it.
    for (int attempt = 0; ; attempt++) {
      StoredTokens stored =
          store
              .get(key)
              .orElseThrow(() -> signInRequired("has no tokens stored for user " + userId, null));
      Optional<AccessToken> usable = usable(stored);
      if (usable.isPresent()) {
        return usable.get();
      }
      if (stored.refreshToken() == null) {
        throw signInRequired(
            "issued user " + userId + " no refresh token, and the access token is expiring", null);
      }
      IssuedTokens issued;
      try {
        issued = endpoint.exchange(options, Grant.refreshToken(stored.refreshToken()));
      } catch (TokenFailure failure) {
        if (!"invalid_grant".equals(failure.error())) {
          throw failure;
        }
        if (store.compareAndSet(key, stored, null) || attempt > 0) {
          throw signInRequired(
              "refused user " + userId + "'s refresh token (invalid_grant)", failure.error());
        }
        continue; // the store changed meanwhile: try what it holds now
      }
      StoredTokens next = stored(issued, stored);
      if (!store.compareAndSet(key, stored, next)) {
        // Another writer got there first (a new sign-in, another process's refresh): keep theirs
        // and use ours for now, as it is valid too.
        usable = store.get(key).flatMap(this::usable);
        if (usable.isPresent()) {
          return usable.get();
        }
      }
      lastServed = issued.accessToken();
      return issued.asAccessToken();
    }
  }

  /** The stored access token, if it is new to this cache and not about to expire. */
  private Optional<AccessToken> usable(StoredTokens stored) {
    Duration remaining = Duration.between(clock.instant(), stored.expiresAt());
    if (stored.accessToken().equals(lastServed) || remaining.compareTo(MIN_REMAINING) < 0) {
      return Optional.empty();
    }
    lastServed = stored.accessToken();
    return Optional.of(
        new IssuedTokens(stored.accessToken(), null, remaining, null, ticker.nanos())
            .asAccessToken());
  }

  /** What to store after a refresh: a refresh token that was not rotated stays. */
  private StoredTokens stored(IssuedTokens issued, StoredTokens previous) {
    Instant now = clock.instant();
    return new StoredTokens(
        issued.accessToken(),
        issued.refreshToken() != null ? issued.refreshToken() : previous.refreshToken(),
        now.plus(issued.lifetime()),
        issued.scope() != null ? List.of(issued.scope().trim().split("\\s+")) : previous.scopes());
  }

  private TokenFailure signInRequired(String what, String error) {
    return TokenFailure.signInRequired(endpoint.request(), what, error);
  }

  @Override
  public TokenRequest request() {
    return endpoint.request();
  }

  @Override
  public Secrets secrets() {
    return endpoint.secrets();
  }

  @Override
  public String toString() {
    return "UserTokenSource(" + endpoint.request() + ", user=" + userId + ")";
  }
}
