package io.authwire.processor;

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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that records each request and answers by the first path segment: {@code str}
 * text, {@code obj} an item, {@code arr} a list of items, {@code num} a number, {@code map} an
 * object.
 */
final class RecordingServer implements AutoCloseable {
  private static final Map<String, String> ANSWERS =
      Map.of(
          "str", "plain text",
          "obj", "{\"name\":\"n\",\"count\":1}",
          "arr", "[{\"name\":\"n\",\"count\":1},{\"name\":\"m\",\"count\":2}]",
          "num", "3.5",
          "map", "{\"a\":1,\"b\":\"two\"}");

  /** A request as the server saw it. */
  record Recorded(String method, String uri, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Takes the requests recorded so far and forgets them. */
  List<Recorded> take() {
    List<Recorded> taken = List.copyOf(requests);
    requests.clear();
    return taken;
  }

  private void handle(HttpExchange exchange) throws IOException {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach(headers::put);
    requests.add(
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            headers,
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1)));
    String[] segments = exchange.getRequestURI().getPath().split("/");
    String kind = segments.length > 1 ? segments[1] : "";
    byte[] body = ANSWERS.getOrDefault(kind, "").getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", kind.equals("str") ? "text/plain" : "application/json");
    boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(200, empty ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!empty) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
