package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.authwire.runtime.MissingCredentialsException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated classes, as a user gets them, against a real loopback server. */
class ConsumerTest {
  private static HttpServer server;
  private static String url;
  private static final AtomicReference<String> whoami = new AtomicReference<>();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/forecast", exchange -> answer(exchange, "application/json",
        "{\"city\":\"Paris\",\"temperature\":21.5,\"unknown\":true}"));
    // Records what authenticated the call, so each test sees what was sent: an answer that
    // echoed it would reach the caller redacted.
    server.createContext("/whoami", exchange -> {
      whoami.set(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))
          + "|" + exchange.getRequestURI().getQuery());
      answer(exchange, "text/plain", "ok");
    });
    server.createContext("/token", exchange -> {
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      boolean good = "Basic Y29uc3VtZXI6czNjcjN0".equals(exchange.getRequestHeaders().getFirst("Authorization"))
          && form.equals("grant_type=client_credentials&scope=invoices.read");
      if (good) {
        answer(exchange, "application/json",
            "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");
      } else {
        exchange.sendResponseHeaders(401, -1);
        exchange.close();
      }
    });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, String type, String body) throws IOException {
    if (exchange.getRequestURI().getPath().equals("/forecast")
        && !"k-123".equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
      exchange.sendResponseHeaders(401, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void apiKeyInAHeader() {
    WeatherApi weather =
        AuthwireWeatherApi.builder()
            .env(Map.of("WEATHER_API_KEY", "k-123", "WEATHER_BASE_URL", url))
            .build();

    assertEquals(new WeatherApi.Forecast("Paris", 21.5), weather.forecast("Paris"));
    assertTrue(weather.toString().contains(url));
  }

  @Test
  void apiKeyAsBearerToken() {
    Services.BearerApi api =
        AuthwireServices_BearerApi.builder()
            .env(Map.of("SEARCH_API_KEY", "s-1", "SEARCH_BASE_URL", url))
            .build();

    assertEquals("ok", api.whoami());
    assertEquals("Bearer s-1|null", whoami.get());
  }

  @Test
  void apiKeyInTheQuery() {
    Services.QueryKeyApi api =
        AuthwireServices_QueryKeyApi.builder()
            .env(Map.of("MAPS_API_KEY", "m 1", "MAPS_BASE_URL", url))
            .build();

    assertEquals("ok", api.whoami());
    assertEquals("null|key=m 1", whoami.get());
  }

  @Test
  void basicAuth() {
    Services.AccountsApi api =
        AuthwireServices_AccountsApi.builder()
            .env(Map.of("ACCOUNTS_USER", "ada", "ACCOUNTS_PASS", "pa:ss", "ACCOUNTS_BASE_URL", url))
            .build();

    assertEquals("ok", api.whoami());
    assertEquals("Basic YWRhOnBhOnNz|null", whoami.get());
  }

  @Test
  void clientCredentialsFetchesAToken() {
    Services.BillingApi api =
        AuthwireServices_BillingApi.builder()
            .env(Map.of(
                "BILLING_CLIENT_ID", "consumer",
                "BILLING_CLIENT_SECRET", "s3cr3t",
                "BILLING_TOKEN_URL", url + "/token",
                "BILLING_BASE_URL", url))
            .build();

    assertEquals("ok", api.whoami());
    assertEquals("Bearer tok-1|null", whoami.get());
  }

  @Test
  void missingVariablesFailFast() {
    MissingCredentialsException e =
        assertThrows(MissingCredentialsException.class,
            () -> AuthwireServices_BillingApi.builder().env(Map.of()).build());

    assertEquals(
        List.of("BILLING_BASE_URL", "BILLING_CLIENT_ID", "BILLING_CLIENT_SECRET", "BILLING_TOKEN_URL"),
        e.missingVariables());
  }
}
