package io.authwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import feign.Logger;
import io.authwire.runtime.AuthorizationException;
import io.authwire.runtime.FileTokenStore;
import io.authwire.runtime.InMemoryTokenStore;
import io.authwire.runtime.SignIn;
import io.authwire.runtime.SignInRequiredException;
import io.authwire.runtime.SignInSession;
import io.authwire.runtime.StoredTokens;
import io.authwire.runtime.TokenStore;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Signing a user in against Spring Authorization Server (PKCE required, consent on, refresh tokens
 * rotated, access tokens that live three seconds), driven by an HTTP client with cookies that logs
 * in and consents as the user would.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AuthorizationCodeTest {
  private static ConfigurableApplicationContext server;
  private static AuthorizationServer.Counters counters;
  private static String url;
  private static final List<String> logs = new CopyOnWriteArrayList<>();
  private static final java.util.logging.Logger AUTHWIRE_LOG =
      java.util.logging.Logger.getLogger("io.authwire");
  private static final Handler CAPTURE =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          logs.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @TempDir Path directory;

  @BeforeAll
  static void start() {
    server = AuthorizationServer.start();
    counters = server.getBean(AuthorizationServer.Counters.class);
    url = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    AUTHWIRE_LOG.setLevel(Level.ALL);
    CAPTURE.setLevel(Level.ALL);
    AUTHWIRE_LOG.addHandler(CAPTURE);
  }

  @AfterAll
  static void stop() {
    AUTHWIRE_LOG.removeHandler(CAPTURE);
    server.close();
  }

  private static Map<String, String> env(String clientId) {
    return env(clientId, AuthorizationServer.REDIRECT_URI);
  }

  private static Map<String, String> env(String clientId, String redirectUri) {
    Map<String, String> env = new HashMap<>();
    env.put("BILLING_USER_CLIENT_ID", clientId);
    if (clientId.equals("web-app")) {
      env.put("BILLING_USER_CLIENT_SECRET", AuthorizationServer.secretOf(clientId));
    }
    env.put("BILLING_USER_AUTHORIZE_URL", url + "/oauth2/authorize");
    env.put("BILLING_USER_TOKEN_URL", url + "/oauth2/token");
    env.put("BILLING_USER_REDIRECT_URI", redirectUri);
    env.put("BILLING_USER_BASE_URL", url);
    return env;
  }

  private static AuthwireUserInvoicesApi.Users users(String clientId, TokenStore store) {
    return users(clientId, store, AuthorizationServer.REDIRECT_URI);
  }

  private static AuthwireUserInvoicesApi.Users users(
      String clientId, TokenStore store, String redirectUri) {
    return AuthwireUserInvoicesApi.builder()
        .env(env(clientId, redirectUri))
        .feign(f -> f.logger(new CapturingLogger(logs)).logLevel(Logger.Level.FULL))
        .users(store);
  }

  private static Browser browser() {
    return new Browser(AuthorizationServer.USER, AuthorizationServer.USER_PASSWORD, true);
  }

  /** The web flow: start, the user's browser at the provider, then the callback's parameters. */
  private static Map<String, String> authorize(SignIn signIn, SignInSession session, Browser user)
      throws Exception {
    return query(user.signIn(signIn.start(session), AuthorizationServer.REDIRECT_URI, false));
  }

  private static Map<String, String> query(String url) {
    Map<String, String> parameters = new LinkedHashMap<>();
    String raw = URI.create(url).getRawQuery();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      String[] parts = pair.split("=", 2);
      parameters.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return parameters;
  }

  private static String storeKey(String clientId, String user) {
    return url + "/oauth2/token " + clientId + " " + user;
  }

  private static void waitForExpiry() throws InterruptedException {
    Thread.sleep(AuthorizationServer.USER_TOKEN_LIFETIME.toMillis() + 600);
  }

  /** Every secret of a sign-in stays out of every log line. */
  private static void assertNotLogged(List<String> secrets) {
    String text = String.join("\n", logs);
    for (String secret : secrets) {
      assertFalse(secret != null && text.contains(secret), "a secret was logged");
    }
  }

  @Test
  void webFlowThenRefreshWithNoUserAndRotationSurvivingARestart() throws Exception {
    Path file = directory.resolve("tokens.json");
    // The web application: its callback page, which the user's browser is sent back to.
    HttpServer app =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String redirectUri = "http://127.0.0.1:" + app.getAddress().getPort() + "/callback";
    AuthwireUserInvoicesApi.Users users = users("web-app", FileTokenStore.at(file), redirectUri);
    SignInSession session = SignInSession.of(new HashMap<>());
    AtomicReference<URI> calledBack = new AtomicReference<>();
    app.createContext(
        "/callback",
        exchange -> {
          URI callbackUri = URI.create(redirectUri).resolve(exchange.getRequestURI());
          users.signIn().callback(session, callbackUri, "ada");
          calledBack.set(callbackUri);
          byte[] page = "signed in".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    app.start();
    try {
      browser().signIn(users.signIn().start(session), redirectUri, true);
    } finally {
      app.stop(0);
    }
    Map<String, String> callback = query(calledBack.get().toString());

    assertEquals("inv-1", users.forUser("ada").invoice("inv-1").id());
    StoredTokens first = FileTokenStore.at(file).get(storeKey("web-app", "ada")).orElseThrow();

    waitForExpiry();
    int before = counters.tokenRequests.get();
    assertEquals("inv-2", users.forUser("ada").invoice("inv-2").id(), "refreshed, no user present");
    assertEquals(before + 1, counters.tokenRequests.get());
    StoredTokens second = FileTokenStore.at(file).get(storeKey("web-app", "ada")).orElseThrow();
    assertNotEquals(first.refreshToken(), second.refreshToken(), "the refresh token rotated");

    // A restart: a new store object on the same file, a new client, no memory of the old one.
    AuthwireUserInvoicesApi.Users restarted = users("web-app", FileTokenStore.at(file));
    waitForExpiry();
    assertEquals("inv-3", restarted.forUser("ada").invoice("inv-3").id());
    StoredTokens third = FileTokenStore.at(file).get(storeKey("web-app", "ada")).orElseThrow();
    assertNotEquals(second.refreshToken(), third.refreshToken());

    List<String> secrets = new ArrayList<>(List.of(callback.get("code"), callback.get("state")));
    for (StoredTokens tokens : List.of(first, second, third)) {
      secrets.add(tokens.accessToken());
      secrets.add(tokens.refreshToken());
    }
    secrets.add(AuthorizationServer.secretOf("web-app"));
    assertNotLogged(secrets);
    String shown = users + " " + restarted + " " + users.signIn() + " " + third;
    secrets.forEach(secret -> assertFalse(shown.contains(secret)));
  }

  @Test
  void commandLineFlowThroughTheLoopbackReceiver() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    AuthwireUserInvoicesApi.Users users = users("cli-app", store);
    List<String> returnedTo = new ArrayList<>();
    users
        .signIn()
        .inBrowser(
            "ada",
            Duration.ofSeconds(30),
            authorizationUrl -> {
              String receiver = query(authorizationUrl).get("redirect_uri");
              assertTrue(receiver.matches("http://127\\.0\\.0\\.1:\\d+/callback"), receiver);
              try {
                returnedTo.add(browser().signIn(authorizationUrl, receiver, true));
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
    assertTrue(query(returnedTo.get(0)).containsKey("code"));
    assertEquals("inv-9", users.forUser("ada").invoice("inv-9").id());
    // Spring Authorization Server issues no refresh token to a public client.
    StoredTokens tokens = store.get(storeKey("cli-app", "ada")).orElseThrow();
    assertNotLogged(List.of(tokens.accessToken()));
  }

  @Test
  void forgedMissingAndReplayedStateAreRefused() throws Exception {
    AuthwireUserInvoicesApi.Users users = users("web-app", new InMemoryTokenStore());
    SignIn signIn = users.signIn();
    SignInSession session = SignInSession.of(new HashMap<>());

    Map<String, String> forged = new HashMap<>(authorize(signIn, session, browser()));
    forged.put("state", "forged-" + forged.get("state"));
    assertThrows(AuthorizationException.class, () -> signIn.callback(session, forged, "ada"));

    Map<String, String> missing = new HashMap<>(authorize(signIn, session, browser()));
    missing.remove("state");
    assertThrows(AuthorizationException.class, () -> signIn.callback(session, missing, "ada"));

    Map<String, String> good = authorize(signIn, session, browser());
    signIn.callback(session, good, "ada");
    AuthorizationException replayed =
        assertThrows(AuthorizationException.class, () -> signIn.callback(session, good, "ada"));
    assertTrue(replayed.getMessage().contains("no sign-in is in progress"));
  }

  @Test
  void wrongVerifierIsRefusedByTheServer() throws Exception {
    SignIn signIn = users("web-app", new InMemoryTokenStore()).signIn();
    Map<String, Object> attributes = new HashMap<>();
    SignInSession session = SignInSession.of(attributes);
    String authorizationUrl = signIn.start(session);
    // The session now holds another verifier than the one whose challenge was sent.
    String name = "io.authwire.sign-in.BILLING_USER";
    String[] pending = ((String) attributes.get(name)).split(" ");
    attributes.put(name, pending[0] + " " + "x".repeat(43) + " " + pending[2]);
    Map<String, String> callback =
        query(browser().signIn(authorizationUrl, AuthorizationServer.REDIRECT_URI, false));

    AuthorizationException wrong =
        assertThrows(AuthorizationException.class, () -> signIn.callback(session, callback, "ada"));
    assertEquals("invalid_grant", wrong.error().orElseThrow());
    assertFalse(wrong.getMessage().contains(callback.get("code")));
  }

  @Test
  void declinedConsentIsAccessDenied() throws Exception {
    SignIn signIn = users("web-app", new InMemoryTokenStore()).signIn();
    SignInSession session = SignInSession.of(new HashMap<>());
    Browser declining =
        new Browser(AuthorizationServer.NEW_USER, AuthorizationServer.USER_PASSWORD, false);
    Map<String, String> callback = authorize(signIn, session, declining);

    AuthorizationException denied =
        assertThrows(AuthorizationException.class, () -> signIn.callback(session, callback, "ada"));
    assertEquals("access_denied", denied.error().orElseThrow());
  }

  @Test
  void revokedRefreshTokenMeansSignInAgain() throws Exception {
    InMemoryTokenStore store = new InMemoryTokenStore();
    AuthwireUserInvoicesApi.Users users = users("web-app", store);
    SignInSession session = SignInSession.of(new HashMap<>());
    users.signIn().callback(session, authorize(users.signIn(), session, browser()), "ada");
    UserInvoicesApi api = users.forUser("ada");
    assertEquals("inv-4", api.invoice("inv-4").id());

    OAuth2AuthorizationService authorizations = server.getBean(OAuth2AuthorizationService.class);
    String refreshToken = store.get(storeKey("web-app", "ada")).orElseThrow().refreshToken();
    OAuth2Authorization authorization =
        authorizations.findByToken(refreshToken, OAuth2TokenType.REFRESH_TOKEN);
    authorizations.remove(authorization);

    SignInRequiredException again =
        assertThrows(SignInRequiredException.class, () -> api.invoice("inv-5"));
    assertEquals("ada", again.userId());
    assertTrue(store.get(storeKey("web-app", "ada")).isEmpty(), "the stale tokens are removed");
    assertFalse(again.getMessage().contains(refreshToken));
  }

  @Test
  void thirtyTwoCallersAtExpiryCauseOneRefresh() throws Exception {
    AuthwireUserInvoicesApi.Users users = users("web-app", new InMemoryTokenStore());
    SignInSession session = SignInSession.of(new HashMap<>());
    users.signIn().callback(session, authorize(users.signIn(), session, browser()), "ada");
    UserInvoicesApi api = users.forUser("ada");
    assertEquals("inv-6", api.invoice("inv-6").id());
    waitForExpiry();

    int before = counters.tokenRequests.get();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        calls.add(() -> users.forUser("ada").invoice("inv-7").id());
      }
      for (Future<String> result : pool.invokeAll(calls, 30, TimeUnit.SECONDS)) {
        assertEquals("inv-7", result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before + 1, counters.tokenRequests.get());
  }

  /** A Feign logger that keeps every line. */
  private static final class CapturingLogger extends Logger {
    private final List<String> lines;

    CapturingLogger(List<String> lines) {
      this.lines = lines;
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
      lines.add(String.format(format, args));
    }
  }
}
