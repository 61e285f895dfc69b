package io.authwire.runtime.internal.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.RequestLine;
import io.authwire.runtime.AuthConfig;
import io.authwire.runtime.AuthwireClient;
import io.authwire.runtime.HostileServer;
import io.authwire.runtime.HostileServer.Behaviour;
import io.authwire.runtime.TokenListener;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client nobody references any more keeps nothing alive: no secret, token or Feign client. */
class DroppedClientsTest {
  private static final int CLIENTS = 10_000;
  private static final long HEAP_SLACK_BYTES = 4L * 1024 * 1024;

  interface Ping {
    @RequestLine("GET /ping")
    String ping();
  }

  private HostileServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        HostileServer.start()
            .on("/token", Behaviour.json(200, "{\"access_token\":\"t\",\"expires_in\":600}"))
            .on("/ping", Behaviour.respond(200, Map.of(), "pong"));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Ping client(int n) {
    return client(n, event -> {});
  }

  private Ping client(int n, TokenListener listener) {
    return AuthwireClient.builder(Ping.class, Ping.class, AuthConfig.clientCredentials("BILLING"))
        .tokenListener(listener)
        .env(
            Map.of(
                "BILLING_CLIENT_ID",
                "rotating-client",
                "BILLING_CLIENT_SECRET",
                "rotated-secret-" + n,
                "BILLING_TOKEN_URL",
                server.url() + "/token",
                "BILLING_BASE_URL",
                server.url()))
        .build()
        .api();
  }

  @Test
  void clientsBuiltWithRotatedSecretsAndDroppedLeaveTheHeapFlat() throws Exception {
    int cachesBefore =
        settledCaches(0); // what earlier tests left behind, collected as far as it goes
    long heapBefore = settledHeap();

    List<Ping> clients = new ArrayList<>();
    for (int n = 0; n < CLIENTS; n++) {
      Ping client = client(n);
      if (n % 500 == 0) {
        assertEquals("pong", client.ping()); // some hold a token too
      }
      clients.add(client);
    }
    assertTrue(TokenCaches.size() >= cachesBefore + CLIENTS, "one cache per secret while held");
    long heapHeld = settledHeap();
    clients.clear();

    assertTrue(
        settledCaches(cachesBefore) <= cachesBefore, "every cache went with its last client");
    long heapAfter = settledHeap();
    assertTrue(
        heapAfter - heapBefore < HEAP_SLACK_BYTES,
        "heap before " + heapBefore + ", while held " + heapHeld + ", after " + heapAfter);
  }

  @Test
  void aDroppedClientsTokenListenerIsNotKeptByTheCacheItShared() throws Exception {
    Ping kept = client(-1);
    List<Object> heard = new ArrayList<>();
    TokenListener listener = heard::add; // a new object: a lambda capturing nothing is a constant
    WeakReference<TokenListener> dropped = new WeakReference<>(listener);
    Ping sharing = client(-1, listener);
    assertEquals("pong", sharing.ping());

    sharing = null;
    listener = null;
    for (int i = 0; i < 50 && dropped.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }

    assertNull(dropped.get(), "the shared cache let go of the dropped client's listener");
    assertEquals("pong", kept.ping());
  }

  /** The number of caches once collection has caught up, or after a few tries. */
  private static int settledCaches(int target) throws InterruptedException {
    int size = TokenCaches.size();
    for (int i = 0; i < 50 && size > target; i++) {
      System.gc();
      Thread.sleep(20);
      size = TokenCaches.size();
    }
    return size;
  }

  private static long settledHeap() throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(20);
      least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
