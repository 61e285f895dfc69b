package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Logger;
import feign.RequestLine;
import io.authwire.runtime.internal.flow.Pkce;
import io.authwire.runtime.internal.flow.QueryStrings;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The authorization code grant against a loopback provider: sign-in, refresh, rotation. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AuthorizationCodeTest {
  private static final String SECRET = "app-secret-9f8e7d";
  private FakeProvider provider;
  private final CapturingLogger log = new CapturingLogger();

  interface MeApi {
    @RequestLine("GET /api/me")
    String me();
  }

  @BeforeEach
  void start() throws Exception {
    provider = FakeProvider.start();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  private Map<String, String> env(boolean confidential) {
    Map<String, String> env = new HashMap<>();
    env.put("GH_CLIENT_ID", "app");
    if (confidential) {
      env.put("GH_CLIENT_SECRET", SECRET);
    }
    env.put("GH_AUTHORIZE_URL", provider.url() + "/authorize");
    env.put("GH_TOKEN_URL", provider.url() + "/token");
    env.put("GH_REDIRECT_URI", "http://127.0.0.1:8080/callback");
    env.put("GH_BASE_URL", provider.url());
    return env;
  }

  private UserClients<MeApi> users(TokenStore store, boolean confidential) {
    return AuthwireClient.builder(
            MeApi.class, MeApi.class, AuthConfig.authorizationCode("GH").scopes("profile"))
        .env(env(confidential))
        .feign(f -> f.logger(log).logLevel(Logger.Level.FULL))
        .users(store);
  }

  /** Runs the web flow for {@code user}: start, the provider's approval, callback. */
  private static void signIn(UserClients<?> users, FakeProvider provider, String user) {
    Map<String, Object> attributes = new HashMap<>();
    SignInSession session = SignInSession.of(attributes);
    String[] redirect = provider.approve(users.signIn().start(session)).split(" ");
    users
        .signIn()
        .callback(
            session,
            URI.create(
                "http://127.0.0.1:8080/callback?state=" + redirect[0] + "&code=" + redirect[1]),
            user);
  }

  @Test
  void webFlowSignsInAndCallsTheApiForTheUser() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    UserClients<MeApi> users = users(store, true);
    Map<String, Object> attributes = new HashMap<>();
    SignInSession session = SignInSession.of(attributes);

    String url = users.signIn().start(session);
    Map<String, String> query = QueryStrings.parse(URI.create(url).getRawQuery());
    assertTrue(url.startsWith(provider.url() + "/authorize?"), url);
    assertEquals("code", query.get("response_type"));
    assertEquals("app", query.get("client_id"));
    assertEquals("http://127.0.0.1:8080/callback", query.get("redirect_uri"));
    assertEquals("profile", query.get("scope"));
    assertEquals("S256", query.get("code_challenge_method"));
    assertEquals(43, query.get("state").length());
    assertEquals(43, query.get("code_challenge").length());

    String[] redirect = provider.approve(url).split(" ");
    users.signIn().callback(session, Map.of("state", redirect[0], "code", redirect[1]), "alice");

    assertTrue(attributes.isEmpty(), "the sign-in is used up");
    assertEquals("me", users.forUser("alice").api().me());
    String body = provider.tokenRequestBodies.get(0);
    assertTrue(body.contains("code_verifier="), body);
    assertTrue(provider.tokenAuthorizations.get(0).startsWith("Basic "));
    String logged = log.text() + users + users.signIn() + store;
    assertFalse(logged.contains("access-"), logged);
    assertFalse(logged.contains(SECRET), logged);
  }

  @Test
  void publicClientSendsItsIdAndNoSecret() {
    UserClients<MeApi> users = users(new InMemoryTokenStore(), false);
    signIn(users, provider, "bob");
    assertTrue(provider.tokenRequestBodies.get(0).contains("client_id=app"));
    assertEquals("", provider.tokenAuthorizations.get(0));
    assertEquals("me", users.forUser("bob").api().me());
  }

  @Test
  void forgedMissingAndReplayedStateAreRefused() {
    UserClients<MeApi> users = users(new InMemoryTokenStore(), true);
    SignIn signIn = users.signIn();
    Map<String, Object> attributes = new HashMap<>();
    SignInSession session = SignInSession.of(attributes);

    String[] redirect = provider.approve(signIn.start(session)).split(" ");
    AuthorizationException forged =
        assertThrows(
            AuthorizationException.class,
            () ->
                signIn.callback(
                    session, Map.of("state", "x" + redirect[0], "code", redirect[1]), "a"));
    assertTrue(forged.getMessage().contains("does not match"), forged.getMessage());
    assertFalse(forged.getMessage().contains(redirect[0]));

    String[] second = provider.approve(signIn.start(session)).split(" ");
    AuthorizationException missing =
        assertThrows(
            AuthorizationException.class,
            () -> signIn.callback(session, Map.of("code", second[1]), "a"));
    assertTrue(missing.getMessage().contains("no state"), missing.getMessage());

    String[] third = provider.approve(signIn.start(session)).split(" ");
    Map<String, String> callback = Map.of("state", third[0], "code", third[1]);
    signIn.callback(session, callback, "a");
    AuthorizationException replayed =
        assertThrows(AuthorizationException.class, () -> signIn.callback(session, callback, "a"));
    assertTrue(replayed.getMessage().contains("no sign-in is in progress"), replayed.getMessage());
    assertEquals(1, provider.codeExchanges.get(), "no code exchanged for a refused callback");
  }

  @Test
  void providerErrorIsItsOwnException() {
    SignIn signIn = users(new InMemoryTokenStore(), true).signIn();
    SignInSession session = SignInSession.of(new HashMap<>());
    String state = provider.approve(signIn.start(session)).split(" ")[0];
    AuthorizationException denied =
        assertThrows(
            AuthorizationException.class,
            () ->
                signIn.callback(
                    session,
                    Map.of(
                        "state",
                        state,
                        "error",
                        "access_denied",
                        "error_description",
                        "no\nway " + state),
                    "a"));
    assertEquals("access_denied", denied.error().orElseThrow());
    assertTrue(denied.getMessage().contains("the user declined"), denied.getMessage());
    assertFalse(denied.getMessage().contains(state));
    assertFalse(denied.getMessage().contains("\n"));
  }

  @Test
  void wrongVerifierFailsTheExchange() {
    SignIn signIn = users(new InMemoryTokenStore(), true).signIn();
    String verifier = Pkce.random();
    String[] redirect =
        provider
            .approve(signIn.authorizationUrl("s", verifier, "http://127.0.0.1:8080/callback"))
            .split(" ");
    AuthorizationException wrong =
        assertThrows(
            AuthorizationException.class,
            () ->
                signIn.complete(
                    Map.of("state", "s", "code", redirect[1]),
                    "s",
                    Pkce.random(),
                    "http://127.0.0.1:8080/callback",
                    "a"));
    assertEquals("invalid_grant", wrong.error().orElseThrow());
    assertTrue(wrong.getCause() instanceof TokenRequestException);
  }

  @Test
  void expiredTokenIsRefreshedAndTheRotatedRefreshTokenStored() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    UserClients<MeApi> users = users(store, true);
    String key = provider.url() + "/token app carol";
    String refresh = provider.issueRefreshToken();
    store.put(key, new StoredTokens("stale", refresh, Instant.now().minusSeconds(5), List.of()));

    assertEquals("me", users.forUser("carol").api().me());

    StoredTokens rotated = store.get(key).orElseThrow();
    assertNotEquals(refresh, rotated.refreshToken());
    assertTrue(rotated.expiresAt().isAfter(Instant.now().plusSeconds(200)));
    assertEquals(List.of("profile"), rotated.scopes());
    assertEquals(1, provider.refreshes.get());
  }

  @Test
  void revokedRefreshTokenMeansSignInAgainAndRemovesTheTokens() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    UserClients<MeApi> users = users(store, true);
    String key = provider.url() + "/token app dave";
    String revoked = "refresh-revoked-xyz";
    store.put(key, new StoredTokens("stale", revoked, Instant.now().minusSeconds(5), List.of()));

    SignInRequiredException again =
        assertThrows(SignInRequiredException.class, () -> users.forUser("dave").api().me());
    assertEquals("dave", again.userId());
    assertTrue(again.getMessage().contains("invalid_grant"), again.getMessage());
    assertFalse(again.getMessage().contains(revoked), again.getMessage());
    assertTrue(store.get(key).isEmpty(), "the stale tokens are removed");

    signIn(users, provider, "dave");
    assertEquals("me", users.forUser("dave").api().me(), "a new sign-in takes effect at once");
  }

  @Test
  void noTokensMeansSignIn() {
    UserClients<MeApi> users = users(new InMemoryTokenStore(), true);
    assertThrows(SignInRequiredException.class, () -> users.forUser("nobody").api().me());
    assertEquals(0, provider.refreshes.get());
  }

  @Test
  void concurrentCallersAtExpiryCauseOneRefresh() throws Exception {
    InMemoryTokenStore store = new InMemoryTokenStore();
    UserClients<MeApi> users = users(store, true);
    String key = provider.url() + "/token app erin";
    store.put(
        key,
        new StoredTokens(
            "stale", provider.issueRefreshToken(), Instant.now().minusSeconds(5), List.of()));
    provider.refreshDelayMillis = 200;
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        calls.add(() -> users.forUser("erin").api().me());
      }
      for (Future<String> result : pool.invokeAll(calls, 20, TimeUnit.SECONDS)) {
        assertEquals("me", result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, provider.refreshes.get());
  }

  @Test
  void commandLineSignInThroughTheLoopbackReceiver() throws Exception {
    UserClients<MeApi> users = users(new InMemoryTokenStore(), false);
    List<String> pages = new ArrayList<>();
    users
        .signIn()
        .inBrowser(
            "frank",
            Duration.ofSeconds(10),
            url -> {
              Map<String, String> request = QueryStrings.parse(URI.create(url).getRawQuery());
              String redirectUri = request.get("redirect_uri");
              assertTrue(redirectUri.matches("http://127\\.0\\.0\\.1:\\d+/callback"), redirectUri);
              String[] approved = provider.approve(url).split(" ");
              try {
                HttpURLConnection page =
                    (HttpURLConnection)
                        new URL(redirectUri + "?code=" + approved[1] + "&state=" + approved[0])
                            .openConnection();
                page.setReadTimeout(10_000);
                pages.add(
                    page.getResponseCode()
                        + " "
                        + new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
    assertTrue(pages.get(0).startsWith("200 ") && pages.get(0).contains("signed in"), pages.get(0));
    assertEquals("me", users.forUser("frank").api().me());
  }

  @Test
  void commandLineSignInTimesOutCleanly() {
    UserClients<MeApi> users = users(new InMemoryTokenStore(), false);
    long start = System.nanoTime();
    AuthorizationException timedOut =
        assertThrows(
            AuthorizationException.class,
            () -> users.signIn().inBrowser("gina", Duration.ofMillis(300), url -> {}));
    assertTrue(timedOut.getMessage().contains("did not complete"), timedOut.getMessage());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void missingVariablesAreNamedAtOnceAndTheSecretIsOptional() {
    MissingCredentialsException missing =
        assertThrows(
            MissingCredentialsException.class,
            () ->
                AuthwireClient.builder(MeApi.class, MeApi.class, AuthConfig.authorizationCode("GH"))
                    .env(Map.of())
                    .users(new InMemoryTokenStore()));
    assertEquals(
        List.of(
            "GH_BASE_URL", "GH_CLIENT_ID", "GH_AUTHORIZE_URL", "GH_TOKEN_URL", "GH_REDIRECT_URI"),
        missing.missingVariables());
    assertThrows(
        IllegalStateException.class,
        () ->
            AuthwireClient.builder(MeApi.class, MeApi.class, AuthConfig.authorizationCode("GH"))
                .env(env(true))
                .build());
  }
}
