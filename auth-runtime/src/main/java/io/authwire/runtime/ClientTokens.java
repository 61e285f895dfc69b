package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import feign.Request.Options;
import io.authwire.runtime.internal.auth.CredentialSource;
import io.authwire.runtime.internal.token.TokenCache;
import io.authwire.runtime.internal.token.TokenFailure;
import io.authwire.runtime.internal.token.TokenObserver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One client's view of a token cache that clients with the same credentials share: its own refresh
 * skew, and failures named in its own variables, each caller's exception its own. A user's client
 * (the authorization code grant) also turns a failure only the user can mend into a {@link
 * SignInRequiredException}.
 */
final class ClientTokens implements CredentialSource {
  private final TokenCache cache;
  private final long skewNanos;
  private final String envPrefix;
  private final String userId;
  private final List<TokenObserver> observers = new CopyOnWriteArrayList<>();

  ClientTokens(TokenCache cache, Duration skew, String envPrefix) {
    this(cache, skew, envPrefix, null);
  }

  /**
   * @param userId the user whose tokens the cache holds, or {@code null} for the client's own
   */
  ClientTokens(TokenCache cache, Duration skew, String envPrefix, String userId) {
    this.cache = requireNonNull(cache, "cache");
    this.skewNanos = skew.toNanos();
    this.envPrefix = requireNonNull(envPrefix, "envPrefix");
    this.userId = userId;
  }

  @Override
  public String credential(Options options) {
    try {
      return cache.credential(options, skewNanos);
    } catch (TokenFailure failure) {
      if (failure.signInRequired() && userId != null) {
        SignInRequiredException exception =
            new SignInRequiredException(
                "User " + userId + " must sign in again. " + failure.getMessage(), userId);
        exception.initCause(failure);
        throw exception;
      }
      throw asTokenRequestException(failure, envPrefix);
    }
  }

  /**
   * Tells {@code listener} of every token request made for these credentials, as {@code client}.
   */
  void listen(String client, TokenListener listener) {
    TokenObserver observer =
        new TokenObserver() {
          @Override
          public void succeeded(Duration latency) {
            listener.tokenRequested(new TokenRequestEvent(client, latency, Optional.empty()));
          }

          @Override
          public void failed(Duration latency, TokenFailure failure) {
            listener.tokenRequested(
                new TokenRequestEvent(
                    client, latency, Optional.of(asTokenRequestException(failure, envPrefix))));
          }
        };
    observers.add(observer); // the cache holds it weakly: it lives as long as this client
    cache.observe(observer);
  }

  @Override
  public boolean rejected(String credential) {
    return cache.rejected(credential);
  }

  /**
   * The shared failure, as this caller's exception: its stack trace and suppressions are its own.
   */
  static TokenRequestException asTokenRequestException(TokenFailure failure, String envPrefix) {
    List<String> variables =
        failure.checks().stream().map(check -> envPrefix + "_" + check.name()).toList();
    TokenRequestException exception =
        new TokenRequestException(
            failure.getMessage() + ". Check " + String.join(" and ", variables) + ".",
            failure.error(),
            failure.status(),
            variables,
            failure.retryAfter());
    exception.initCause(failure);
    return exception;
  }

  @Override
  public String toString() {
    return "ClientTokens(" + cache + ")";
  }
}
