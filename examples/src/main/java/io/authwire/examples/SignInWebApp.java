package io.authwire.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.authwire.runtime.InMemoryTokenStore;
import io.authwire.runtime.SignInSession;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web application on http://127.0.0.1:8080 that signs its users in with GitHub and shows who they
 * are. Needs {@code GITHUB_CLIENT_ID}, {@code GITHUB_CLIENT_SECRET} and {@code
 * GITHUB_REDIRECT_URI=http://127.0.0.1:8080/callback}. Sessions are a cookie and a map, as small as
 * an example can have them.
 */
public final class SignInWebApp {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
  private final SignInPages pages;

  SignInWebApp(AuthwireGitHubApi.Users github) {
    this.pages = new SignInPages(github);
  }

  public static void main(String[] args) throws IOException {
    SignInWebApp app = new SignInWebApp(AuthwireGitHubApi.users(new InMemoryTokenStore()));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 8080), 0);
    server.createContext("/", app::handle);
    server.start();
    System.out.println("Open http://127.0.0.1:8080/ in a browser");
  }

  void handle(HttpExchange exchange) throws IOException {
    String sessionId = sessionId(exchange);
    SignInSession session =
        SignInSession.of(sessions.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>()));
    pages.handle(exchange, session, sessionId);
  }

  private static String sessionId(HttpExchange exchange) {
    String cookie = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookie != null) {
      for (String pair : cookie.split(";\\s*")) {
        if (pair.startsWith("sid=")) {
          return pair.substring(4);
        }
      }
    }
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String sessionId = HexFormat.of().formatHex(id);
    exchange
        .getResponseHeaders()
        .add("Set-Cookie", "sid=" + sessionId + "; Path=/; HttpOnly; SameSite=Lax");
    return sessionId;
  }

  static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  static void page(HttpExchange exchange, int status, String html) throws IOException {
    byte[] body =
        ("<!doctype html><meta charset=utf-8><p>" + html).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
