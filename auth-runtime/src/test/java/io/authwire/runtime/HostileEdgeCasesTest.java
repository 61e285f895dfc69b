package io.authwire.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import io.authwire.ClientAuth;
import io.authwire.runtime.HostileServer.Behaviour;
import io.authwire.runtime.internal.token.TokenCache;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a hostile API or token endpoint tried, in an adversarial review, and what holds. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileEdgeCasesTest {
  private static final String KEY = "sk_live_review_5678abcd";
  private static final String SECRET = "review-client-secret-9f8e7d";
  private static final Request.Options FOLLOW =
      new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, true);

  private final CapturingLogger logger = new CapturingLogger();
  private HostileServer api;

  @BeforeEach
  void start() throws IOException {
    api = HostileServer.start("127.0.0.1");
  }

  @AfterEach
  void stop() throws IOException {
    api.close();
  }

  private EchoApi client(
      AuthConfig config, Map<String, String> env, Consumer<Feign.Builder> feign) {
    Map<String, String> all = new HashMap<>(env);
    all.put(config.envPrefix() + "_BASE_URL", api.url());
    return AuthwireClient.builder(EchoApi.class, EchoApi.class, config)
        .env(all)
        .feign(
            f ->
                f.logger(logger)
                    .logLevel(Logger.Level.FULL)
                    .retryer(Retryer.NEVER_RETRY)
                    .options(FOLLOW))
        .feign(feign)
        .build()
        .api();
  }

  private EchoApi apiKeyClient(Consumer<Feign.Builder> feign) {
    return client(AuthConfig.apiKey("WEATHER"), Map.of("WEATHER_API_KEY", KEY), feign);
  }

  private EchoApi clientCredentials(ClientAuth auth, String path, Consumer<Feign.Builder> feign) {
    return client(
        AuthConfig.clientCredentials("BILLING").clientAuth(auth),
        Map.of(
            "BILLING_CLIENT_ID", "review-client-" + System.nanoTime(),
            "BILLING_CLIENT_SECRET", SECRET,
            "BILLING_TOKEN_URL", api.url() + path),
        feign);
  }

  private String shown(Throwable e) {
    return RedactionTest.everything(e) + "\n" + logger.text();
  }

  private static void write(java.net.Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(UTF_8));
    out.flush();
  }

  /**
   * A token_type the endpoint sends back is quoted like error_description: redacted, without
   * control characters, cut short.
   */
  @Test
  void aTokenTypeFromTheEndpointIsRedactedStrippedAndCut() {
    api.on(
        "/token-type",
        Behaviour.json(
            200,
            "{\"access_token\":\"abc\",\"token_type\":\""
                + SECRET
                + "\\r\\nWARNING: forged line"
                + "x".repeat(300)
                + "\"}"));
    try (LogLines warnings = LogLines.of(TokenCache.class.getName())) {
      TokenRequestException e =
          assertThrows(
              TokenRequestException.class,
              () ->
                  clientCredentials(ClientAuth.CLIENT_SECRET_POST, "/token-type", f -> {})
                      .echo("x"));
      String everything = shown(e) + warnings.text();
      assertFalse(everything.contains(SECRET), "client secret shown:\n" + e.getMessage());
      assertTrue(
          e.getMessage().chars().noneMatch(Character::isISOControl),
          "control characters in message");
      assertTrue(
          e.getMessage().length() < 1000, "message of " + e.getMessage().length() + " chars");
    }
  }

  /**
   * A Content-Length says nothing of a chunked or compressed body: every body is redacted as it is
   * read.
   */
  @Test
  void aChunkedBodyIsRedactedWhateverItsContentLengthSays() {
    String body = "you sent " + KEY;
    api.on(
        "/echo",
        (request, socket) ->
            write(
                socket,
                "HTTP/1.1 400 Bad\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + Integer.toHexString(body.getBytes(UTF_8).length)
                    + "\r\n"
                    + body
                    + "\r\n0\r\n\r\n"));
    EchoApi client = apiKeyClient(f -> {});

    FeignException e = assertThrows(FeignException.class, () -> client.echo("x"));

    assertEquals(400, e.status());
    assertFalse(shown(e).contains(KEY), "key shown:\n" + shown(e));
  }

  /** An Error from the user's client is redacted like an exception, and stays an Error. */
  @Test
  void anErrorThrownByTheUsersClientIsRedacted() {
    Client failing =
        (request, options) -> {
          throw new AssertionError("unexpected request " + request.headers());
        };
    EchoApi client = apiKeyClient(f -> f.client(failing));

    Throwable e = assertThrows(Throwable.class, () -> client.echo("x"));

    assertTrue(shown(e).contains("unexpected request"), shown(e));
    assertFalse(shown(e).contains(KEY), "key shown:\n" + shown(e));
  }

  /**
   * A Location whose port no socket can have is not followed: the 3xx reaches Feign as it came,
   * redacted.
   */
  @Test
  void aLocationWithAPortNoSocketCanHaveIsHandedOnUnfollowed() {
    api.on("/echo", Behaviour.redirect(302, "http://127.0.0.1:99999/x"));
    EchoApi client = apiKeyClient(f -> {});

    Throwable e = assertThrows(Throwable.class, () -> client.echo("x"));

    assertInstanceOf(FeignException.class, e, "got " + e);
  }

  /** A server that reflects the key in a header name gets it redacted there too. */
  @Test
  void aHeaderNameThatEchoesTheKeyIsRedacted() {
    api.on("/echo", Behaviour.respond(400, Map.of("X-Seen-" + KEY, "1"), "no"));
    EchoApi client = apiKeyClient(f -> {});

    FeignException e = assertThrows(FeignException.class, () -> client.echo("x"));

    String all = shown(e) + e.responseHeaders();
    assertFalse(all.contains(KEY), "key shown:\n" + all);
  }

  /**
   * A timeout of 0 means none to Feign; a token request still gets a deadline, and it is not zero.
   */
  @Test
  void timeoutsOfZeroStillLetATokenRequestFinish() {
    api.on(
        "/token-zero",
        Behaviour.json(
            200, "{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":600}"));
    api.on("/echo", Behaviour.respond(200, Map.of(), "ok"));
    EchoApi client =
        clientCredentials(
            ClientAuth.CLIENT_SECRET_BASIC,
            "/token-zero",
            f -> f.options(new Request.Options(0, TimeUnit.SECONDS, 0, TimeUnit.SECONDS, true)));

    assertEquals("ok", client.echo("x"));
  }

  /**
   * Clients with other envPrefixes share one token: each client's failure names its own variables.
   */
  @Test
  void aSharedTokenNamesEachClientsOwnVariables() {
    api.on("/token-shared", Behaviour.json(401, "{\"error\":\"invalid_client\"}"));
    String id = "shared-" + System.nanoTime();
    Map<String, String> billing =
        Map.of(
            "BILLING_CLIENT_ID",
            id,
            "BILLING_CLIENT_SECRET",
            SECRET,
            "BILLING_TOKEN_URL",
            api.url() + "/token-shared");
    Map<String, String> payments =
        Map.of(
            "PAYMENTS_CLIENT_ID",
            id,
            "PAYMENTS_CLIENT_SECRET",
            SECRET,
            "PAYMENTS_TOKEN_URL",
            api.url() + "/token-shared");
    EchoApi first = client(AuthConfig.clientCredentials("BILLING"), billing, f -> {});
    EchoApi second = client(AuthConfig.clientCredentials("PAYMENTS"), payments, f -> {});

    TokenRequestException e = assertThrows(TokenRequestException.class, () -> second.echo("x"));

    assertTrue(first != null);
    assertEquals(
        List.of("PAYMENTS_CLIENT_ID", "PAYMENTS_CLIENT_SECRET"), e.variables(), e.getMessage());
  }

  /**
   * A secret holding a soft hyphen, echoed in error_description, is redacted before any character
   * is stripped.
   */
  @Test
  void aSecretHoldingAFormatCharacterIsRedactedWhenEchoed() {
    String secret = "Corr3ct\u00ADHorse-Battery-Staple-42";
    String shownSecret = "Corr3ctHorse-Battery-Staple-42";
    api.on(
        "/token-shy",
        Behaviour.json(
            401,
            "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + secret + "\"}"));
    EchoApi client =
        client(
            AuthConfig.clientCredentials("BILLING").clientAuth(ClientAuth.CLIENT_SECRET_POST),
            Map.of(
                "BILLING_CLIENT_ID", "shy-" + System.nanoTime(),
                "BILLING_CLIENT_SECRET", secret,
                "BILLING_TOKEN_URL", api.url() + "/token-shy"),
            f -> {});

    TokenRequestException e = assertThrows(TokenRequestException.class, () -> client.echo("x"));

    assertTrue(e.getMessage().contains("bad secret"), e.getMessage());
    assertFalse(shown(e).contains(shownSecret), "secret shown:\n" + e.getMessage());
  }
}
