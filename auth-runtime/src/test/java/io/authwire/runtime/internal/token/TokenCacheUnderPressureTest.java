package io.authwire.runtime.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.Request;
import io.authwire.ClientAuth;
import io.authwire.runtime.HostileServer;
import io.authwire.runtime.HostileServer.Behaviour;
import io.authwire.runtime.internal.transport.DefaultClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cache when the JVM misbehaves around it: a client that throws an Error, an executor that
 * refuses work, an interrupted caller, a wall clock stepped back, callers racing a fetch.
 */
class TokenCacheUnderPressureTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(5);
  private final MutableClock clock = new MutableClock();
  private HostileServer server;

  @BeforeEach
  void start() throws Exception {
    server = HostileServer.start().on("/token", Behaviour.tokens(100));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CacheCalls cache(Client client, Ticker ticker, java.util.concurrent.Executor background) {
    TokenRequest request =
        new TokenRequest(
            server.url() + "/token", "client", "secret", List.of(), ClientAuth.CLIENT_SECRET_BASIC);
    return new CacheCalls(
        new TokenCache(new TokenEndpoint(client, request, clock, ticker), ticker, background),
        new Request.Options(2, TimeUnit.SECONDS, 2, TimeUnit.SECONDS, true),
        Duration.ofSeconds(60).toNanos());
  }

  private CacheCalls cache(java.util.concurrent.Executor background) {
    return cache(new DefaultClient(), clock, background);
  }

  @Test
  void anErrorFromTheUsersClientReachesEveryWaiter() throws Exception {
    int waiters = 8;
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Client linkageBroken =
        (request, options) -> {
          fetching.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new NoClassDefFoundError("com/example/MissingTlsProvider");
        };
    CacheCalls cache = cache(linkageBroken, clock, Runnable::run);
    ExecutorService callers = Executors.newFixedThreadPool(waiters + 1);
    try {
      List<Future<?>> calls = new ArrayList<>();
      calls.add(callers.submit(cache::credential));
      fetching.await();
      for (int i = 0; i < waiters; i++) {
        calls.add(callers.submit(cache::credential));
      }
      Thread.sleep(100); // let the waiters block on the request in flight
      release.countDown();

      List<Throwable> failures = new ArrayList<>();
      for (Future<?> call : calls) {
        failures.add(
            assertThrows(
                    java.util.concurrent.ExecutionException.class,
                    () -> call.get(PROMPTLY.toSeconds(), TimeUnit.SECONDS))
                .getCause());
      }
      for (Throwable failure : failures) {
        assertSame(failures.get(0), failure, "one failure, for every caller");
      }
      assertInstanceOf(TokenFailure.class, failures.get(0));
      assertInstanceOf(NoClassDefFoundError.class, failures.get(0).getCause());
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void anExecutorThatRefusesTheBackgroundRefreshNeitherFailsTheCallerNorBlocksTheNextFetch() {
    AtomicInteger refused = new AtomicInteger();
    CacheCalls cache =
        cache(
            task -> {
              refused.incrementAndGet();
              throw new RejectedExecutionException("thread limit reached");
            });
    assertEquals("Bearer token-1", cache.credential(), "a cold caller fetches on its own thread");
    assertEquals(1, refused.get());

    clock.advance(Duration.ofSeconds(50));
    assertEquals("Bearer token-1", cache.credential(), "the valid token is served all the same");
    assertEquals(2, refused.get());
    assertEquals("Bearer token-1", cache.credential());
    assertEquals(2, refused.get(), "the refusal backs off like a failed request");

    clock.advance(Duration.ofSeconds(51));
    String afterExpiry = assertTimeoutPreemptively(PROMPTLY, cache::credential);
    assertEquals("Bearer token-2", afterExpiry, "nothing was left claimed");
  }

  @Test
  void anInterruptedWaiterStopsWaitingAndKeepsItsInterruptFlag() throws Exception {
    server.on("/token", Behaviour.after(Duration.ofMillis(1500), Behaviour.tokens(100)));
    CacheCalls cache = cache(Runnable::run);
    Thread fetcher = new Thread(cache::credential);
    fetcher.start();
    while (server.count("/token") == 0) {
      Thread.sleep(5);
    }
    AtomicReference<Throwable> seen = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              try {
                cache.credential();
              } catch (Throwable e) {
                seen.set(e);
                flagKept.set(Thread.currentThread().isInterrupted());
              }
            });
    waiter.start();
    Thread.sleep(200);

    waiter.interrupt();
    waiter.join(PROMPTLY.toMillis());

    assertTrue(!waiter.isAlive(), "the waiter stopped waiting");
    assertInstanceOf(TokenFailure.class, seen.get());
    assertInstanceOf(InterruptedException.class, seen.get().getCause());
    assertTrue(flagKept.get(), "the interrupt flag is restored");
    fetcher.join(PROMPTLY.toMillis());
    assertEquals("Bearer token-1", cache.credential(), "the request in flight was not disturbed");
    assertEquals(1, server.count("/token"));
  }

  @Test
  void backoffFollowsElapsedTimeNotAWallClockSteppedBack() {
    server.on("/token", Behaviour.sequence(Behaviour.json(503, "{}"), Behaviour.tokens(3600)));
    CacheCalls cache = cache(Runnable::run);
    assertThrows(TokenFailure.class, cache::credential);

    clock.stepWallClock(Duration.ofHours(-1));
    clock.advance(TokenCache.FIRST_BACKOFF.multipliedBy(13).dividedBy(10));

    assertEquals("Bearer token-1", cache.credential());
  }

  @Test
  void aWallClockSteppedForwardNeitherExpiresNorRefreshesTheToken() {
    server.on("/token", Behaviour.tokens(3600));
    CacheCalls cache = cache(Runnable::run);
    cache.credential();

    clock.stepWallClock(Duration.ofHours(2));

    assertEquals("Bearer token-1", cache.credential());
    assertEquals(1, server.count("/token"));
  }

  @Test
  void aCallerThatSawNoTokenJustBeforeAnotherFetchedOneDoesNotFetchAgain() throws Exception {
    CountDownLatch sawNoToken = new CountDownLatch(1);
    CountDownLatch firstFetched = new CountDownLatch(1);
    AtomicReference<Thread> late = new AtomicReference<>();
    Ticker slowForTheLateCaller =
        () -> {
          if (Thread.currentThread() == late.get()) {
            late.set(null);
            sawNoToken.countDown();
            try {
              firstFetched.await(); // it has read "no token"; now the other caller's fetch ends
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return clock.nanos();
        };
    CacheCalls cache = cache(new DefaultClient(), slowForTheLateCaller, Runnable::run);
    AtomicReference<String> lateToken = new AtomicReference<>();
    Thread lateCaller = new Thread(() -> lateToken.set(cache.credential()));
    late.set(lateCaller);
    lateCaller.start();
    sawNoToken.await();

    assertEquals("Bearer token-1", cache.credential());
    firstFetched.countDown();
    lateCaller.join(PROMPTLY.toMillis());

    assertEquals("Bearer token-1", lateToken.get());
    assertEquals(1, server.count("/token"), "the late caller found the token under the guard");
  }
}
