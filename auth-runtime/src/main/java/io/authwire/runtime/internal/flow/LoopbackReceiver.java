package io.authwire.runtime.internal.flow;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.authwire.runtime.internal.transport.DaemonThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The redirect receiver of a native application (RFC 8252 §7.3): an HTTP server on the loopback
 * interface, on an ephemeral port unless the redirect URI names one, that takes exactly one
 * callback at the redirect URI's path, answers the browser with a short page and stops.
 */
public final class LoopbackReceiver implements AutoCloseable {
  private static final String SIGNED_IN =
      "<!doctype html><meta charset=utf-8><title>Signed in</title>"
          + "<p>You are signed in. You can close this window and return to the application.";
  private static final String FAILED =
      "<!doctype html><meta charset=utf-8><title>Sign-in failed</title>"
          + "<p>The sign-in did not complete. Return to the application to see why.";

  private final HttpServer server;
  private final ExecutorService threads;
  private final String redirectUri;
  private final Consumer<Map<String, String>> onCallback;
  private final AtomicBoolean used = new AtomicBoolean();
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  private LoopbackReceiver(
      HttpServer server,
      ExecutorService threads,
      String redirectUri,
      Consumer<Map<String, String>> onCallback) {
    this.server = server;
    this.threads = threads;
    this.redirectUri = redirectUri;
    this.onCallback = onCallback;
  }

  /**
   * Starts listening on the loopback address {@code configured} names.
   *
   * @param configured an {@code http} redirect URI on a loopback IP literal, such as {@code
   *     http://127.0.0.1/callback}
   * @param onCallback handles the callback's query parameters; what it throws fails the sign-in
   * @throws IllegalArgumentException if {@code configured} is not such a URI
   */
  public static LoopbackReceiver start(URI configured, Consumer<Map<String, String>> onCallback)
      throws IOException {
    if (!"http".equalsIgnoreCase(configured.getScheme()) || configured.getHost() == null) {
      throw new IllegalArgumentException("is not an http:// URI");
    }
    InetAddress address = InetAddress.getByName(configured.getHost());
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "names no loopback address: write http://127.0.0.1/callback (RFC 8252 §7.3)");
    }
    String path =
        configured.getRawPath() == null || configured.getRawPath().isEmpty()
            ? "/"
            : configured.getRawPath();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(address, Math.max(configured.getPort(), 0)), 0);
    ExecutorService threads =
        Executors.newSingleThreadExecutor(DaemonThreads.named("authwire-loopback-receiver"));
    server.setExecutor(threads);
    String host =
        address.getHostAddress().contains(":")
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    String redirect = "http://" + host + ":" + server.getAddress().getPort() + path;
    LoopbackReceiver receiver = new LoopbackReceiver(server, threads, redirect, onCallback);
    server.createContext(path, receiver::handle);
    server.start();
    return receiver;
  }

  /** The redirect URI to send in the authorization request, with the port listened on. */
  public String redirectUri() {
    return redirectUri;
  }

  /**
   * Waits for the callback to be handled.
   *
   * @throws TimeoutException if none came within {@code timeout}
   * @throws RuntimeException what the callback's handler threw
   */
  public void await(Duration timeout) throws TimeoutException, InterruptedException {
    try {
      done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw (Error) e.getCause();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getRawPath().equals(URI.create(redirectUri).getRawPath())
          || !used.compareAndSet(false, true)) {
        answer(exchange, 404, "<!doctype html><title>Not found</title>");
        return;
      }
      Throwable failure = null;
      try {
        onCallback.accept(QueryStrings.parse(exchange.getRequestURI().getRawQuery()));
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      answer(exchange, failure == null ? 200 : 400, failure == null ? SIGNED_IN : FAILED);
      if (failure == null) {
        done.complete(null);
      } else {
        done.completeExceptionally(failure);
      }
    }
  }

  private static void answer(HttpExchange exchange, int status, String page) throws IOException {
    byte[] bytes = page.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops listening at once. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  @Override
  public String toString() {
    return "LoopbackReceiver(" + redirectUri + ")";
  }
}
