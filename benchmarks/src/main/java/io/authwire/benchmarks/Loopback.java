package io.authwire.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 playing the API ({@code GET /item}, a small JSON body) and
 * any number of token endpoints ({@code POST /token/<name>}), each counting its requests.
 *
 * <p>Run the JVM with {@code -Dsun.net.httpserver.nodelay=true}: without it each response waits ~40
 * ms on Nagle and delayed ACKs, and every call measures that stall.
 */
public final class Loopback implements AutoCloseable {
  static final String ITEM =
      "{\"id\":42,\"name\":\"widget\",\"tags\":[\"blue\",\"small\"],\"price\":9.5}";
  private static final byte[] ITEM_BYTES = ITEM.getBytes(StandardCharsets.UTF_8);
  private static final byte[] DENIED =
      "{\"error\":\"invalid_token\"}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor;
  private final boolean denyAll;
  private final Map<String, TokenEndpoint> tokens = new ConcurrentHashMap<>();
  private final AtomicLong apiCalls = new AtomicLong();

  private Loopback(boolean denyAll) throws IOException {
    this.denyAll = denyAll;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2048);
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "loopback-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/item", this::item);
    server.createContext("/token/", this::token);
    server.start();
  }

  /** An API that answers every call with the item. */
  public static Loopback start() throws IOException {
    return new Loopback(false);
  }

  /** An API that answers every call with 401, whatever the credential. */
  public static Loopback denyingAll() throws IOException {
    return new Loopback(true);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * A token endpoint at {@code url() + "/token/" + name} issuing tokens valid for {@code expiresIn}
   * seconds, answering after {@code delay}. Unregistered names answer at once with a one-hour
   * token.
   */
  public TokenEndpoint token(String name, int expiresIn, Duration delay) {
    TokenEndpoint endpoint = new TokenEndpoint(url() + "/token/" + name, expiresIn, delay);
    tokens.put(name, endpoint);
    return endpoint;
  }

  public long apiCalls() {
    return apiCalls.get();
  }

  private void item(HttpExchange exchange) throws IOException {
    apiCalls.incrementAndGet();
    drain(exchange);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (denyAll) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      respond(exchange, 401, DENIED);
    } else {
      respond(exchange, 200, ITEM_BYTES);
    }
  }

  private void token(HttpExchange exchange) throws IOException {
    drain(exchange);
    String name = exchange.getRequestURI().getPath().substring("/token/".length());
    TokenEndpoint endpoint =
        tokens.computeIfAbsent(
            name, n -> new TokenEndpoint(url() + "/token/" + n, 3600, Duration.ZERO));
    byte[] body = endpoint.issue();
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    respond(exchange, 200, body);
    endpoint.served();
  }

  private static void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** One token endpoint: how often it was asked, and when. */
  public static final class TokenEndpoint {
    private final String url;
    private final int expiresIn;
    private final Duration delay;
    private final AtomicInteger issued = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> requestedAtNanos = new ConcurrentLinkedQueue<>();
    private volatile long firstServedAtNanos;

    private TokenEndpoint(String url, int expiresIn, Duration delay) {
      this.url = url;
      this.expiresIn = expiresIn;
      this.delay = delay;
    }

    public String url() {
      return url;
    }

    /** Token requests so far. */
    public int requests() {
      return issued.get();
    }

    /** When each request arrived, in {@link System#nanoTime()}, in no particular order. */
    public List<Long> requestTimes() {
      return new ArrayList<>(requestedAtNanos);
    }

    /** When the first token was sent, or 0. */
    public long firstServedAtNanos() {
      return firstServedAtNanos;
    }

    private byte[] issue() {
      requestedAtNanos.add(System.nanoTime());
      int n = issued.incrementAndGet();
      if (!delay.isZero()) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return ("{\"access_token\":\"token-"
              + n
              + "-"
              + System.nanoTime()
              + "\",\"token_type\":\"Bearer\",\"expires_in\":"
              + expiresIn
              + "}")
          .getBytes(StandardCharsets.UTF_8);
    }

    private void served() {
      if (firstServedAtNanos == 0) {
        firstServedAtNanos = System.nanoTime();
      }
    }
  }

  /** Serves until killed, printing its URL: the API for JMH forks, kept out of their heap. */
  public static void main(String[] args) throws Exception {
    Loopback loopback = start();
    System.out.println(loopback.url());
    System.out.flush();
    Thread.currentThread().join();
  }
}
