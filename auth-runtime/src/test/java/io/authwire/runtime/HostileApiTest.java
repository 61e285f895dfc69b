package io.authwire.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.Retryer;
import io.authwire.ClientAuth;
import io.authwire.runtime.HostileServer.Behaviour;
import io.authwire.runtime.HostileServer.Received;
import io.authwire.runtime.internal.token.TokenCache;
import java.io.FilterInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Servers that echo, redirect oddly and answer unasked (issue #8): a credential reaches no other
 * origin, and no form of it reaches an exception or a FULL log line, whatever the server sends.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileApiTest {
  private static final String KEY = "sk_live_hostile_1234";
  private static final Request.Options FOLLOW =
      new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, true);
  private static final Request.Options DO_NOT_FOLLOW =
      new Request.Options(1, TimeUnit.SECONDS, 1, TimeUnit.SECONDS, false);

  private final CapturingLogger logger = new CapturingLogger();
  private final CountingClient counting = new CountingClient();
  private HostileServer api;
  private HostileServer other;

  @BeforeEach
  void start() throws IOException {
    api = HostileServer.start("127.0.0.1");
    other = HostileServer.start("127.0.0.2");
  }

  @AfterEach
  void stop() throws IOException {
    api.close();
    other.close();
  }

  private EchoApi client(
      AuthConfig config, Map<String, String> env, Consumer<Feign.Builder> feign) {
    Map<String, String> all = new HashMap<>(env);
    all.put(config.envPrefix() + "_BASE_URL", api.url());
    return AuthwireClient.builder(EchoApi.class, EchoApi.class, config)
        .env(all)
        .feign(
            f ->
                f.client(counting)
                    .logger(logger)
                    .logLevel(Logger.Level.FULL)
                    .retryer(Retryer.NEVER_RETRY)
                    .options(FOLLOW))
        .feign(feign)
        .build()
        .api();
  }

  private EchoApi client(AuthConfig config, String key) {
    return client(config, Map.of("WEATHER_API_KEY", key), feign -> {});
  }

  /** The exception with its causes and stack trace, and the FULL log, as a person reads them. */
  private String shown(Throwable e) {
    return RedactionTest.everything(e) + "\n" + logger.text();
  }

  private static void assertHidden(String shown, String... forms) {
    for (String form : forms) {
      assertFalse(shown.contains(form), () -> "shows " + form + ":\n" + shown);
    }
  }

  private static String formEncoded(String value) {
    return URLEncoder.encode(value, UTF_8);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
  }

  static Stream<AuthConfig> placements() {
    return Stream.of(
        AuthConfig.apiKey("WEATHER"),
        AuthConfig.apiKey("WEATHER").header("X-API-Key"),
        AuthConfig.apiKey("WEATHER").query("api_key"));
  }

  // Item 1: a URI parameter is one more way to reach another origin.
  @ParameterizedTest
  @MethodSource("placements")
  void aUriParameterNamingAnotherOriginGetsNoCredential(AuthConfig config) throws IOException {
    api.on("/echo", Behaviour.respond(200, Map.of(), "home"));
    other.on("/echo", Behaviour.respond(200, Map.of(), "other host"));
    try (HostileServer otherPort = HostileServer.start("127.0.0.1")) {
      otherPort.on("/echo", Behaviour.respond(200, Map.of(), "other port"));
      EchoApi client = client(config, KEY);

      assertEquals("other host", client.at(URI.create(other.url())));
      assertEquals("other port", client.at(URI.create(otherPort.url())));
      assertEquals("home", client.at(URI.create(api.url())));

      List<Received> elsewhere = new ArrayList<>(other.received());
      elsewhere.addAll(otherPort.received());
      assertEquals(2, elsewhere.size());
      for (Received request : elsewhere) {
        assertFalse(request.text().contains(KEY), request.text());
        assertEquals(null, request.header("Authorization"));
      }
      assertTrue(api.received().get(0).text().contains(KEY), "the base URL's origin gets the key");
    }
  }

  // Item 5: a redirect that is not followed reaches Feign redacted.
  @ParameterizedTest(name = "followRedirects {0}")
  @ValueSource(booleans = {false, true})
  void aRedirectNotFollowedIsHandedOnWithoutTheKey(boolean follow) {
    // Back to itself, key and all: turned off, or followed until the limit.
    api.on("/echo", Behaviour.redirect(302, Received::target));
    EchoApi client =
        client(
            AuthConfig.apiKey("WEATHER").query("api_key"),
            Map.of("WEATHER_API_KEY", KEY),
            feign -> feign.options(follow ? FOLLOW : DO_NOT_FOLLOW));

    FeignException e = assertThrows(FeignException.class, () -> client.echo("x"));

    assertEquals(302, e.status());
    assertEquals(follow ? 21 : 1, api.count("/echo"));
    assertEquals(
        List.of("/echo?q=x&api_key=<redacted>"), List.copyOf(e.responseHeaders().get("Location")));
    assertHidden(shown(e), KEY);
    counting.assertAllClosed();
  }

  @Test
  void aRedirectFromHttpsToHttpIsHandedOnWithoutTheKey(@TempDir Path directory) throws Exception {
    String location = other.url() + "/landing?api_key=" + KEY;
    try (TlsServer secure = TlsServer.redirecting(directory, "/echo", location)) {
      EchoApi client =
          AuthwireClient.builder(
                  EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER").query("api_key"))
              .env(Map.of("WEATHER_API_KEY", KEY, "WEATHER_BASE_URL", secure.url()))
              .feign(
                  feign ->
                      feign
                          .client(
                              new Client.Default(
                                  secure.sslContext().getSocketFactory(),
                                  (host, session) -> true,
                                  false))
                          .logger(logger)
                          .logLevel(Logger.Level.FULL)
                          .options(FOLLOW))
              .build()
              .api();

      FeignException e = assertThrows(FeignException.class, () -> client.echo("x"));

      assertEquals(302, e.status());
      assertTrue(other.received().isEmpty());
      assertHidden(shown(e), KEY);
    }
  }

  @Test
  void aSuccessfulAnswerThatEchoesTheKeyIsRedactedToo() {
    api.on("/echo", Behaviour.respond(200, Map.of("X-Echo", KEY), "you sent " + KEY));

    String body = client(AuthConfig.apiKey("WEATHER").header("X-API-Key"), KEY).echo("x");

    assertEquals("you sent <redacted>", body);
    assertTrue(
        logger.text().toLowerCase(java.util.Locale.ROOT).contains("x-echo: <redacted>"),
        logger.text());
    assertHidden(logger.text(), KEY);
    counting.assertAllClosed();
  }

  // Item 6: every form in which a key is sent or can come back.
  static Stream<Arguments> echoedKeys() {
    AuthConfig header = AuthConfig.apiKey("WEATHER").header("X-API-Key");
    AuthConfig query = AuthConfig.apiKey("WEATHER").query("api_key");
    String slashes = "sk/live/abc123";
    String spaces = "sk live abc123";
    String accents = "sk-\u00e9t\u00e9-abc123";
    String equals = "sk=live=abc123";
    return Stream.of(
        arguments(
            "JSON-escaped \\/",
            header,
            slashes,
            Behaviour.json(400, "{\"bad\":\"sk\\/live\\/abc123\"}"),
            "sk\\/live\\/abc123"),
        arguments(
            "percent-encoded %20, as sent",
            query, spaces, Behaviour.echo(400), "sk%20live%20abc123"),
        arguments(
            "form-encoded +",
            query,
            spaces,
            Behaviour.json(400, "{\"bad\":\"sk+live+abc123\"}"),
            "sk+live+abc123"),
        arguments(
            "lower-case hex",
            query,
            slashes,
            Behaviour.json(400, "{\"bad\":\"sk%2flive%2fabc123\"}"),
            "sk%2flive%2fabc123"),
        arguments(
            "upper-case hex",
            query,
            slashes,
            Behaviour.json(400, "{\"bad\":\"sk%2Flive%2Fabc123\"}"),
            "sk%2Flive%2Fabc123"),
        arguments(
            "\\u00e9",
            query,
            accents,
            Behaviour.json(400, "{\"bad\":\"sk-\\u00e9t\\u00e9-abc123\"}"),
            "sk-\\u00e9t\\u00e9-abc123"),
        arguments(
            "\\u00E9",
            query,
            accents,
            Behaviour.json(400, "{\"bad\":\"sk-\\u00E9t\\u00E9-abc123\"}"),
            "sk-\\u00E9t\\u00E9-abc123"),
        arguments(
            "HTML-safe JSON \\u003d",
            header,
            equals,
            Behaviour.json(400, "{\"bad\":\"sk\\u003dlive\\u003dabc123\"}"),
            "sk\\u003dlive\\u003dabc123"),
        arguments(
            "raw, in a header",
            header,
            KEY,
            Behaviour.respond(400, Map.of("X-Echo", KEY), ""),
            KEY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("echoedKeys")
  void anEchoedKeyIsRedactedInEveryEncoding(
      String form, AuthConfig config, String key, Behaviour answer, String echoed) {
    api.on("/echo", answer);
    EchoApi client = client(config, key);

    FeignException e = assertThrows(FeignException.class, () -> client.echo("x"));

    assertEquals(400, e.status());
    assertHidden(shown(e), echoed, key);
    assertTrue(shown(e).contains("<redacted>"), shown(e));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"header", "base64", "password"})
  void anEchoedBasicCredentialIsRedacted(String form) {
    String pass = "hunter2-p\u00e4ss";
    String token = base64("ops:" + pass);
    String echoed = Map.of("header", "Basic " + token, "base64", token, "password", pass).get(form);
    api.on("/echo", Behaviour.json(400, "{\"you\":\"" + echoed + "\"}"));
    EchoApi client =
        client(
            AuthConfig.basic("WEATHER"),
            Map.of("WEATHER_USER", "ops", "WEATHER_PASS", pass),
            feign -> {});

    FeignException e = assertThrows(FeignException.class, () -> client.echo("x"));

    assertHidden(shown(e), token, pass);
  }

  @Test
  void theCallersOwnAuthorizationHeaderIsRedactedWhenEchoed() {
    String theirs = "Basic " + base64("me:their-own-pass");
    api.on("/echo", Behaviour.echo(400));
    EchoApi client =
        client(
            AuthConfig.apiKey("WEATHER").header("X-API-Key"),
            Map.of("WEATHER_API_KEY", KEY),
            feign ->
                feign.requestInterceptor(template -> template.header("Authorization", theirs)));

    FeignException e = assertThrows(FeignException.class, () -> client.echo("x"));

    assertEquals(
        theirs, api.received().get(0).header("Authorization"), "sent as the caller set it");
    assertHidden(shown(e), theirs.substring("Basic ".length()), "their-own-pass", KEY);
  }

  // Item 7: a token endpoint that echoes what it received.
  private static final String CLIENT_ID = "my client";
  private static final String SECRET = "cc s3cr&t/=+%";

  private EchoApi clientCredentials(ClientAuth auth, Consumer<Feign.Builder> feign) {
    return client(
        AuthConfig.clientCredentials("BILLING").clientAuth(auth),
        Map.of(
            "BILLING_CLIENT_ID", CLIENT_ID,
            "BILLING_CLIENT_SECRET", SECRET,
            // A path of its own per test: clients with one token URL share their token.
            "BILLING_TOKEN_URL", api.url() + "/token"),
        feign);
  }

  private static String[] secretForms() {
    String basic = base64(formEncoded(CLIENT_ID) + ":" + formEncoded(SECRET));
    return new String[] {
      SECRET, formEncoded(SECRET), formEncoded(SECRET).replace("+", "%20"), basic
    };
  }

  static Stream<Arguments> endpointEchoes() {
    String basic = base64(formEncoded(CLIENT_ID) + ":" + formEncoded(SECRET));
    return Stream.of(
        arguments(ClientAuth.CLIENT_SECRET_BASIC, "Basic " + basic),
        arguments(ClientAuth.CLIENT_SECRET_BASIC, basic),
        arguments(ClientAuth.CLIENT_SECRET_POST, "client_secret=" + formEncoded(SECRET)),
        arguments(ClientAuth.CLIENT_SECRET_POST, SECRET));
  }

  @ParameterizedTest(name = "{0} echoed as {1}")
  @MethodSource("endpointEchoes")
  void aTokenEndpointThatEchoesTheSecretShowsItNowhere(ClientAuth auth, String echoed) {
    api.on(
        "/token",
        Behaviour.json(
            401, "{\"error\":\"invalid_client\",\"error_description\":\"got " + echoed + "\"}"));
    try (LogLines warnings = LogLines.of(TokenCache.class.getName())) {
      TokenRequestException e =
          assertThrows(
              TokenRequestException.class, () -> clientCredentials(auth, feign -> {}).echo("x"));

      assertTrue(e.getMessage().contains("invalid_client"), e.getMessage());
      assertFalse(warnings.isEmpty());
      assertHidden(shown(e) + warnings.text(), secretForms());
    }
  }

  @Test
  void errorTextFromTheTokenEndpointCannotForgeOrFloodLogLines() {
    String forged = "\\r\\nWARNING: forged\\u2028line\\u0007";
    api.on(
        "/token",
        Behaviour.json(
            400,
            "{\"error\":\"invalid_client"
                + forged
                + "\",\"error_description\":\"bad"
                + forged
                + "x".repeat(10_000)
                + "\"}"));

    TokenRequestException e =
        assertThrows(
            TokenRequestException.class,
            () -> clientCredentials(ClientAuth.CLIENT_SECRET_BASIC, feign -> {}).echo("x"));

    assertTrue(e.getMessage().contains("WARNING: forged"), e.getMessage());
    assertTrue(
        e.getMessage().chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028'),
        e.getMessage());
    assertTrue(e.getMessage().length() < 1000, "message of " + e.getMessage().length() + " chars");
  }

  static Stream<Arguments> failingClients() {
    return Stream.of(
        arguments(
            ClientAuth.CLIENT_SECRET_BASIC,
            (Client)
                (request, options) -> {
                  throw new IllegalStateException("cannot send " + request.headers());
                }),
        arguments(
            ClientAuth.CLIENT_SECRET_POST,
            (Client)
                (request, options) -> {
                  throw new IOException("cannot send " + new String(request.body(), UTF_8));
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingClients")
  void aFailureOfTheUsersClientIsRedactedWhateverItQuotes(ClientAuth auth, Client failing) {
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () -> clientCredentials(auth, feign -> feign.client(failing)).echo("x"));

    assertTrue(shown(e).contains("cannot send"), shown(e));
    assertHidden(shown(e), secretForms());
  }

  // Item 8: any Location, however strange, and every response closed.
  @Test
  void aLocationWithASpaceIsFollowedAsHttpUrlConnectionWouldFollowIt() {
    api.on("/echo", Behaviour.redirect(302, "/new home"));
    api.on("/new%20home", Behaviour.respond(200, Map.of(), "moved"));

    assertEquals("moved", client(AuthConfig.apiKey("WEATHER"), KEY).echo("x"));

    assertTrue(
        api.received().get(1).text().contains("Bearer " + KEY),
        "same origin, so the key went along");
    counting.assertAllClosed();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://[oops/?api_key=",
        "http://127.0.0.1:99999999999/?api_key=",
        "http://host:port/?api_key="
      })
  void aLocationNoParserCanReadIsHandedOnAsItCameRedacted(String location) {
    api.on("/echo", Behaviour.redirect(302, location + KEY));

    FeignException e =
        assertThrows(
            FeignException.class,
            () -> client(AuthConfig.apiKey("WEATHER").query("api_key"), KEY).echo("x"));

    assertEquals(302, e.status());
    assertHidden(shown(e), KEY);
    counting.assertAllClosed();
  }

  /** The default client, counting the bodies it hands out and those closed. */
  private static final class CountingClient implements Client {
    private final Client delegate = new Client.Default(null, null, false);
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      Response response = delegate.execute(request, options);
      if (response.body() == null) {
        return response;
      }
      opened.incrementAndGet();
      AtomicInteger once = new AtomicInteger();
      FilterInputStream counted =
          new FilterInputStream(response.body().asInputStream()) {
            @Override
            public void close() throws IOException {
              if (once.getAndIncrement() == 0) {
                closed.incrementAndGet();
              }
              super.close();
            }
          };
      return response.toBuilder().body(counted, response.body().length()).build();
    }

    void assertAllClosed() {
      assertTrue(opened.get() > 0);
      assertEquals(opened.get(), closed.get(), "responses closed of " + opened.get());
    }
  }
}
