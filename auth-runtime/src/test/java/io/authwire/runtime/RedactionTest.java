package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.FeignException;
import feign.Logger;
import feign.Retryer;
import io.authwire.runtime.LoopbackServer.Canned;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No credential reaches a log line, an exception or a toString(), whatever the log level. */
class RedactionTest {
  private static final String KEY = "sk_live_never_print_me";
  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        LoopbackServer.start()
            .respond("/echo", new Canned(200, Map.of(), "ok"))
            .respond("/items", new Canned(401, Map.of(), "bad key"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private EchoApi client(ApiKeyConfig config, CapturingLogger logger, Logger.Level level) {
    return AuthwireClient.builder(EchoApi.class, EchoApi.class, config)
        .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", server.url()))
        .feign(feign -> feign.logger(logger).logLevel(level))
        .build()
        .api();
  }

  @ParameterizedTest
  @EnumSource(Logger.Level.class)
  void authorizationHeaderIsRedactedAtEveryLevel(Logger.Level level) {
    CapturingLogger logger = new CapturingLogger();

    client(AuthConfig.apiKey("WEATHER"), logger, level).echo("x");

    assertEquals("Bearer " + KEY, server.lastRequest().header("Authorization"));
    assertFalse(logger.text().contains(KEY), logger.text());
    if (level.compareTo(Logger.Level.HEADERS) >= 0) {
      assertTrue(logger.text().contains("Authorization: <redacted>"), logger.text());
    }
  }

  @Test
  void apiKeyHeaderIsRedacted() {
    CapturingLogger logger = new CapturingLogger();

    client(AuthConfig.apiKey("WEATHER").header("X-API-Key"), logger, Logger.Level.FULL).echo("x");

    assertEquals(KEY, server.lastRequest().header("X-API-Key"));
    assertTrue(logger.text().contains("X-API-Key: <redacted>"), logger.text());
    assertFalse(logger.text().contains(KEY), logger.text());
  }

  @Test
  void apiKeyQueryParameterIsRedacted() {
    CapturingLogger logger = new CapturingLogger();

    client(AuthConfig.apiKey("WEATHER").query("api_key"), logger, Logger.Level.FULL).echo("x");

    assertTrue(server.lastRequest().pathAndQuery().contains("api_key=" + KEY));
    assertTrue(logger.text().contains("api_key=<redacted>"), logger.text());
    assertFalse(logger.text().contains(KEY), logger.text());
  }

  @Test
  void proxyAuthorizationSetByTheCallerIsSentButRedacted() {
    CapturingLogger logger = new CapturingLogger();

    client(AuthConfig.apiKey("WEATHER").header("X-API-Key"), logger, Logger.Level.FULL)
        .viaProxy("Basic cHJveHk6c2VjcmV0");

    assertEquals("Basic cHJveHk6c2VjcmV0", server.lastRequest().header("Proxy-Authorization"));
    assertTrue(logger.text().contains("Proxy-Authorization: <redacted>"), logger.text());
    assertFalse(logger.text().contains("cHJveHk6c2VjcmV0"), logger.text());
  }

  @Test
  void unauthorizedNamesTheVariableAndHidesTheKey() {
    CapturingLogger logger = new CapturingLogger();
    EchoApi api = client(AuthConfig.apiKey("WEATHER").query("api_key"), logger, Logger.Level.FULL);

    FeignException.Unauthorized e =
        assertThrows(FeignException.Unauthorized.class, () -> api.create(new EchoApi.Item("a", 1)));

    assertEquals(401, e.status());
    assertTrue(e.getMessage().contains("check WEATHER_API_KEY"), e.getMessage());
    assertFalse(everything(e).contains(KEY), everything(e));
    assertFalse(e.request().url().contains(KEY));
    assertFalse(logger.text().contains(KEY), logger.text());
  }

  @Test
  void forbiddenNamesTheVariables() {
    server.respond("/items", new Canned(403, Map.of(), "nope"));
    EchoApi api =
        AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.basic("API"))
            .env(Map.of("API_USER", "u", "API_PASS", KEY, "API_BASE_URL", server.url()))
            .build()
            .api();

    FeignException.Forbidden e =
        assertThrows(FeignException.Forbidden.class, () -> api.create(new EchoApi.Item("a", 1)));

    assertTrue(e.getMessage().contains("API_USER and API_PASS"), e.getMessage());
    assertFalse(everything(e).contains(KEY));
    assertEquals(1, server.requests().size(), "403 is never retried");
  }

  @Test
  void ioErrorsCarryNoCredential() throws Exception {
    CapturingLogger logger = new CapturingLogger();
    String deadUrl = server.url();
    server.close();
    EchoApi api =
        AuthwireClient.builder(
                EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER").query("api_key"))
            .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", deadUrl))
            .feign(
                feign ->
                    feign.logger(logger).logLevel(Logger.Level.FULL).retryer(Retryer.NEVER_RETRY))
            .build()
            .api();

    FeignException e = assertThrows(FeignException.class, () -> api.echo("x"));

    assertFalse(everything(e).contains(KEY), everything(e));
    assertFalse(logger.text().contains(KEY), logger.text());
  }

  /** The message, causes and stack trace as a person would read them. */
  static String everything(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @Test
  void anErrorBodyThatEchoesTheKeyIsRedactedBeforeFeignQuotesIt() {
    server.respond(
        "/items", new Canned(400, Map.of(), "{\"error\":\"key " + KEY + " is not valid here\"}"));
    EchoApi api = client(AuthConfig.apiKey("WEATHER"), new CapturingLogger(), Logger.Level.NONE);

    FeignException e =
        assertThrows(FeignException.class, () -> api.create(new EchoApi.Item("a", 1)));

    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("key <redacted> is not valid here"), e.getMessage());
    assertFalse(everything(e).contains(KEY));
    assertFalse(e.contentUTF8().contains(KEY));
  }
}
