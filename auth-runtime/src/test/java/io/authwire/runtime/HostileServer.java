package io.authwire.runtime;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP/1.1 server on raw sockets that misbehaves on demand, for the faults a real server
 * will not produce: it trickles, hangs, drops the connection, answers garbage, redirects anywhere
 * with any {@code Location}, and echoes back whatever it was sent. One request per connection.
 */
public final class HostileServer implements AutoCloseable {

  /** A request as the server read it. */
  public record Received(
      String method, String target, Map<String, List<String>> headers, byte[] body) {
    public String path() {
      int query = target.indexOf('?');
      return query < 0 ? target : target.substring(0, query);
    }

    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(",", values);
    }

    /** The request as it came over the wire, for answers that echo it. */
    public String text() {
      StringBuilder text = new StringBuilder(method).append(' ').append(target).append("\r\n");
      headers.forEach(
          (name, values) ->
              values.forEach(v -> text.append(name).append(": ").append(v).append("\r\n")));
      return text.append("\r\n").append(new String(body, UTF_8)).toString();
    }
  }

  /** How the server answers one request; it may write anything, slowly, or nothing at all. */
  @FunctionalInterface
  public interface Behaviour {
    void answer(Received request, Socket socket) throws IOException, InterruptedException;

    /** A well-formed response. */
    static Behaviour respond(int status, Map<String, String> headers, String body) {
      return (request, socket) -> write(socket, response(status, headers, body));
    }

    static Behaviour json(int status, String body) {
      return respond(status, Map.of("Content-Type", "application/json"), body);
    }

    /** A redirect to {@code location}, written exactly as given (spaces and all). */
    static Behaviour redirect(int status, String location) {
      return respond(status, Map.of("Location", location), "");
    }

    /** A redirect to where {@code location} says for the request, such as its own target. */
    static Behaviour redirect(int status, Function<Received, String> location) {
      return (request, socket) ->
          write(socket, response(status, Map.of("Location", location.apply(request)), ""));
    }

    /** The whole response, status line first, one byte every {@code interval}. */
    static Behaviour trickle(
        Duration interval, int status, Map<String, String> headers, String body) {
      return (request, socket) -> slowly(socket, response(status, headers, body), interval);
    }

    /** Status line and headers at once, then the body one byte every {@code interval}. */
    static Behaviour trickleBody(
        Duration interval, int status, Map<String, String> headers, String body) {
      return (request, socket) -> {
        String response = response(status, headers, body);
        int bodyStart = response.indexOf("\r\n\r\n") + 4;
        write(socket, response.substring(0, bodyStart));
        slowly(socket, response.substring(bodyStart), interval);
      };
    }

    /** Waits for {@code delay}, then behaves as {@code then}. */
    static Behaviour after(Duration delay, Behaviour then) {
      return (request, socket) -> {
        Thread.sleep(delay.toMillis());
        then.answer(request, socket);
      };
    }

    /**
     * A fresh token for every request, {@code token-1}, {@code token-2}, …, each valid for {@code
     * seconds}.
     */
    static Behaviour tokens(long seconds) {
      AtomicInteger issued = new AtomicInteger();
      return (request, socket) ->
          json(
                  200,
                  "{\"access_token\":\"token-"
                      + issued.incrementAndGet()
                      + "\",\"expires_in\":"
                      + seconds
                      + "}")
              .answer(request, socket);
    }

    /** Never answers; the connection stays open until the server closes. */
    static Behaviour hang() {
      return (request, socket) -> Thread.sleep(Long.MAX_VALUE);
    }

    /** Closes the connection without a byte of answer. */
    static Behaviour drop() {
      return (request, socket) -> socket.close();
    }

    /** Bytes that are not HTTP at all. */
    static Behaviour garbage() {
      return (request, socket) -> write(socket, "\u0000\u00ff not http at all\r\n\r\n");
    }

    /** A {@code status} response whose body is the request as received, credentials and all. */
    static Behaviour echo(int status) {
      return (request, socket) ->
          write(socket, response(status, Map.of("Content-Type", "text/plain"), request.text()));
    }

    /** Each request gets the next behaviour; the last one answers every request after it. */
    static Behaviour sequence(Behaviour... behaviours) {
      AtomicInteger next = new AtomicInteger();
      return (request, socket) ->
          behaviours[Math.min(next.getAndIncrement(), behaviours.length - 1)].answer(
              request, socket);
    }
  }

  private final ServerSocket socket;
  private final Map<String, Behaviour> routes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private HostileServer(ServerSocket socket) {
    this.socket = socket;
  }

  public static HostileServer start(String address) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0), 64);
    HostileServer server = new HostileServer(socket);
    Thread acceptor = new Thread(server::accept, "hostile-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  public static HostileServer start() throws IOException {
    return start("127.0.0.1");
  }

  /** Answers requests for {@code path} (query ignored) with {@code behaviour}; others get 404. */
  public HostileServer on(String path, Behaviour behaviour) {
    routes.put(path, behaviour);
    return this;
  }

  public String url() {
    return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  public List<Received> received() {
    return received;
  }

  public long count(String path) {
    return received.stream().filter(r -> r.path().equals(path)).count();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        open.add(connection);
        Thread handler = new Thread(() -> serve(connection), "hostile-server-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      Received request = read(new BufferedInputStream(connection.getInputStream()));
      if (request == null) {
        return;
      }
      received.add(request);
      routes
          .getOrDefault(request.path(), Behaviour.respond(404, Map.of(), "no route"))
          .answer(request, connection);
    } catch (SocketException | InterruptedException closedByTheTest) {
      // The client gave up or the server is closing: both are what these tests provoke.
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      open.remove(connection);
    }
  }

  private static Received read(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers
          .computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    List<String> length = headers.getOrDefault("Content-Length", List.of("0"));
    byte[] body = in.readNBytes(Integer.parseInt(length.get(0)));
    String[] parts = requestLine.split(" ");
    return new Received(parts[0], parts[1], headers, body);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b == -1) {
        return line.size() == 0 ? null : line.toString(ISO_8859_1);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(ISO_8859_1);
  }

  static String response(int status, Map<String, String> headers, String body) {
    byte[] bytes = body.getBytes(UTF_8);
    StringBuilder response = new StringBuilder("HTTP/1.1 ").append(status).append(" Status\r\n");
    headers.forEach(
        (name, value) -> response.append(name).append(": ").append(value).append("\r\n"));
    response.append("Content-Length: ").append(bytes.length).append("\r\n");
    response.append("Connection: close\r\n\r\n");
    return response.append(body).toString();
  }

  private static void slowly(Socket socket, String text, Duration interval)
      throws IOException, InterruptedException {
    OutputStream out = socket.getOutputStream();
    for (byte b : text.getBytes(UTF_8)) {
      out.write(b);
      out.flush();
      Thread.sleep(interval.toMillis());
    }
  }

  private static void write(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : open) {
      connection.close();
    }
  }

  @Override
  public String toString() {
    return "HostileServer("
        + url()
        + ", routes="
        + Arrays.toString(routes.keySet().toArray())
        + ")";
  }
}
