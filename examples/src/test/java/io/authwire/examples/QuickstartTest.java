package io.authwire.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The README's quickstart, run: its logging prints, and prints no key. */
class QuickstartTest {

  @Test
  void theLoggingSnippetPrintsHeadersWithTheKeyRedacted() throws Exception {
    HttpServer api =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    api.createContext(
        "/forecast",
        exchange -> {
          byte[] body =
              "{\"city\":\"Paris\",\"temperature\":21.5,\"sky\":\"sunny\"}".getBytes(UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    api.start();
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, UTF_8));
    try {
      WeatherApi weather = Quickstart.configured("http://127.0.0.1:" + api.getAddress().getPort());

      assertEquals("sunny", weather.forecast("Paris").sky());
    } finally {
      System.setErr(stderr);
      api.stop(0);
    }
    String log = printed.toString(UTF_8);
    assertTrue(log.contains("X-API-Key: <redacted>"), log);
    assertFalse(log.contains("test-key"), log);
  }
}
