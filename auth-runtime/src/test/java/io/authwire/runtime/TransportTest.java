package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Client;
import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.Retryer;
import io.authwire.runtime.LoopbackServer.Canned;
import io.authwire.runtime.LoopbackServer.Recorded;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials stay with their origin, against two real loopback servers. */
class TransportTest {
  private static final String KEY = "key-for-origin-a-only";
  private LoopbackServer origin;
  private LoopbackServer other;

  @BeforeEach
  void start() throws Exception {
    origin = LoopbackServer.start("127.0.0.1");
    other = LoopbackServer.start("127.0.0.2");
    other.respond("/landing", new Canned(200, Map.of(), "landed"));
    origin.respond("/landing", new Canned(200, Map.of(), "home"));
  }

  @AfterEach
  void stop() {
    origin.close();
    other.close();
  }

  private EchoApi client(ApiKeyConfig config) {
    return AuthwireClient.builder(EchoApi.class, EchoApi.class, config)
        .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", origin.url()))
        .build()
        .api();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void noCredentialFollowsARedirectToAnotherHost(int status) {
    origin.respond("/echo", Canned.redirect(status, other.url() + "/landing"));

    String header = client(AuthConfig.apiKey("WEATHER").header("X-API-Key")).echo("x");
    String query = client(AuthConfig.apiKey("WEATHER").query("api_key")).echo("x");
    String bearer = client(AuthConfig.apiKey("WEATHER")).echo("x");

    assertEquals(List.of("landed", "landed", "landed"), List.of(header, query, bearer));
    assertEquals(3, other.requests().size());
    for (Recorded request : other.requests()) {
      assertNull(request.header("X-API-Key"));
      assertNull(request.header("Authorization"));
      assertFalse(request.pathAndQuery().contains(KEY), request.pathAndQuery());
    }
    assertEquals(KEY, origin.requests().get(0).header("X-API-Key"));
  }

  @Test
  void theCredentialFollowsARedirectWithinTheOrigin() {
    origin.respond("/echo", Canned.redirect(302, "/landing"));

    assertEquals("home", client(AuthConfig.apiKey("WEATHER").header("X-API-Key")).echo("x"));
    assertEquals("home", client(AuthConfig.apiKey("WEATHER").query("api_key")).echo("x"));

    assertEquals(KEY, origin.requests().get(1).header("X-API-Key"));
    assertEquals("/landing?api_key=" + KEY, origin.requests().get(3).pathAndQuery());
  }

  @Test
  void anotherPortIsAnotherOrigin() throws Exception {
    try (LoopbackServer samehost = LoopbackServer.start("127.0.0.1")) {
      samehost.respond("/landing", new Canned(200, Map.of(), "port"));
      origin.respond("/echo", Canned.redirect(307, samehost.url() + "/landing"));

      assertEquals("port", client(AuthConfig.apiKey("WEATHER")).echo("x"));
      assertNull(samehost.lastRequest().header("Authorization"));
    }
  }

  @Test
  void redirectsAreNotFollowedWhenTheUserTurnsThemOff() {
    origin.respond("/echo", Canned.redirect(302, other.url() + "/landing"));
    EchoApi api =
        AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER"))
            .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", origin.url()))
            .feign(
                feign ->
                    feign.options(
                        new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false)))
            .build()
            .api();

    FeignException e = assertThrows(FeignException.class, () -> api.echo("x"));
    assertEquals(302, e.status());
    assertTrue(other.requests().isEmpty());
  }

  @Test
  void aRedirectFromHttpsToHttpIsNotFollowed(@TempDir Path directory) throws Exception {
    other.respond("/landing", new Canned(200, Map.of(), "downgraded"));
    try (TlsServer secure = TlsServer.redirecting(directory, "/echo", other.url() + "/landing")) {
      EchoApi api =
          AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER"))
              .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", secure.url()))
              .feign(
                  feign ->
                      feign.client(
                          new Client.Default(
                              secure.sslContext().getSocketFactory(),
                              (host, session) -> true,
                              false)))
              .build()
              .api();

      FeignException e = assertThrows(FeignException.class, () -> api.echo("x"));

      assertEquals(302, e.status());
      assertTrue(other.requests().isEmpty(), "nothing went to the http server");
    }
  }

  @Test
  void everyCallHasATenSecondTimeoutByDefaultAndRedirectsAreHandledByAuthwire() {
    List<Request.Options> seen = new CopyOnWriteArrayList<>();
    Client recording =
        (request, options) -> {
          seen.add(options);
          return Response.builder()
              .status(200)
              .headers(Map.of())
              .body("ok", java.nio.charset.StandardCharsets.UTF_8)
              .request(request)
              .build();
        };
    EchoApi api =
        AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER"))
            .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", "https://api.example.com"))
            .feign(feign -> feign.client(recording))
            .build()
            .api();

    api.echo("x");

    Request.Options options = seen.get(0);
    assertEquals(10_000, options.connectTimeoutMillis());
    assertEquals(10_000, options.readTimeoutMillis());
    assertFalse(options.isFollowRedirects(), "the user's client must not follow redirects itself");
  }

  @Test
  void aSlowServerTimesOutAsConfigured() throws Exception {
    try (java.net.ServerSocket silent =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      EchoApi api =
          AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER"))
              .env(
                  Map.of(
                      "WEATHER_API_KEY",
                      KEY,
                      "WEATHER_BASE_URL",
                      "http://127.0.0.1:" + silent.getLocalPort()))
              .feign(
                  feign ->
                      feign
                          .options(
                              new Request.Options(
                                  200, TimeUnit.MILLISECONDS, 200, TimeUnit.MILLISECONDS, true))
                          .retryer(Retryer.NEVER_RETRY))
              .build()
              .api();

      FeignException e = assertThrows(FeignException.class, () -> api.echo("x"));

      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }
  }
}
