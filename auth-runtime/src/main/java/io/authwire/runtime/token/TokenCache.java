package io.authwire.runtime.token;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.TokenRequestException;
import io.authwire.runtime.auth.CredentialSource;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The access token of one credential set, shared by every client that uses it.
 *
 * <ul>
 *   <li>A valid token is read without a lock or an allocation.
 *   <li>At most one token request is in flight; callers without a usable token wait on it, callers
 *       with one keep using it while it is refreshed in the background.
 *   <li>A failed request is retried no sooner than its backoff (exponential from one second, with
 *       jitter, or the server's {@code Retry-After}); the failure is remembered only until then.
 *   <li>A 401 drops the token only if it is still the current one, so a burst costs one refresh.
 * </ul>
 */
public final class TokenCache implements CredentialSource {
  private static final System.Logger LOG = System.getLogger(TokenCache.class.getName());
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
  /** A longer {@code Retry-After} is taken for a misconfiguration, not a request. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final Executor background;
  private final AtomicReference<AccessToken> current = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<AccessToken>> inFlight = new AtomicReference<>();
  private volatile Failure lastFailure;

  /** A failed attempt: rethrown to callers without a token until {@code retryAtMillis}. */
  private record Failure(TokenRequestException exception, long retryAtMillis, int attempts) {}

  public TokenCache(TokenEndpoint endpoint, Clock clock, Executor background) {
    this.endpoint = requireNonNull(endpoint, "endpoint");
    this.clock = requireNonNull(clock, "clock");
    this.background = requireNonNull(background, "background");
  }

  @Override
  public String credential() {
    AccessToken token = current.get();
    long now = clock.millis();
    if (token != null && token.usableAt(now)) {
      if (token.refreshDueAt(now) && inFlight.get() == null && !backingOff(now)) {
        refresh(true);
      }
      return token.headerValue();
    }
    return await(refresh(false)).headerValue();
  }

  @Override
  public boolean rejected(String credential) {
    AccessToken token = current.get();
    if (token != null && token.headerValue().equals(credential)) {
      current.compareAndSet(token, null);
    }
    return true;
  }

  /** The request in flight, or a new one: on this thread, or in the background. */
  private CompletableFuture<AccessToken> refresh(boolean inBackground) {
    while (true) {
      CompletableFuture<AccessToken> running = inFlight.get();
      if (running != null) {
        return running;
      }
      Failure failure = lastFailure;
      if (failure != null && clock.millis() < failure.retryAtMillis()) {
        return CompletableFuture.failedFuture(failure.exception());
      }
      CompletableFuture<AccessToken> mine = new CompletableFuture<>();
      if (inFlight.compareAndSet(null, mine)) {
        if (inBackground) {
          background.execute(() -> fetch(mine));
        } else {
          fetch(mine);
        }
        return mine;
      }
    }
  }

  private void fetch(CompletableFuture<AccessToken> result) {
    TokenRequest request = endpoint.request();
    try {
      AccessToken token = endpoint.fetch();
      current.set(token);
      lastFailure = null;
      LOG.log(
          Level.DEBUG,
          "Fetched an access token for client {0} from {1}: {2}",
          request.clientId(),
          request.tokenUrl(),
          token);
      result.complete(token);
    } catch (RuntimeException e) {
      TokenRequestException failure = asTokenFailure(request, e);
      Failure previous = lastFailure;
      int attempts = previous == null ? 1 : previous.attempts() + 1;
      Duration wait = backoff(attempts, failure);
      lastFailure = new Failure(failure, clock.millis() + wait.toMillis(), attempts);
      LOG.log(
          Level.WARNING,
          "Token request for client {0} to {1} failed (attempt {2}, next in {3,number,#} ms): {4}",
          request.clientId(),
          request.tokenUrl(),
          attempts,
          wait.toMillis(),
          failure.getMessage());
      result.completeExceptionally(failure);
    } finally {
      inFlight.compareAndSet(result, null);
    }
  }

  /** Whatever went wrong, callers see a {@link TokenRequestException}, and it backs off. */
  private static TokenRequestException asTokenFailure(TokenRequest request, RuntimeException e) {
    if (e instanceof TokenRequestException) {
      return (TokenRequestException) e;
    }
    TokenRequestException failure =
        new TokenRequestException(
            "The token request to " + request.tokenUrl() + " for client " + request.clientId()
                + " failed unexpectedly: " + e.getClass().getName(),
            null,
            -1,
            List.of(request.variable("TOKEN_URL")),
            null);
    failure.initCause(e);
    return failure;
  }

  private boolean backingOff(long nowMillis) {
    Failure failure = lastFailure;
    return failure != null && nowMillis < failure.retryAtMillis();
  }

  /** Exponential from one second with ±20% jitter, capped at a minute, or the server's ask. */
  static Duration backoff(int attempts, TokenRequestException failure) {
    long base = FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 6);
    long capped = Math.min(base, MAX_BACKOFF.toMillis());
    long jittered =
        Math.max(
            FIRST_BACKOFF.toMillis(),
            (long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
    Duration wait = Duration.ofMillis(jittered);
    return failure
        .retryAfter()
        .map(asked -> asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked)
        .filter(asked -> asked.compareTo(wait) > 0)
        .orElse(wait);
  }

  private static AccessToken await(CompletableFuture<AccessToken> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "TokenCache(" + endpoint.request() + ")";
  }
}
