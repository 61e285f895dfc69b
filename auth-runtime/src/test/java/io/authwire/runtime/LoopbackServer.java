package io.authwire.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a loopback address that records every request and answers each path with a
 * canned response.
 */
final class LoopbackServer implements AutoCloseable {

  /** A request as the server saw it. */
  record Recorded(
      String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(",", values);
    }
  }

  /** A canned response. */
  record Canned(int status, Map<String, String> headers, String body) {
    static Canned json(String body) {
      return new Canned(200, Map.of("Content-Type", "application/json"), body);
    }

    static Canned redirect(int status, String location) {
      return new Canned(status, Map.of("Location", location), "");
    }
  }

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Canned> responses = new ConcurrentHashMap<>();

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  static LoopbackServer start(String address) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
    LoopbackServer loopback = new LoopbackServer(server);
    server.createContext("/", loopback::handle);
    server.start();
    return loopback;
  }

  static LoopbackServer start() throws IOException {
    return start("127.0.0.1");
  }

  LoopbackServer respond(String path, Canned response) {
    responses.put(path, response);
    return this;
  }

  String url() {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort();
  }

  List<Recorded> requests() {
    return requests;
  }

  Recorded lastRequest() {
    return requests.get(requests.size() - 1);
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach(headers::put);
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        new Recorded(
            exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
    Canned canned =
        responses.getOrDefault(
            exchange.getRequestURI().getPath(), new Canned(404, Map.of(), "no route"));
    canned.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
