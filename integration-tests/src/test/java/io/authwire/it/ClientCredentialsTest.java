package io.authwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.FeignException;
import io.authwire.ClientAuth;
import io.authwire.runtime.TokenRequestException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Generated clients against Spring Authorization Server and a JWT resource server. */
class ClientCredentialsTest {
  private static ConfigurableApplicationContext server;
  private static AuthorizationServer.Counters counters;
  private static String url;

  @BeforeAll
  static void start() {
    server = AuthorizationServer.start();
    counters = server.getBean(AuthorizationServer.Counters.class);
    url = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, String> env(String clientId, String secret) {
    return Map.of(
        "BILLING_CLIENT_ID", clientId,
        "BILLING_CLIENT_SECRET", secret,
        "BILLING_TOKEN_URL", url + "/oauth2/token",
        "BILLING_BASE_URL", url);
  }

  private static InvoicesApi client(String clientId, String secret) {
    return AuthwireInvoicesApi.builder().env(env(clientId, secret)).build();
  }

  private static InvoicesApi client(String clientId) {
    return client(clientId, AuthorizationServer.secretOf(clientId));
  }

  @Test
  void fetchesOneTokenAndReusesIt() {
    int before = counters.tokenRequests.get();
    InvoicesApi api = client("reuse");
    assertEquals(before, counters.tokenRequests.get(), "no token is fetched before the first call");

    for (int i = 0; i < 20; i++) {
      assertEquals(new InvoicesApi.Invoice("inv-" + i, 4200, "open"), api.invoice("inv-" + i));
    }

    assertEquals(before + 1, counters.tokenRequests.get());
  }

  @Test
  void clientsWithTheSameCredentialsShareOneToken() {
    client("reuse").invoice("a");
    int before = counters.tokenRequests.get();

    client("reuse").invoice("b");

    assertEquals(before, counters.tokenRequests.get());
  }

  @Test
  void clientSecretPostWorks() {
    InvoicesApi api = client("post");
    // The annotation's default is client_secret_basic; Spring rejects it for a post-only client.
    TokenRequestException refused =
        assertThrows(TokenRequestException.class, () -> api.invoice("x"));
    assertEquals("invalid_client", refused.error().orElseThrow());

    InvoicesApi post =
        io.authwire.runtime.AuthwireClient.builder(
                AuthwireInvoicesApi.class,
                InvoicesApi.class,
                io.authwire.runtime.AuthConfig.clientCredentials("BILLING")
                    .scopes("invoices.read")
                    .clientAuth(ClientAuth.CLIENT_SECRET_POST))
            .env(env("post", AuthorizationServer.secretOf("post")))
            .build()
            .api();
    assertEquals("open", post.invoice("x").status());
  }

  @Test
  void refreshesAheadSoThatNoCallSeesAnExpiredToken() throws Exception {
    InvoicesApi api = client("short-lived");
    int tokensBefore = counters.tokenRequests.get();
    int unauthorizedBefore = counters.unauthorized.get();
    long lifetime = AuthorizationServer.SHORT_LIVED.toMillis();
    long duration = lifetime * 2;
    long end = System.nanoTime() + duration * 1_000_000;

    int calls = 0;
    while (System.nanoTime() < end) {
      api.invoice("i" + calls++);
      Thread.sleep(20);
    }

    int tokens = counters.tokenRequests.get() - tokensBefore;
    assertEquals(
        0, counters.unauthorized.get() - unauthorizedBefore, "no call met an expired token");
    // One refresh per half lifetime; Spring may round expires_in a second down.
    long mostRefreshes = 1 + duration / ((lifetime - 1000) / 2);
    assertTrue(
        tokens >= 2 && tokens <= mostRefreshes, tokens + " token requests for " + calls + " calls");
  }

  @Test
  void sixtyFourColdCallersCauseOneTokenRequest() throws Exception {
    InvoicesApi api = client("burst");
    int before = counters.tokenRequests.get();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<InvoicesApi.Invoice>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String id = "b" + i;
        results.add(pool.submit((Callable<InvoicesApi.Invoice>) () -> api.invoice(id)));
      }
      Set<String> ids = new HashSet<>();
      for (Future<InvoicesApi.Invoice> result : results) {
        ids.add(result.get().id());
      }
      assertEquals(64, ids.size());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before + 1, counters.tokenRequests.get());
  }

  @Test
  void aRevokedTokenIsRecoveredByOneRefreshAndOneRetry() throws Exception {
    InvoicesApi api = client("revoked");
    api.invoice("before");
    String token = issuedTokenOf("revoked");
    revoke("revoked", token);
    int tokensBefore = counters.tokenRequests.get();
    int callsBefore = counters.apiCalls("/api/invoices/after");

    assertEquals("after", api.invoice("after").id());

    assertEquals(tokensBefore + 1, counters.tokenRequests.get());
    assertEquals(callsBefore + 2, counters.apiCalls("/api/invoices/after"));
  }

  @Test
  void aPermanent401IsRetriedExactlyOnce() {
    InvoicesApi api = client("rejected");
    api.invoice("warm-up");
    int tokensBefore = counters.tokenRequests.get();

    FeignException.Unauthorized e = assertThrows(FeignException.Unauthorized.class, api::locked);

    assertEquals(2, counters.apiCalls("/api/locked"));
    assertEquals(tokensBefore + 1, counters.tokenRequests.get());
    assertTrue(e.getMessage().contains("BILLING_CLIENT_ID"), e.getMessage());
    assertFalse(everything(e).contains(AuthorizationServer.secretOf("rejected")));
  }

  @Test
  void a403IsNeverRetried() {
    InvoicesApi api = client("forbidden");
    int tokensBefore = counters.tokenRequests.get();

    assertThrows(FeignException.Forbidden.class, api::admin);

    assertEquals(1, counters.apiCalls("/api/admin"));
    assertEquals(tokensBefore + 1, counters.tokenRequests.get());
  }

  @Test
  void aWrongSecretSurfacesInvalidClientWithoutTheSecret() {
    String wrong = "not-the-secret-" + System.nanoTime();
    InvoicesApi api = client("wrong-secret", wrong);

    TokenRequestException e = assertThrows(TokenRequestException.class, () -> api.invoice("x"));

    assertEquals("invalid_client", e.error().orElseThrow());
    assertEquals(List.of("BILLING_CLIENT_ID", "BILLING_CLIENT_SECRET"), e.variables());
    assertFalse(everything(e).contains(wrong));
  }

  /** The access token the API last saw from {@code clientId}. */
  private static String issuedTokenOf(String clientId) {
    return server.getBean(TokenCapture.class).last(clientId);
  }

  private static void revoke(String clientId, String token) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (clientId + ":" + AuthorizationServer.secretOf(clientId))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/oauth2/revoke"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + token))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
  }

  private static String everything(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
