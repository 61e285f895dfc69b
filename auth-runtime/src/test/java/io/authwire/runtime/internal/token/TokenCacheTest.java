package io.authwire.runtime.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.Request;
import io.authwire.ClientAuth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cache's rules against a loopback token endpoint, with a clock and a background executor the
 * test drives by hand.
 */
class TokenCacheTest {
  private final MutableClock clock = new MutableClock();
  private final BackgroundTasks background = new BackgroundTasks();
  private ScriptedTokenServer server;

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedTokenServer();
  }

  @AfterEach
  void stop() {
    server.release();
    server.close();
    background.close();
  }

  private CacheCalls cache(int skewSeconds) {
    TokenRequest request =
        new TokenRequest(
            server.tokenUrl(), "client", "secret", List.of(), ClientAuth.CLIENT_SECRET_BASIC);
    return new CacheCalls(
        new TokenCache(
            new TokenEndpoint(new Client.Default(null, null, false), request, clock, clock),
            clock,
            background),
        new Request.Options(),
        Duration.ofSeconds(skewSeconds).toNanos());
  }

  @Test
  void fetchesOnFirstUseAndReusesTheToken() {
    server.token(3600);
    CacheCalls cache = cache(60);

    assertEquals(0, server.requests(), "nothing is fetched before the first call");
    for (int i = 0; i < 100; i++) {
      assertEquals("Bearer token-1", cache.credential());
      clock.advance(Duration.ofSeconds(10));
    }

    assertEquals(1, server.requests());
  }

  @Test
  void refreshesAheadOfExpiryInTheBackgroundWhileServingTheCurrentToken() {
    server.token(300).token(300);
    CacheCalls cache = cache(60);
    cache.credential();

    clock.advance(Duration.ofSeconds(239));
    assertEquals("Bearer token-1", cache.credential());
    assertEquals(1, background.submitted(), "not due before 60 s remain");

    server.hold();
    clock.advance(Duration.ofSeconds(1));
    assertEquals("Bearer token-1", cache.credential(), "the caller does not wait for the refresh");
    assertEquals("Bearer token-1", cache.credential());
    assertEquals(2, background.submitted(), "one refresh, however many callers see it due");

    server.release();
    background.settle();
    assertEquals("Bearer token-2", cache.credential());
    assertEquals(2, server.requests());
  }

  @Test
  void aSkewLongerThanTheLifetimeIsCappedAtHalfOfIt() {
    server.token(10).token(10);
    CacheCalls cache = cache(60);
    cache.credential();

    clock.advance(Duration.ofMillis(4_999));
    cache.credential();
    assertEquals(1, background.submitted());

    clock.advance(Duration.ofMillis(1));
    cache.credential();
    assertEquals(2, background.submitted());
  }

  @Test
  void coldConcurrentCallersShareOneTokenRequest() throws Exception {
    server.token(3600);
    server.hold();
    CacheCalls cache = cache(60);
    ExecutorService callers = Executors.newFixedThreadPool(64);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(callers.submit((Callable<String>) cache::credential));
      }
      server.release();

      Set<String> tokens = new HashSet<>();
      for (Future<String> result : results) {
        tokens.add(result.get());
      }
      assertEquals(Set.of("Bearer token-1"), tokens);
      assertEquals(1, server.requests());
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aBurstOf401sCostsOneRefresh() {
    server.token(3600).token(3600);
    CacheCalls cache = cache(60);
    String first = cache.credential();

    assertTrue(cache.rejected(first));
    String second = cache.credential();
    assertTrue(cache.rejected(first), "a late 401 for the old token still earns its retry");

    assertEquals("Bearer token-2", second);
    assertEquals("Bearer token-2", cache.credential(), "but does not drop the new token");
    assertEquals(2, server.requests());
  }

  @Test
  void aFailureIsRememberedOnlyForItsBackoff() {
    server.respond(500, Map.of(), "down").token(3600);
    CacheCalls cache = cache(60);

    TokenFailure first = assertThrows(TokenFailure.class, cache::credential);
    TokenFailure again = assertThrows(TokenFailure.class, cache::credential);
    assertSame(first, again, "within the backoff the failure is served, not retried");
    assertEquals(1, server.requests());

    clock.advance(TokenCache.FIRST_BACKOFF.multipliedBy(12).dividedBy(10));
    assertEquals("Bearer token-1", cache.credential());
    assertEquals(2, server.requests());
  }

  @Test
  void backoffGrowsAndNeverGoesBelowASecond() {
    TokenFailure failure =
        new TokenFailure(
            new TokenRequest(
                "http://127.0.0.1/token", "c", "s", List.of(), ClientAuth.CLIENT_SECRET_BASIC),
            "answered 500",
            null,
            500,
            null,
            List.of(TokenFailure.Check.TOKEN_URL));
    for (int attempt = 1; attempt < 20; attempt++) {
      Duration wait = TokenCache.backoff(attempt, failure);
      assertTrue(wait.compareTo(Duration.ofSeconds(1)) >= 0, wait.toString());
      assertTrue(
          wait.compareTo(TokenCache.MAX_BACKOFF.multipliedBy(12).dividedBy(10)) <= 0,
          wait.toString());
    }
    assertTrue(TokenCache.backoff(4, failure).compareTo(Duration.ofSeconds(6)) >= 0);
  }

  @Test
  void retryAfterIsHonoured() {
    server.respond(429, Map.of("Retry-After", "5"), "slow down").token(3600);
    CacheCalls cache = cache(60);

    TokenFailure e = assertThrows(TokenFailure.class, cache::credential);
    assertEquals(Duration.ofSeconds(5), e.retryAfter());

    clock.advance(Duration.ofMillis(4_900));
    assertThrows(TokenFailure.class, cache::credential);
    assertEquals(1, server.requests());

    clock.advance(Duration.ofMillis(200));
    assertEquals("Bearer token-1", cache.credential());
  }

  @Test
  void aFailedBackgroundRefreshKeepsServingTheValidToken() {
    server.token(100).respond(503, Map.of(), "").token(100);
    CacheCalls cache = cache(60);
    cache.credential();

    clock.advance(Duration.ofSeconds(60));
    assertEquals("Bearer token-1", cache.credential());
    background.settle();
    assertEquals("Bearer token-1", cache.credential(), "still valid, still served");
    assertEquals(2, background.submitted(), "no new attempt inside the backoff");

    clock.advance(Duration.ofSeconds(2));
    assertEquals("Bearer token-1", cache.credential());
    background.settle();
    assertEquals("Bearer token-2", cache.credential());
    assertEquals(3, server.requests());
  }

  @Test
  void anExpiredTokenIsNeverServed() {
    server.token(100).respond(503, Map.of(), "");
    CacheCalls cache = cache(0);
    cache.credential();

    clock.advance(Duration.ofSeconds(100));

    assertThrows(TokenFailure.class, cache::credential);
  }

  @Test
  void anUnexpectedClientFailureBecomesATokenFailureAndBacksOff() {
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    Client broken =
        (request, options) -> {
          calls.incrementAndGet();
          throw new IllegalStateException("client misconfigured");
        };
    TokenRequest request =
        new TokenRequest(
            server.tokenUrl(), "client", "secret", List.of(), ClientAuth.CLIENT_SECRET_BASIC);
    CacheCalls cache =
        new CacheCalls(
            new TokenCache(new TokenEndpoint(broken, request, clock, clock), clock, background),
            new Request.Options(),
            0);

    TokenFailure e = assertThrows(TokenFailure.class, cache::credential);
    assertThrows(TokenFailure.class, cache::credential);

    assertTrue(e.getCause() instanceof IllegalStateException);
    assertEquals(List.of(TokenFailure.Check.TOKEN_URL), e.checks());
    assertEquals(1, calls.get(), "the second call waits out the backoff");
  }
}
