package io.authwire.runtime.internal.transport;

import feign.Client;
import feign.Request;
import feign.Request.Options;
import feign.Response;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Authwire's default Feign client: {@link Client.Default} with request buffering, because in
 * streaming mode the JDK drops the body of a 401, and with it a token endpoint's RFC 6749 error.
 *
 * <p>It can also cut a request off at a deadline. Read timeouts alone cannot bound a request: a
 * server that trickles its answer a byte at a time resets them with every byte.
 */
public final class DefaultClient extends Client.Default {
  private static final ThreadLocal<Cutoff> CUTOFF = new ThreadLocal<>();
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  public DefaultClient() {
    super(null, null, false);
  }

  /**
   * Closes the connection of a request sent on this thread through a {@link DefaultClient} if it is
   * still open when {@code limit} has passed; other clients are bounded by their timeouts alone.
   * Close it once the response has been read.
   */
  public static Cutoff cutoff(Duration limit) {
    return new Cutoff(System.nanoTime() + limit.toNanos());
  }

  /** Sends {@code request} with {@code cutoff} armed for the connection it opens. */
  public static Response execute(Client client, Request request, Options options, Cutoff cutoff)
      throws IOException {
    CUTOFF.set(cutoff);
    try {
      return client.execute(request, options);
    } finally {
      CUTOFF.remove();
    }
  }

  @Override
  public HttpURLConnection getConnection(URL url) throws IOException {
    HttpURLConnection connection = super.getConnection(url);
    Cutoff cutoff = CUTOFF.get();
    if (cutoff != null) {
      cutoff.arm(connection);
    }
    return connection;
  }

  /** A deadline for one request's connection. */
  public static final class Cutoff implements AutoCloseable {
    private final long deadlineNanos;
    private ScheduledFuture<?> disconnect;
    private volatile boolean expired;

    private Cutoff(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }

    private synchronized void arm(HttpURLConnection connection) {
      disconnect =
          WATCHDOG.schedule(
              () -> {
                expired = true;
                connection.disconnect();
              },
              deadlineNanos - System.nanoTime(),
              TimeUnit.NANOSECONDS);
    }

    /** Whether the deadline passed with the connection still open, and closed it. */
    public boolean expired() {
      return expired;
    }

    @Override
    public synchronized void close() {
      if (disconnect != null) {
        disconnect.cancel(false);
      }
    }
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor watchdog =
        new ScheduledThreadPoolExecutor(1, DaemonThreads.named("authwire-request-deadline"));
    watchdog.setRemoveOnCancelPolicy(true);
    watchdog.setKeepAliveTime(30, TimeUnit.SECONDS);
    watchdog.allowCoreThreadTimeOut(true);
    return watchdog;
  }
}
