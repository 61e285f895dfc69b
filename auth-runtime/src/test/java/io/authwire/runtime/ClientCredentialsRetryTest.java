package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.FeignException;
import io.authwire.runtime.LoopbackServer.Canned;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 401 rules of client credentials, against a loopback API and token endpoint. */
class ClientCredentialsRetryTest {
  private static final String SECRET = "cc-secret-never-logged";
  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        LoopbackServer.start()
            .respond(
                "/token",
                Canned.json(
                    "{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":600}"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private EchoApi client(String clientId) {
    return AuthwireClient.builder(
            EchoApi.class, EchoApi.class, AuthConfig.clientCredentials("BILLING"))
        .env(
            Map.of(
                "BILLING_CLIENT_ID",
                clientId,
                "BILLING_CLIENT_SECRET",
                SECRET,
                "BILLING_TOKEN_URL",
                server.url() + "/token",
                "BILLING_BASE_URL",
                server.url()))
        .build()
        .api();
  }

  private long requestsTo(String path) {
    return server.requests().stream().filter(r -> r.pathAndQuery().startsWith(path)).count();
  }

  @Test
  void insufficientScopeIsNotAReasonToRefresh() {
    server.respond(
        "/echo",
        new Canned(
            401,
            Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"admin\""),
            ""));
    EchoApi api = client("scope-" + System.nanoTime());

    assertThrows(FeignException.Unauthorized.class, () -> api.echo("x"));

    assertEquals(1, requestsTo("/echo"));
    assertEquals(1, requestsTo("/token"));
  }

  @Test
  void aRetryReplaysTheRequestBody() {
    server.respond("/items", new Canned(401, Map.of(), ""));
    EchoApi api = client("body-" + System.nanoTime());

    assertThrows(FeignException.Unauthorized.class, () -> api.create(new EchoApi.Item("bolt", 3)));

    List<LoopbackServer.Recorded> posts =
        server.requests().stream().filter(r -> r.pathAndQuery().equals("/items")).toList();
    assertEquals(2, posts.size());
    assertEquals(posts.get(0).body(), posts.get(1).body());
    assertTrue(posts.get(1).body().contains("\"bolt\""), posts.get(1).body());
    assertEquals(2, requestsTo("/token"));
  }

  @Test
  void tokenRequestsAreLoggedWithClientIdAndTokenUrlOnly() {
    try (LogLines log = LogLines.of("io.authwire.runtime.internal.token.TokenCache")) {
      String clientId = "logged-" + System.nanoTime();
      server.respond("/echo", new Canned(200, Map.of(), "ok"));

      client(clientId).echo("x");

      String text = log.text();
      assertTrue(text.contains(clientId), text);
      assertTrue(text.contains(server.url() + "/token"), text);
      assertFalse(text.contains(SECRET), text);
      assertFalse(text.contains("tok\""), text);
      assertFalse(text.contains("Bearer tok"), text);
    }
  }
}
