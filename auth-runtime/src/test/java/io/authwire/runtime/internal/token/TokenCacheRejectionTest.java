package io.authwire.runtime.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cache's answers to 401s and interrupts, where callers race each other. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TokenCacheRejectionTest {
  private final MutableClock clock = new MutableClock();
  private HostileServer server;

  @BeforeEach
  void start() throws Exception {
    server = HostileServer.start().on("/token", Behaviour.tokens(3600));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CacheCalls cache(Client client, Ticker ticker, Executor background, String path) {
    TokenRequest request =
        new TokenRequest(
            server.url() + path, "client", "secret", List.of(), ClientAuth.CLIENT_SECRET_BASIC);
    return new CacheCalls(
        new TokenCache(new TokenEndpoint(client, request, clock, ticker), ticker, background),
        new Request.Options(2, TimeUnit.SECONDS, 2, TimeUnit.SECONDS, true),
        Duration.ofSeconds(60).toNanos());
  }

  /**
   * An API that refuses each token after 20 s (a lying expires_in, skewed clocks, key rotation)
   * while the retry with a fresh token succeeds: every 401 is retried, however many cycles.
   */
  @Test
  void tokensThatServedAWhileEarnTheirRetryEveryTime() {
    CacheCalls cache = cache(new DefaultClient(), clock, Runnable::run, "/token");
    List<String> refused = new ArrayList<>();
    for (int cycle = 1; cycle <= 10; cycle++) {
      String token = cache.credential();
      // The API refuses the token: its retry with the next token succeeds (nothing else rejected).
      boolean retried = cache.rejected(token);
      if (!retried) {
        refused.add("cycle " + cycle + ": " + token + " kept, current is " + cache.credential());
      }
      clock.advance(Duration.ofSeconds(20));
    }
    assertTrue(refused.isEmpty(), "401 not retried though the last retry succeeded: " + refused);
  }

  /**
   * Two requests sent with the same token both get a 401; B reads the token just before A drops it
   * and the record of the drop just after: B's call is retried with the new token all the same.
   */
  @Test
  void twoConcurrent401sForOneTokenAreBothRetried() throws Exception {
    CountDownLatch bInTicker = new CountDownLatch(1);
    CountDownLatch aDone = new CountDownLatch(1);
    AtomicReference<Thread> b = new AtomicReference<>();
    Ticker ticker =
        () -> {
          if (Thread.currentThread() == b.get()) {
            bInTicker.countDown();
            try {
              aDone.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return clock.nanos();
        };
    CacheCalls cache = cache(new DefaultClient(), ticker, Runnable::run, "/token");
    String first = cache.credential();

    AtomicBoolean bRetries = new AtomicBoolean();
    Thread thread = new Thread(() -> bRetries.set(cache.rejected(first)), "caller-b");
    b.set(thread);
    thread.start();
    assertTrue(bInTicker.await(5, TimeUnit.SECONDS));
    assertTrue(cache.rejected(first), "A's 401 drops the token");
    aDone.countDown();
    thread.join(5000);

    assertTrue(bRetries.get(), "B's 401 for the same token must be retried with the new one");
    assertEquals("Bearer token-2", cache.credential());
  }

  /**
   * F9: the cold caller that starts the token request runs it on its own thread and does not honour
   * interrupts: interrupted while the endpoint hangs, it keeps blocking until the read timeout or
   * the connect+read deadline (about 1.7 s here; up to 20 s with defaults), unlike the callers that
   * wait on it, who stop at once.
   */
  @Test
  void theCallerWhoseCallStartedTheRequestStopsWhenInterrupted() throws Exception {
    server.on("/hang", Behaviour.hang());
    ExecutorService refresher = Executors.newCachedThreadPool();
    CacheCalls cache = cache(new DefaultClient(), Ticker.SYSTEM, refresher, "/hang");
    AtomicLong endedAt = new AtomicLong();
    Thread caller =
        new Thread(
            () -> {
              try {
                cache.credential();
              } catch (RuntimeException expected) {
                // the failure is fine; how long it took is not
              } finally {
                endedAt.set(System.nanoTime());
              }
            },
            "cold-caller");
    caller.start();
    Thread.sleep(300);
    long interruptedAt = System.nanoTime();
    caller.interrupt();
    caller.join(10_000);

    refresher.shutdownNow();
    long millis = TimeUnit.NANOSECONDS.toMillis(endedAt.get() - interruptedAt);
    assertTrue(millis < 1000, "stopped " + millis + " ms after its interrupt");
  }
}
