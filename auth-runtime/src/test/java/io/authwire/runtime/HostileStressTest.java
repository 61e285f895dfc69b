package io.authwire.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Logger;
import feign.Request;
import feign.Retryer;
import io.authwire.runtime.HostileServer.Behaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Many callers for a few seconds against a token endpoint that fails at random in every way it can,
 * and an API that sometimes refuses the token: every call ends by its deadline, no thread is left
 * waiting, and no secret or token reaches a log line or an exception.
 */
class HostileStressTest {
  private static final String CLIENT_ID = "stress-client";
  private static final String SECRET = "stress-secret-must-stay-hidden";
  private static final int CALLERS = 16;
  private static final Duration RUN = Duration.ofSeconds(3);
  private static final int MAX_CALLS_PER_CALLER = 400;

  /** 300 ms connect and read timeouts: a token request may take 600 ms as a whole. */
  private static final Request.Options TIMEOUTS =
      new Request.Options(300, TimeUnit.MILLISECONDS, 300, TimeUnit.MILLISECONDS, true);

  /**
   * The longest a call may take: waiting for a token, its API request, and once more both for the
   * retry after a 401, each bounded by the timeouts above; with slack for a loaded machine.
   */
  private static final Duration CALL_DEADLINE = Duration.ofMillis(2 * (600 + 600) + 1000);

  private final Random random = new Random(20261130);
  private final AtomicInteger issued = new AtomicInteger();
  private LogLines authwireLog;
  private HostileServer server;

  @BeforeEach
  void start() throws Exception {
    authwireLog = LogLines.of("io.authwire");
    server =
        HostileServer.start()
            .on("/token", (request, socket) -> tokenFault().answer(request, socket))
            .on("/echo", (request, socket) -> apiFault().answer(request, socket));
  }

  @AfterEach
  void stop() throws Exception {
    authwireLog.close();
    server.close();
  }

  private synchronized Behaviour tokenFault() {
    String token =
        "{\"access_token\":\"stress-token-" + issued.incrementAndGet() + "\",\"expires_in\":1}";
    switch (random.nextInt(10)) {
      case 0:
        return Behaviour.json(500, "{\"error\":\"server_error\"}");
      case 1:
        return Behaviour.echo(503);
      case 2:
        return Behaviour.garbage();
      case 3:
        return Behaviour.drop();
      case 4:
        return Behaviour.hang();
      case 5:
        return Behaviour.trickle(Duration.ofMillis(100), 200, Map.of(), token);
      case 6:
        return Behaviour.after(Duration.ofMillis(random.nextInt(500)), Behaviour.json(200, token));
      default:
        return Behaviour.json(200, token);
    }
  }

  private synchronized Behaviour apiFault() {
    return random.nextInt(8) == 0 ? Behaviour.echo(401) : Behaviour.respond(200, Map.of(), "ok");
  }

  @Test
  void everyCallEndsByItsDeadlineAndNothingSecretIsShown() throws Exception {
    CapturingLogger feignLog = new CapturingLogger();
    EchoApi api =
        AuthwireClient.builder(
                EchoApi.class, EchoApi.class, AuthConfig.clientCredentials("BILLING"))
            .env(
                Map.of(
                    "BILLING_CLIENT_ID",
                    CLIENT_ID,
                    "BILLING_CLIENT_SECRET",
                    SECRET,
                    "BILLING_TOKEN_URL",
                    server.url() + "/token",
                    "BILLING_BASE_URL",
                    server.url()))
            .feign(
                f ->
                    f.options(TIMEOUTS)
                        .retryer(Retryer.NEVER_RETRY)
                        .logger(feignLog)
                        .logLevel(Logger.Level.FULL))
            .build()
            .api();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicLong slowestNanos = new AtomicLong();
    AtomicInteger succeeded = new AtomicInteger();
    long end = System.nanoTime() + RUN.toNanos();
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      running.add(
          callers.submit(
              () -> {
                for (int n = 0; n < MAX_CALLS_PER_CALLER && System.nanoTime() < end; n++) {
                  long started = System.nanoTime();
                  try {
                    api.echo("x");
                    succeeded.incrementAndGet();
                  } catch (RuntimeException e) {
                    failures.add(e);
                  }
                  slowestNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
                }
              }));
    }
    callers.shutdown();

    assertTrue(
        callers.awaitTermination(RUN.plus(CALL_DEADLINE).toSeconds() + 1, TimeUnit.SECONDS),
        "no caller is left waiting");
    for (Future<?> caller : running) {
      caller.get();
    }
    assertTrue(
        slowestNanos.get() < CALL_DEADLINE.toNanos(),
        "slowest call took " + Duration.ofNanos(slowestNanos.get()));
    assertTrue(succeeded.get() > 0, "the endpoint also issued tokens");
    assertFalse(failures.isEmpty(), "the faults reached the callers");

    List<String> shown = new ArrayList<>(List.of(authwireLog.text()));
    shown.add(feignLog.text());
    failures.forEach(failure -> shown.add(RedactionTest.everything(failure)));
    String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(UTF_8));
    for (String text : shown) {
      assertFalse(text.contains(SECRET), text);
      assertFalse(text.contains(basic), text);
      assertFalse(text.matches("(?s).*stress-token-\\d.*"), text);
    }
  }
}
