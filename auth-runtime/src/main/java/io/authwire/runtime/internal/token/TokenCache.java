package io.authwire.runtime.internal.token;

import static java.util.Objects.requireNonNull;

import feign.Request.Options;
import java.lang.System.Logger.Level;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The access token of one credential set, or of one user of it, shared by every client that uses
 * it. Each call brings its client's options (for the timeouts of a token request it starts) and
 * refresh skew.
 *
 * <ul>
 *   <li>A valid token is read without a lock or an allocation.
 *   <li>At most one token request is in flight; callers without a usable token wait on it, for no
 *       longer than a token request may take, and stop waiting when interrupted. Callers with a
 *       usable token keep using it while it is refreshed in the background.
 *   <li>A failed request is retried no sooner than its backoff (exponential from one second, with
 *       jitter, or the server's {@code Retry-After}); the failure is remembered only until then.
 *   <li>A 401 drops the token only if it is still the current one, so a burst costs one refresh;
 *       when the token fetched after a 401 is refused too, further 401s wait out a backoff.
 *   <li>Deadlines and backoff windows follow a monotonic {@link Ticker}, never the wall clock.
 * </ul>
 */
public final class TokenCache {
  private static final System.Logger LOG = System.getLogger(TokenCache.class.getName());
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  /** A longer {@code Retry-After} is taken for a misconfiguration, not a request. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

  /** How much longer than a token request a caller waits: the request's own failure says more. */
  static final Duration GRACE = Duration.ofMillis(500);

  private final TokenSource source;
  private final Ticker ticker;
  private final Executor background;
  private final AtomicReference<AccessToken> current = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<AccessToken>> inFlight = new AtomicReference<>();
  private volatile Failure lastFailure;
  private volatile Rejection lastRejection;

  /** Weakly: an observer belongs to a client, and a dropped client must not be kept alive here. */
  private final List<WeakReference<TokenObserver>> observers = new CopyOnWriteArrayList<>();

  /** A failed attempt: served to callers without a token until {@code retryAtNanos}. */
  private record Failure(TokenFailure exception, long retryAtNanos, int attempts) {}

  /** A token the API refused, and dropped: its successor refused within the window is kept. */
  private record Rejection(AccessToken dropped, long atNanos, long windowNanos, int strikes) {
    long windowEndsNanos() {
      return atNanos + windowNanos;
    }
  }

  public TokenCache(TokenSource source, Ticker ticker, Executor background) {
    this.source = requireNonNull(source, "source");
    this.ticker = requireNonNull(ticker, "ticker");
    this.background = requireNonNull(background, "background");
  }

  /**
   * Tells {@code observer} of every token request from now on, for as long as its owner holds it:
   * the cache holds it only weakly.
   */
  public void observe(TokenObserver observer) {
    observers.removeIf(gone -> gone.get() == null);
    observers.add(new WeakReference<>(requireNonNull(observer, "observer")));
  }

  /**
   * The {@code Authorization} value to send.
   *
   * @param skewNanos how long before expiry this client wants a new token
   * @throws TokenFailure when no usable token can be had
   */
  public String credential(Options options, long skewNanos) {
    AccessToken token = current.get();
    long now = ticker.nanos();
    if (token != null && token.usableAt(now)) {
      if (token.refreshDueAt(now, skewNanos) && inFlight.get() == null && !backingOff(now)) {
        refreshInBackground(options, skewNanos);
      }
      return token.headerValue();
    }
    return await(refresh(options), TokenEndpoint.timeLimit(options).plus(GRACE)).headerValue();
  }

  /**
   * The API answered 401 to a request that carried {@code credential}.
   *
   * @return whether a new token is worth one retry
   */
  public boolean rejected(String credential) {
    AccessToken token = current.get();
    Rejection last = lastRejection;
    if (token == null
        || !token.headerValue().equals(credential)
        || last != null && last.dropped() == token) {
      return true; // replaced, or being replaced: the retry carries the new one
    }
    long now = ticker.nanos();
    if (last != null && now - last.windowEndsNanos() < 0) {
      return false; // the token fetched after the last 401 is refused too: wait out the window
    }
    // A token that served for longer than its window counts as accepted: the count starts over.
    boolean again = last != null && now - last.windowEndsNanos() - last.windowNanos() < 0;
    int strikes = again ? last.strikes() + 1 : 1;
    if (current.compareAndSet(token, null)) {
      lastRejection = new Rejection(token, now, jittered(strikes).toNanos(), strikes);
    }
    return true;
  }

  /**
   * The request in flight, or a new one, or the failure still backing off. A new request runs on
   * the background executor, so that every caller waits for it alike: with a deadline, and not at
   * all once interrupted; on this thread only if the executor refuses it.
   */
  private CompletableFuture<AccessToken> refresh(Options options) {
    while (true) {
      CompletableFuture<AccessToken> running = inFlight.get();
      if (running != null) {
        return running;
      }
      Failure failure = lastFailure;
      if (failure != null && ticker.nanos() - failure.retryAtNanos() < 0) {
        return CompletableFuture.failedFuture(failure.exception());
      }
      CompletableFuture<AccessToken> mine = new CompletableFuture<>();
      if (inFlight.compareAndSet(null, mine)) {
        // Another caller's request may have finished between our reading and our claim.
        AccessToken token = current.get();
        if (token != null && token.usableAt(ticker.nanos())) {
          release(mine, token);
        } else {
          try {
            background.execute(() -> fetch(mine, options));
          } catch (Throwable notStarted) {
            fetch(mine, options);
          }
        }
        return mine;
      }
    }
  }

  /**
   * Starts a refresh on the background executor. If it cannot start (an executor at its thread
   * limit throws), the caller still gets its valid token and the failure backs off like any other.
   */
  private void refreshInBackground(Options options, long skewNanos) {
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    if (!inFlight.compareAndSet(null, mine)) {
      return;
    }
    AccessToken token = current.get();
    if (token != null && !token.refreshDueAt(ticker.nanos(), skewNanos)) {
      release(mine, token);
      return;
    }
    try {
      background.execute(() -> fetch(mine, options));
    } catch (Throwable notStarted) {
      TokenFailure failure = unexpected("could not start a background refresh", notStarted);
      try {
        recordFailure(failure);
      } finally {
        release(mine, failure);
      }
    }
  }

  /** Frees the slot before completing, so that no caller the completion wakes finds it taken. */
  private void release(CompletableFuture<AccessToken> claimed, AccessToken token) {
    inFlight.compareAndSet(claimed, null);
    claimed.complete(token);
  }

  private void release(CompletableFuture<AccessToken> claimed, Throwable failure) {
    inFlight.compareAndSet(claimed, null);
    claimed.completeExceptionally(failure);
  }

  /** Fetches into {@code result}, which is completed whatever is thrown, Errors included. */
  private void fetch(CompletableFuture<AccessToken> result, Options options) {
    Throwable thrown = null;
    long started = ticker.nanos();
    try {
      AccessToken token = source.fetch(options);
      current.set(token);
      lastFailure = null;
      LOG.log(
          Level.DEBUG,
          "Fetched an access token for client {0} from {1}, valid for {2} s",
          source.request().clientId(),
          source.request().tokenUrl(),
          token.remainingAt(ticker.nanos()).toSeconds());
      tell(observer -> observer.succeeded(Duration.ofNanos(ticker.nanos() - started)));
      release(result, token);
    } catch (Throwable e) {
      thrown = e;
      TokenFailure failure =
          e instanceof TokenFailure ? (TokenFailure) e : unexpected("failed unexpectedly", e);
      recordFailure(failure);
      tell(observer -> observer.failed(Duration.ofNanos(ticker.nanos() - started), failure));
      release(result, failure);
    } finally {
      if (!result.isDone()) {
        // Handling the failure threw too (an OutOfMemoryError): nobody may be left waiting.
        release(result, thrown);
      }
    }
  }

  /** An observer's exception is its own business: the token is delivered regardless. */
  private void tell(Consumer<TokenObserver> event) {
    for (WeakReference<TokenObserver> held : observers) {
      TokenObserver observer = held.get();
      if (observer == null) {
        observers.remove(held);
        continue;
      }
      try {
        event.accept(observer);
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "A token observer failed: {0}", e.getClass().getName());
      }
    }
  }

  private void recordFailure(TokenFailure failure) {
    if (failure.signInRequired()) {
      // No request was refused for being too frequent: the user's tokens are gone, and the next
      // attempt finds out at no cost whether the user has signed in again.
      lastFailure = null;
      LOG.log(
          Level.DEBUG,
          "No token for client {0} of {1}: {2}",
          source.request().clientId(),
          source.request().tokenUrl(),
          failure.getMessage());
      return;
    }
    Failure previous = lastFailure;
    int attempts = previous == null ? 1 : previous.attempts() + 1;
    Duration wait = backoff(attempts, failure);
    lastFailure = new Failure(failure, ticker.nanos() + wait.toNanos(), attempts);
    TokenRequest request = source.request();
    LOG.log(
        Level.WARNING,
        "Token request for client {0} to {1} failed (attempt {2}, next in {3,number,#} ms): {4}",
        request.clientId(),
        request.tokenUrl(),
        attempts,
        wait.toMillis(),
        failure.getMessage());
  }

  private boolean backingOff(long nowNanos) {
    Failure failure = lastFailure;
    return failure != null && nowNanos - failure.retryAtNanos() < 0;
  }

  /** Exponential from one second with ±20% jitter, capped at a minute, or the server's ask. */
  static Duration backoff(int attempts, TokenFailure failure) {
    Duration wait = jittered(attempts);
    return Optional.ofNullable(failure.retryAfter())
        .map(asked -> asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked)
        .filter(asked -> asked.compareTo(wait) > 0)
        .orElse(wait);
  }

  private static Duration jittered(int attempts) {
    long base = FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 6);
    long capped = Math.min(base, MAX_BACKOFF.toMillis());
    return Duration.ofMillis(
        Math.max(
            FIRST_BACKOFF.toMillis(),
            (long) (capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2))));
  }

  /**
   * Waits no longer than a token request may take, and not at all once interrupted. Every caller
   * sees the one failure the request ended with; clients turn it into exceptions of their own.
   */
  private AccessToken await(CompletableFuture<AccessToken> future, Duration limit) {
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unexpected("gave no token before this thread was interrupted", e);
    } catch (TimeoutException e) {
      throw unexpected("timed out: no token within " + limit.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      throw failure instanceof TokenFailure
          ? (TokenFailure) failure
          : unexpected("failed unexpectedly", failure);
    }
  }

  private TokenFailure unexpected(String what, Throwable thrown) {
    return TokenFailure.unexpected(source.request(), what, thrown, source.secrets());
  }

  @Override
  public String toString() {
    return "TokenCache(" + source.request() + ")";
  }
}
