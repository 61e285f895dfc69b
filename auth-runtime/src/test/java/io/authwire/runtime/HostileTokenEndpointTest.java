package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.FeignException;
import feign.Request;
import io.authwire.runtime.HostileServer.Behaviour;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client credentials against token endpoints and APIs that misbehave on purpose. */
class HostileTokenEndpointTest {
  private static final String SECRET = "hostile-secret-never-shown";

  /** One-second timeouts: a token request may take two seconds as a whole. */
  private static final Request.Options ONE_SECOND =
      new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, true);

  private static final String TOKEN =
      "{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":600}";

  private HostileServer server;

  @BeforeEach
  void start() throws Exception {
    server = HostileServer.start().on("/echo", Behaviour.respond(200, Map.of(), "ok"));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private EchoApi client(Consumer<feign.Feign.Builder> feign) {
    return AuthwireClient.builder(
            EchoApi.class, EchoApi.class, AuthConfig.clientCredentials("BILLING"))
        .env(
            Map.of(
                "BILLING_CLIENT_ID",
                "client-" + System.nanoTime(),
                "BILLING_CLIENT_SECRET",
                SECRET,
                "BILLING_TOKEN_URL",
                server.url() + "/token",
                "BILLING_BASE_URL",
                server.url()))
        .feign(feign.andThen(f -> f.options(ONE_SECOND)))
        .build()
        .api();
  }

  private static Behaviour trickledToken() {
    // About 180 bytes, one every 450 ms: well over a minute if nothing cuts it off.
    return Behaviour.trickle(
        Duration.ofMillis(450), 200, Map.of("Content-Type", "application/json"), TOKEN);
  }

  @Test
  void aTrickledAnswerIsCutOffAtTheConnectPlusReadTimeout() {
    server.on("/token", trickledToken());
    EchoApi api = client(f -> {});

    TokenRequestException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(4),
            () -> assertThrows(TokenRequestException.class, () -> api.echo("x")));

    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    assertTrue(e.getMessage().contains("2000 ms"), e.getMessage());
  }

  @Test
  void withTheUsersOwnClientATrickledBodyIsCutOffToo() {
    server.on(
        "/token",
        Behaviour.trickleBody(
            Duration.ofMillis(450), 200, Map.of("Content-Type", "application/json"), TOKEN));
    EchoApi api = client(f -> f.client(new Client.Default(null, null, false)));

    TokenRequestException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(4),
            () -> assertThrows(TokenRequestException.class, () -> api.echo("x")));

    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
  }

  @Test
  void coldCallersBehindATrickledRequestAllGiveUpByItsDeadline() throws Exception {
    server.on("/token", trickledToken());
    EchoApi api = client(f -> {});
    ExecutorService callers = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(callers.submit(() -> api.echo("x")));
      }
      Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<Throwable> shared = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Future<String> call : calls) {
        ExecutionException e =
            assertThrows(ExecutionException.class, () -> call.get(4, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof TokenRequestException, e.getCause().toString());
        seen.add(e.getCause());
        shared.add(e.getCause().getCause());
      }
      assertEquals(1, server.count("/token"), "they waited on one request, then on its backoff");
      assertEquals(calls.size(), seen.size(), "every caller has an exception of its own");
      assertTrue(shared.size() < seen.size(), "with the failure they waited on as its cause");
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void anApiThatRefusesEveryTokenCostsTwoTokenRequestsInItsFirstSecond() {
    server
        .on("/token", Behaviour.json(200, TOKEN))
        .on("/echo", Behaviour.respond(401, Map.of(), "no"));
    EchoApi api = client(f -> {});

    for (int i = 0; i < 20; i++) {
      assertThrows(FeignException.Unauthorized.class, () -> api.echo("x"));
    }

    assertEquals(2, server.count("/token"), "one for the first call, one for its retry");
    assertEquals(21, server.count("/echo"), "only the first call was retried");
  }
}
