package io.authwire.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One loopback server playing the three example APIs and an OAuth 2.0 token endpoint, built on the
 * JDK's {@code HttpServer} so the demo needs nothing else.
 */
public final class DemoServer implements AutoCloseable {
  static final String WEATHER_KEY = "demo-weather-key";
  static final String ACCOUNTS_USER = "ada";
  static final String ACCOUNTS_PASS = "correct:horse";
  static final String BILLING_CLIENT_ID = "billing-demo";
  static final String BILLING_CLIENT_SECRET = "demo-client-secret";

  private final HttpServer server;
  private final Duration tokenLifetime;
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final Map<String, Long> tokenExpiry = new ConcurrentHashMap<>();

  private DemoServer(HttpServer server, Duration tokenLifetime) {
    this.server = server;
    this.tokenLifetime = tokenLifetime;
  }

  /** Starts on a free port of 127.0.0.1; tokens it issues live {@code tokenLifetime}. */
  public static DemoServer start(Duration tokenLifetime) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DemoServer demo = new DemoServer(http, tokenLifetime);
    http.createContext("/oauth2/token", demo::token);
    http.createContext("/forecast", demo::forecast);
    http.createContext("/accounts", demo::accounts);
    http.createContext("/invoices/", demo::invoice);
    http.start();
    return demo;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** Revokes every token issued so far, as an administrator rotating credentials would. */
  public void revokeTokens() {
    tokenExpiry.clear();
  }

  private void token(HttpExchange exchange) throws IOException {
    tokenRequests.incrementAndGet();
    exchange.getRequestBody().readAllBytes();
    if (!basic(BILLING_CLIENT_ID, BILLING_CLIENT_SECRET)
        .equals(header(exchange, "Authorization"))) {
      send(exchange, 401, "{\"error\":\"invalid_client\"}");
      return;
    }
    String token = "demo-token-" + tokenRequests.get();
    tokenExpiry.put(token, System.currentTimeMillis() + tokenLifetime.toMillis());
    send(
        exchange,
        200,
        "{\"access_token\":\""
            + token
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + tokenLifetime.toSeconds()
            + "}");
  }

  private void forecast(HttpExchange exchange) throws IOException {
    if (!WEATHER_KEY.equals(header(exchange, "X-API-Key"))) {
      send(exchange, 401, "{}");
      return;
    }
    String city = exchange.getRequestURI().getQuery().replace("city=", "");
    send(exchange, 200, "{\"city\":\"" + city + "\",\"temperature\":21.5,\"sky\":\"sunny\"}");
  }

  private void accounts(HttpExchange exchange) throws IOException {
    if (!basic(ACCOUNTS_USER, ACCOUNTS_PASS).equals(header(exchange, "Authorization"))) {
      send(exchange, 401, "{}");
      return;
    }
    send(
        exchange,
        200,
        "[{\"id\":\"acc-1\",\"owner\":\"Ada\",\"balanceCents\":4200},"
            + "{\"id\":\"acc-2\",\"owner\":\"Grace\",\"balanceCents\":1700}]");
  }

  private void invoice(HttpExchange exchange) throws IOException {
    String authorization = header(exchange, "Authorization");
    Long expiry =
        authorization == null ? null : tokenExpiry.get(authorization.replace("Bearer ", ""));
    if (expiry == null || expiry < System.currentTimeMillis()) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      send(exchange, 401, "{}");
      return;
    }
    String id = exchange.getRequestURI().getPath().substring("/invoices/".length());
    send(exchange, 200, "{\"id\":\"" + id + "\",\"amountCents\":4200,\"status\":\"open\"}");
  }

  private static String basic(String user, String pass) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
  }

  private static String header(HttpExchange exchange, String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
