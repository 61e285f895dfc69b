package io.authwire.runtime.internal.token;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback token endpoint that answers from a script, for what a real authorization server will
 * not do on demand: fail, then recover, or hold its answer until the test releases it.
 */
final class ScriptedTokenServer implements AutoCloseable {
  private record Answer(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger issued = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);

  ScriptedTokenServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/token", this::answer);
    server.start();
  }

  String tokenUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
  }

  /** Answers the next request with a fresh token valid for {@code seconds}. */
  ScriptedTokenServer token(long seconds) {
    int n = issued.incrementAndGet();
    return respond(
        200,
        Map.of(),
        "{\"access_token\":\"token-"
            + n
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + seconds
            + "}");
  }

  ScriptedTokenServer respond(int status, Map<String, String> headers, String body) {
    script.add(new Answer(status, headers, body));
    return this;
  }

  /** Holds every answer until {@link #release()}. */
  void hold() {
    gate = new CountDownLatch(1);
  }

  void release() {
    gate.countDown();
  }

  int requests() {
    return requests.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    exchange.getRequestBody().readAllBytes();
    try {
      if (!gate.await(10, TimeUnit.SECONDS)) {
        throw new IOException("the test never released the token response");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Answer answer = script.poll();
    if (answer == null) {
      answer = new Answer(500, Map.of(), "no scripted answer left");
    }
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
