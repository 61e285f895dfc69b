package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authwire.runtime.LoopbackServer.Canned;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Variables from a lookup the user supplies, the advice that fits it, and token events. */
class VariableSourceTest {
  private static AuthwireClient.Builder<EchoApi> basic() {
    return AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.basic("API"));
  }

  @Test
  void aClientReadsItsVariablesFromAnyLookup() throws Exception {
    Map<String, String> store =
        Map.of("API_USER", "u", "API_PASS", "p", "API_BASE_URL", "https://api.example.com");
    List<String> asked = new CopyOnWriteArrayList<>();

    AuthwireClient<EchoApi> client =
        basic()
            .variables(
                name -> {
                  asked.add(name);
                  return Optional.ofNullable(store.get(name));
                })
            .build();

    assertEquals("https://api.example.com", client.baseUrl());
    assertTrue(
        asked.containsAll(List.of("API_USER", "API_PASS", "API_BASE_URL")), asked.toString());
  }

  @Test
  void orFallsBackForWhatTheFirstSourceLacksAndANullAnswerIsUnset() {
    VariableSource first = name -> name.equals("API_USER") ? Optional.of("u") : null;
    VariableSource second =
        VariableSource.of(Map.of("API_USER", "ignored", "API_PASS", "p", "API_BASE_URL", " "));

    MissingCredentialsException e =
        assertThrows(
            MissingCredentialsException.class, () -> basic().variables(first.or(second)).build());

    assertEquals(List.of("API_BASE_URL"), e.missingVariables());
    assertEquals("EchoApi", e.client());
    assertTrue(
        e.getMessage()
            .endsWith(
                "Set them where the VariableSource given to variables(VariableSource) finds"
                    + " them."),
        e.getMessage());
  }

  @Test
  void systemPropertiesAreASource() {
    System.setProperty("SYSPROP_API_KEY", "k");
    try {
      AuthwireClient<EchoApi> client =
          AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("SYSPROP"))
              .baseUrl("https://api.example.com")
              .variables(VariableSource.systemProperties())
              .build();
      assertEquals("https://api.example.com", client.baseUrl());
    } finally {
      System.clearProperty("SYSPROP_API_KEY");
    }
  }

  @Test
  void theAdviceNamesWhereVariablesWereRead() {
    MissingCredentialsException fromMap =
        assertThrows(MissingCredentialsException.class, () -> basic().env(Map.of()).build());
    assertTrue(
        fromMap.getMessage().endsWith("Set them in the map given to env(Map)."),
        fromMap.getMessage());

    MissingCredentialsException invalidOnly =
        assertThrows(
            MissingCredentialsException.class,
            () ->
                basic()
                    .env(Map.of("API_USER", "u", "API_PASS", "p", "API_BASE_URL", "not a url"))
                    .build());
    assertTrue(
        invalidOnly.getMessage().endsWith("Correct them in the map given to env(Map)."),
        invalidOnly.getMessage());

    MissingCredentialsException fromEnvironment =
        assertThrows(
            MissingCredentialsException.class,
            () ->
                AuthwireClient.builder(
                        EchoApi.class, EchoApi.class, AuthConfig.basic("UNSET_EVERYWHERE_4711"))
                    .build());
    assertTrue(
        fromEnvironment.getMessage().contains("Set them in the environment or in "),
        fromEnvironment.getMessage());
    assertTrue(fromEnvironment.getMessage().contains(".env"), fromEnvironment.getMessage());
  }

  @Test
  void tokenListenersHearOfEveryTokenRequestAndNeverOfASecret() throws Exception {
    String secret = "listener-secret-" + System.nanoTime();
    try (LoopbackServer server = LoopbackServer.start()) {
      server.respond(
          "/token",
          Canned.json(
              "{\"access_token\":\"tok-123\",\"token_type\":\"Bearer\",\"expires_in\":600}"));
      server.respond("/echo", new Canned(200, Map.of(), "ok"));
      List<TokenRequestEvent> events = new CopyOnWriteArrayList<>();
      EchoApi api =
          listened(server, secret)
              .tokenListener(events::add)
              .tokenListener(
                  event -> {
                    throw new IllegalStateException("a listener that fails changes nothing");
                  })
              .build()
              .api();

      assertEquals("ok", api.echo("x"));

      assertEquals(1, events.size());
      TokenRequestEvent event = events.get(0);
      assertEquals("EchoApi", event.client());
      assertTrue(event.succeeded());
      assertFalse(event.latency().isNegative());
      assertFalse(event.toString().contains(secret));
      assertFalse(event.toString().contains("tok-123"));
    }
  }

  @Test
  void aFailedTokenRequestIsAnEventWithItsFailure() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      server.respond(
          "/token",
          new Canned(
              401, Map.of("Content-Type", "application/json"), "{\"error\":\"invalid_client\"}"));
      List<TokenRequestEvent> events = new CopyOnWriteArrayList<>();
      EchoApi api = listened(server, "s").tokenListener(events::add).build().api();

      assertThrows(TokenRequestException.class, () -> api.echo("x"));

      assertEquals(1, events.size());
      assertEquals(
          Optional.of("invalid_client"),
          events.get(0).failure().flatMap(TokenRequestException::error));
    }
  }

  /** A client-credentials client of its own (a fresh client id, so no shared token) for events. */
  private static AuthwireClient.Builder<EchoApi> listened(LoopbackServer server, String secret) {
    return AuthwireClient.builder(
            EchoApi.class, EchoApi.class, AuthConfig.clientCredentials("BILLING"))
        .env(
            Map.of(
                "BILLING_CLIENT_ID",
                "listened-" + System.nanoTime(),
                "BILLING_CLIENT_SECRET",
                secret,
                "BILLING_TOKEN_URL",
                server.url() + "/token",
                "BILLING_BASE_URL",
                server.url()));
  }
}
