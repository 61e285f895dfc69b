package io.authwire.spring.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A loopback API and token endpoint. {@code /forecast} and {@code /invoices} record the headers
 * they received, so tests can see where a credential came from (a response that echoed it would be
 * redacted); {@code /token} issues a token to {@code billing-id}/{@code billing-secret} only.
 */
public final class FakeApis implements AutoCloseable {
  public static final String TOKEN = "issued-token";
  private final HttpServer server;
  private final List<Headers> requests = new CopyOnWriteArrayList<>();

  public FakeApis() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/forecast", exchange -> text(exchange, "sunny"));
    server.createContext("/invoices", exchange -> text(exchange, "none due"));
    server.createContext(
        "/token",
        exchange -> {
          String expected =
              "Basic "
                  + Base64.getEncoder().encodeToString("billing-id:billing-secret".getBytes(UTF_8));
          if (expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            answer(
                exchange,
                200,
                "{\"access_token\":\""
                    + TOKEN
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":600}");
          } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
          }
        });
    server.start();
  }

  private void text(HttpExchange exchange, String body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/plain");
    answer(exchange, 200, body);
  }

  private void answer(HttpExchange exchange, int status, String body) throws IOException {
    requests.add(exchange.getRequestHeaders());
    byte[] bytes = String.valueOf(body).getBytes(UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The value of {@code header} in the last request. */
  public String last(String header) {
    return requests.get(requests.size() - 1).getFirst(header);
  }

  /** Headers of every request, in order. */
  public List<Headers> requests() {
    return requests;
  }

  /** The URLs the test applications read, as Spring properties. */
  public void register(DynamicPropertyRegistry properties) {
    properties.add("WEATHER_BASE_URL", this::url);
    properties.add("BILLING_BASE_URL", this::url);
    properties.add("BILLING_TOKEN_URL", () -> url() + "/token");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
