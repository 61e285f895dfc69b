package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.Request;
import io.authwire.ClientAuth;
import io.authwire.runtime.LoopbackServer.Canned;
import io.authwire.runtime.internal.token.AccessToken;
import io.authwire.runtime.internal.token.Ticker;
import io.authwire.runtime.internal.token.TokenCache;
import io.authwire.runtime.internal.token.TokenEndpoint;
import io.authwire.runtime.internal.token.TokenRequest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the token request sends, and every way a token endpoint's answer can be wrong. */
class TokenEndpointTest {
  private static final String SECRET = "s3cr&t:=+ %";
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final long ISSUED_AT_NANOS = 42_000_000_000L;
  private static final Request.Options ONE_SECOND =
      new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, true);
  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server = LoopbackServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TokenEndpoint endpoint(ClientAuth auth, List<String> scopes) {
    TokenRequest request =
        new TokenRequest(server.url() + "/token", "my client", SECRET, scopes, auth);
    return new TokenEndpoint(
        new Client.Default(null, null, false),
        request,
        Clock.fixed(NOW, ZoneOffset.UTC),
        () -> ISSUED_AT_NANOS);
  }

  /** What a client with envPrefix BILLING sees of the endpoint's answers. */
  private static TokenRequestException failureSeenByClient(
      TokenEndpoint endpoint, Request.Options options) {
    ClientTokens tokens =
        new ClientTokens(
            new TokenCache(endpoint, Ticker.SYSTEM, Runnable::run),
            Duration.ofSeconds(60),
            "BILLING");
    return assertThrows(TokenRequestException.class, () -> tokens.credential(options));
  }

  private TokenEndpoint endpoint() {
    return endpoint(ClientAuth.CLIENT_SECRET_BASIC, List.of());
  }

  private void answer(Canned canned) {
    server.respond("/token", canned);
  }

  @Test
  void clientSecretBasicFormEncodesIdAndSecretBeforeBase64() {
    answer(Canned.json("{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":60}"));

    endpoint(ClientAuth.CLIENT_SECRET_BASIC, List.of("read", "write")).fetch(ONE_SECOND);

    LoopbackServer.Recorded request = server.lastRequest();
    assertEquals("POST", request.method());
    assertEquals("application/x-www-form-urlencoded", request.header("Content-Type"));
    String basic = request.header("Authorization").substring("Basic ".length());
    String pair = new String(Base64.getDecoder().decode(basic), StandardCharsets.UTF_8);
    assertEquals("my+client:s3cr%26t%3A%3D%2B+%25", pair);
    assertEquals("grant_type=client_credentials&scope=read+write", request.body());
  }

  @Test
  void clientSecretPostSendsIdAndSecretInTheForm() {
    answer(Canned.json("{\"access_token\":\"t\",\"token_type\":\"Bearer\"}"));

    endpoint(ClientAuth.CLIENT_SECRET_POST, List.of()).fetch(ONE_SECOND);

    LoopbackServer.Recorded request = server.lastRequest();
    assertEquals(null, request.header("Authorization"));
    Map<String, String> form = form(request.body());
    assertEquals("client_credentials", form.get("grant_type"));
    assertEquals("my client", form.get("client_id"));
    assertEquals(SECRET, form.get("client_secret"));
  }

  @ParameterizedTest(name = "expires_in {0} means {1} s")
  @CsvSource({
    "'', 3600",
    "120, 120",
    "'\"90\"', 90",
    "0, 1",
    "-30, 1",
    "1e300, 86400",
    "'\"soon\"', 3600"
  })
  void expiresInIsReadLenientlyAndClamped(String expiresIn, long seconds) {
    String field = expiresIn.isEmpty() ? "" : ",\"expires_in\":" + expiresIn;
    answer(Canned.json("{\"access_token\":\"t\",\"token_type\":\"Bearer\"" + field + "}"));

    AccessToken token = endpoint().fetch(ONE_SECOND);

    assertEquals(ISSUED_AT_NANOS + Duration.ofSeconds(seconds).toNanos(), token.expiresAtNanos());
    assertFalse(token.toString().contains("Bearer t"));
  }

  private TokenRequestException failure(Canned canned) {
    answer(canned);
    TokenRequestException e = failureSeenByClient(endpoint(), ONE_SECOND);
    assertFalse(RedactionTest.everything(e).contains(SECRET), RedactionTest.everything(e));
    return e;
  }

  @Test
  void invalidClientNamesIdAndSecretWithoutShowingTheSecret() {
    TokenRequestException e =
        failure(
            new Canned(
                401,
                Map.of("Content-Type", "application/json"),
                "{\"error\":\"invalid_client\",\"error_description\":\"bad secret "
                    + SECRET
                    + "\"}"));

    assertEquals("invalid_client", e.error().orElseThrow());
    assertEquals(401, e.status());
    assertEquals(List.of("BILLING_CLIENT_ID", "BILLING_CLIENT_SECRET"), e.variables());
    assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
    assertTrue(e.getMessage().contains("BILLING_CLIENT_SECRET"), e.getMessage());
  }

  @Test
  void unauthorizedClientNamesTheClientId() {
    TokenRequestException e =
        failure(new Canned(400, Map.of(), "{\"error\":\"unauthorized_client\"}"));

    assertEquals(List.of("BILLING_CLIENT_ID"), e.variables());
  }

  @Test
  void htmlIsNotAToken() {
    TokenRequestException e =
        failure(new Canned(200, Map.of("Content-Type", "text/html"), "<html>login</html>"));

    assertTrue(
        e.getMessage().contains("not a JSON object (Content-Type text/html)"), e.getMessage());
  }

  @Test
  void anOversizedBodyIsRefused() {
    TokenRequestException e =
        failure(Canned.json("{\"access_token\":\"" + "a".repeat(1024 * 1024) + "\"}"));

    assertTrue(e.getMessage().contains("over 1048576 bytes"), e.getMessage());
  }

  @Test
  void aMissingAccessTokenIsAnError() {
    TokenRequestException e = failure(Canned.json("{\"token_type\":\"Bearer\"}"));

    assertTrue(e.getMessage().contains("without an access_token"), e.getMessage());
  }

  @Test
  void onlyBearerTokensAreAccepted() {
    TokenRequestException e =
        failure(Canned.json("{\"access_token\":\"t\",\"token_type\":\"mac\"}"));

    assertTrue(e.getMessage().contains("only Bearer tokens are supported"), e.getMessage());
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    try (LoopbackServer elsewhere = LoopbackServer.start("127.0.0.2")) {
      elsewhere.respond("/token", Canned.json("{\"access_token\":\"t\"}"));
      TokenRequestException e = failure(Canned.redirect(302, elsewhere.url() + "/token"));

      assertTrue(e.getMessage().contains("redirect, which is not followed"), e.getMessage());
      assertTrue(elsewhere.requests().isEmpty(), "the secret never reached the redirect target");
    }
  }

  @Test
  void serverErrorsCarryTheStatusAndRetryAfter() {
    TokenRequestException e = failure(new Canned(503, Map.of("Retry-After", "7"), "maintenance"));

    assertEquals(503, e.status());
    assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
  }

  @Test
  void aSilentEndpointTimesOut() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      TokenRequest request =
          new TokenRequest(
              "http://127.0.0.1:" + silent.getLocalPort() + "/token",
              "c",
              SECRET,
              List.of(),
              ClientAuth.CLIENT_SECRET_BASIC);
      TokenEndpoint endpoint =
          new TokenEndpoint(
              new Client.Default(null, null, false), request, Clock.systemUTC(), Ticker.SYSTEM);

      TokenRequestException e =
          failureSeenByClient(
              endpoint,
              new Request.Options(200, TimeUnit.MILLISECONDS, 200, TimeUnit.MILLISECONDS, true));

      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
      assertEquals(-1, e.status());
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new java.util.HashMap<>();
    for (String pair : body.split("&")) {
      String[] parts = pair.split("=", 2);
      form.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return form;
  }
}
