package io.authwire.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.authwire.runtime.internal.flow.Pkce;
import io.authwire.runtime.internal.flow.QueryStrings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback OAuth 2.0 provider with an API behind it: codes bound to their PKCE challenge and
 * redirect URI, refresh tokens that rotate and are used once, access tokens that expire.
 */
final class FakeProvider implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String[]> codes = new ConcurrentHashMap<>(); // code -> challenge, uri
  private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> accessTokens = new ConcurrentHashMap<>(); // token -> expiry ms
  final AtomicInteger codeExchanges = new AtomicInteger();
  final AtomicInteger refreshes = new AtomicInteger();
  final List<String> tokenRequestBodies = new CopyOnWriteArrayList<>();
  final List<String> tokenAuthorizations = new CopyOnWriteArrayList<>();
  volatile int lifetimeSeconds = 300;
  volatile long refreshDelayMillis;
  private final AtomicInteger serial = new AtomicInteger();

  private FakeProvider(HttpServer server) {
    this.server = server;
  }

  static FakeProvider start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    FakeProvider provider = new FakeProvider(server);
    server.createContext("/token", provider::token);
    server.createContext("/api/me", provider::me);
    server.start();
    return provider;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** What the provider's authorization endpoint would redirect with, once the user agreed. */
  String approve(String authorizationUrl) {
    Map<String, String> request = QueryStrings.parse(URI.create(authorizationUrl).getRawQuery());
    String code = "code-" + serial.incrementAndGet();
    codes.put(code, new String[] {request.get("code_challenge"), request.get("redirect_uri")});
    return request.get("state") + " " + code;
  }

  /** Issues a refresh token directly, as if a sign-in had happened long ago. */
  String issueRefreshToken() {
    String token = "refresh-" + serial.incrementAndGet();
    refreshTokens.add(token);
    return token;
  }

  void revokeAll() {
    refreshTokens.clear();
    accessTokens.clear();
  }

  private void token(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
    tokenRequestBodies.add(body);
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    tokenAuthorizations.add(authorization == null ? "" : authorization);
    Map<String, String> form = QueryStrings.parse(body);
    switch (form.getOrDefault("grant_type", "")) {
      case "authorization_code" -> {
        codeExchanges.incrementAndGet();
        String[] bound = codes.remove(form.getOrDefault("code", ""));
        if (bound == null
            || !bound[0].equals(Pkce.challenge(form.getOrDefault("code_verifier", "")))
            || !bound[1].equals(form.get("redirect_uri"))) {
          answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
          return;
        }
        issue(exchange);
      }
      case "refresh_token" -> {
        refreshes.incrementAndGet();
        sleep(refreshDelayMillis);
        if (!refreshTokens.remove(form.getOrDefault("refresh_token", ""))) {
          answer(
              exchange,
              400,
              "{\"error\":\"invalid_grant\",\"error_description\":\"refresh token "
                  + form.get("refresh_token")
                  + " is not active\"}");
          return;
        }
        issue(exchange);
      }
      default -> answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
    }
  }

  private void issue(HttpExchange exchange) throws IOException {
    String access = "access-" + serial.incrementAndGet();
    accessTokens.put(access, System.currentTimeMillis() + lifetimeSeconds * 1000L);
    answer(
        exchange,
        200,
        "{\"access_token\":\""
            + access
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + lifetimeSeconds
            + ",\"refresh_token\":\""
            + issueRefreshToken()
            + "\",\"scope\":\"profile\"}");
  }

  private void me(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
    Long expiry = accessTokens.get(token);
    if (expiry == null || expiry < System.currentTimeMillis()) {
      answer(exchange, 401, "");
      return;
    }
    answer(exchange, 200, "me");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
