package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authwire.runtime.LoopbackServer.Canned;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyAuthTest {
  private static final String KEY = "k3y-not-for-logs";
  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server = LoopbackServer.start().respond("/echo", new Canned(200, Map.of(), "ok"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private EchoApi client(ApiKeyConfig config, String key) {
    return AuthwireClient.builder(EchoApi.class, EchoApi.class, config)
        .env(Map.of("WEATHER_API_KEY", key, "WEATHER_BASE_URL", server.url()))
        .build()
        .api();
  }

  @Test
  void sendsTheKeyAsBearerTokenByDefault() {
    client(AuthConfig.apiKey("WEATHER"), "abc123").echo("x");

    assertEquals("Bearer abc123", server.lastRequest().header("Authorization"));
  }

  @Test
  void sendsTheKeyInANamedHeaderWithoutScheme() {
    client(AuthConfig.apiKey("WEATHER").header("X-API-Key"), "abc123").echo("x");

    assertEquals("abc123", server.lastRequest().header("X-API-Key"));
    assertNull(server.lastRequest().header("Authorization"));
  }

  @Test
  void usesACustomSchemeWithTheAuthorizationHeader() {
    client(AuthConfig.apiKey("WEATHER").scheme("Token"), "abc123").echo("x");

    assertEquals("Token abc123", server.lastRequest().header("Authorization"));
  }

  @Test
  void sendsTheKeyAsQueryParameterEncoded() {
    client(AuthConfig.apiKey("WEATHER").query("api_key"), "a b&c=d/\u00e9" + KEY).echo("paris");

    String sent = server.lastRequest().pathAndQuery();
    assertTrue(sent.startsWith("/echo?q=paris&api_key="), sent);
    String encoded = sent.substring(sent.indexOf("api_key=") + "api_key=".length());
    assertEquals(
        "a b&c=d/\u00e9" + KEY,
        java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8));
    assertNull(server.lastRequest().header("Authorization"));
  }

  @Test
  void replacesAnApiKeyParameterTheCallerPutInTheQuery() {
    EchoApi api = client(AuthConfig.apiKey("WEATHER").query("q"), "secret");

    api.echo("caller-value");

    assertEquals("/echo?q=secret", server.lastRequest().pathAndQuery());
  }

  @Test
  void readsTheBaseUrlFromTheAnnotationWhenTheVariableIsUnset() {
    EchoApi api =
        AuthwireClient.builder(
                EchoApi.class,
                EchoApi.class,
                AuthConfig.apiKey("WEATHER").baseUrl(server.url() + "/"))
            .env(Map.of("WEATHER_API_KEY", "abc"))
            .build()
            .api();

    assertEquals("ok", api.echo("x"));
    assertEquals("/echo?q=x", server.lastRequest().pathAndQuery());
  }

  @Test
  void builderBaseUrlWinsOverVariableAndAnnotation() {
    EchoApi api =
        AuthwireClient.builder(
                EchoApi.class,
                EchoApi.class,
                AuthConfig.apiKey("WEATHER").baseUrl("https://annotation.invalid"))
            .env(Map.of("WEATHER_API_KEY", "abc", "WEATHER_BASE_URL", "https://variable.invalid"))
            .baseUrl(server.url())
            .build()
            .api();

    api.echo("x");
    assertEquals(1, server.requests().size());
  }

  @Test
  void toStringNamesInterfaceAndBaseUrlButNoSecret() {
    AuthwireClient<EchoApi> client =
        AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER"))
            .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", server.url()))
            .build();

    assertTrue(client.toString().contains(EchoApi.class.getName()), client.toString());
    assertTrue(client.toString().contains(server.url()), client.toString());
    assertFalse(client.toString().contains(KEY));
    assertFalse(client.api().toString().contains(KEY));
  }
}
