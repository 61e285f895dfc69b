package io.authwire.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.authwire.benchmarks.Peers.Peer;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counting experiments, each bounded in time, against a loopback API and token endpoints that
 * count their requests: a stampede at expiry, callers blocked by a slow token endpoint, and an API
 * that answers every call with 401. Writes one JSON file for {@link Report}.
 *
 * <p>Every token peer meets its token's due time every {@link #CADENCE}: Authwire gets tokens of
 * twice that lifetime (it refreshes ahead at half the lifetime, its 60 s skew capped there); the
 * textbook client and Spring's manager, whose 60 s skew is fixed or defaulted, get tokens of {@code
 * CADENCE + 60 s}, so that they too find the token due {@code CADENCE} after fetching it.
 *
 * <p>Run with {@code -Dsun.net.httpserver.nodelay=true}.
 */
public final class TokenExperiments {
  static final Duration CADENCE = Duration.ofSeconds(3);
  static final int EXPIRIES = 3;
  static final int[] STAMPEDE_THREADS = {1, 10, 100, 1000};
  static final int BLOCKING_THREADS = 32;
  static final Duration SLOW_TOKEN = Duration.ofMillis(200);
  static final Duration SLOW_CALL = Duration.ofMillis(150);
  static final Duration UNAUTHORIZED_RUN = Duration.ofSeconds(5);
  static final Duration WARM_UP = Duration.ofSeconds(1);

  private TokenExperiments() {}

  public static void main(String[] args) throws Exception {
    File out = new File(args.length > 0 ? args[0] : "target/bench/tokens.json");
    Map<String, Object> results = new LinkedHashMap<>();
    String only = System.getProperty("bench.only", "stampede,blocking,unauthorized");
    try (Loopback api = Loopback.start()) {
      if (only.contains("stampede")) {
        results.put("stampede", stampede(api));
      }
      if (only.contains("blocking")) {
        results.put("blocking", blocking(api));
      }
    }
    if (only.contains("unauthorized")) {
      try (Loopback denying = Loopback.denyingAll()) {
        results.put("unauthorized", unauthorized(denying));
      }
    }
    out.getParentFile().mkdirs();
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, results);
    System.out.println("wrote " + out);
  }

  /** The lifetime a peer's tokens get so that they fall due every {@link #CADENCE}. */
  static int expiresIn(Peer peer) {
    long cadence = CADENCE.toSeconds();
    return (int) (peer == Peer.AUTHWIRE_CLIENT_CREDENTIALS ? 2 * cadence : cadence + 60);
  }

  /** How long to call so that the token falls due {@link #EXPIRIES} times, with a margin. */
  private static Duration run() {
    return CADENCE.multipliedBy(EXPIRIES).plusSeconds(1);
  }

  // ---------------------------------------------------------------- stampede

  private static List<Map<String, Object>> stampede(Loopback api) throws InterruptedException {
    List<Map<String, Object>> rows = new ArrayList<>();
    int[] counts =
        System.getProperty("bench.threads") == null
            ? STAMPEDE_THREADS
            : new int[] {Integer.getInteger("bench.threads")};
    for (int threads : counts) {
      for (Peer peer : Peers.TOKEN_PEERS) {
        String name = "stampede-" + peer.name().toLowerCase() + "-" + threads;
        Loopback.TokenEndpoint token = api.token(name, expiresIn(peer), Duration.ZERO);
        ItemApi client = Peers.build(peer, api.url(), token.url(), name);
        Calls calls = callConcurrently(client, threads, run());
        List<List<Long>> bursts = bursts(token.requestTimes(), CADENCE.dividedBy(2));
        int cold = bursts.isEmpty() ? 0 : bursts.get(0).size();
        int expiries = Math.max(0, bursts.size() - 1);
        int atExpiry = token.requests() - cold;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("peer", peer.name());
        row.put("threads", threads);
        row.put("calls", calls.ok.get());
        row.put("errors", calls.failed.get());
        row.put("firstError", calls.firstError);
        row.put("tokenRequests", token.requests());
        row.put("coldStart", cold);
        row.put("expiries", expiries);
        row.put("perExpiry", expiries == 0 ? null : (double) atExpiry / expiries);
        row.put("maxPerExpiry", bursts.stream().skip(1).mapToInt(List::size).max().orElse(0));
        row.put("bursts", summary(bursts, calls.startNanos));
        rows.add(row);
        System.out.println("stampede " + row);
      }
    }
    return rows;
  }

  /**
   * Request times grouped into bursts: a request more than {@code gap} after the previous one
   * starts a new burst. The first burst is the cold start; each later one, one expiry.
   */
  static List<List<Long>> bursts(List<Long> times, Duration gap) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    List<List<Long>> bursts = new ArrayList<>();
    long previous = Long.MIN_VALUE;
    for (long time : sorted) {
      if (bursts.isEmpty() || time - previous > gap.toNanos()) {
        bursts.add(new ArrayList<>());
      }
      bursts.get(bursts.size() - 1).add(time);
      previous = time;
    }
    return bursts;
  }

  /** Each burst as {milliseconds after the callers were released, token requests}. */
  private static List<long[]> summary(List<List<Long>> bursts, long startNanos) {
    List<long[]> summary = new ArrayList<>();
    for (List<Long> burst : bursts) {
      summary.add(new long[] {(burst.get(0) - startNanos) / 1_000_000, burst.size()});
    }
    return summary;
  }

  // ---------------------------------------------------------------- blocking

  private static List<Map<String, Object>> blocking(Loopback api) throws InterruptedException {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Peer> peers = new ArrayList<>();
    peers.add(Peer.PLAIN_FEIGN); // no token at all: the noise floor of slow calls
    peers.addAll(Peers.TOKEN_PEERS);
    for (Peer peer : peers) { // the same work unmeasured first, so that no peer meets a cold JIT
      String name = "warm-up-" + peer.name().toLowerCase();
      Loopback.TokenEndpoint token = api.token(name, 3600, Duration.ZERO);
      callConcurrently(Peers.build(peer, api.url(), token.url(), name), BLOCKING_THREADS, WARM_UP);
    }
    for (Peer peer : peers) {
      String name = "blocking-" + peer.name().toLowerCase();
      Loopback.TokenEndpoint token = api.token(name, expiresIn(peer), SLOW_TOKEN);
      ItemApi client = Peers.build(peer, api.url(), token.url(), name);
      long start = System.nanoTime();
      Calls calls = callConcurrently(client, BLOCKING_THREADS, run());
      // Only calls that started once the first token was out count: the cold start is not the
      // point.
      long served = peer.usesTokens() ? token.firstServedAtNanos() : start;
      long slow = 0;
      long max = 0;
      long counted = 0;
      List<Long> slowAt = new ArrayList<>();
      for (long[] call : calls.timed) {
        if (call[0] - served >= 0) {
          counted++;
          max = Math.max(max, call[1]);
          if (call[1] > SLOW_CALL.toNanos()) {
            slow++;
            slowAt.add((call[0] - calls.startNanos) / 1_000_000);
          }
        }
      }
      Collections.sort(slowAt);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("peer", peer.name());
      row.put("threads", BLOCKING_THREADS);
      row.put("calls", counted);
      row.put("errors", calls.failed.get());
      row.put("firstError", calls.firstError);
      row.put("tokenRequests", token.requests());
      row.put("slowCalls", slow);
      row.put("maxMillis", max / 1e6);
      row.put(
          "tokenRequestsAtMillis",
          summary(bursts(token.requestTimes(), CADENCE.dividedBy(2)), calls.startNanos));
      row.put("slowCallsStartedAtMillis", slowAt.subList(0, Math.min(40, slowAt.size())));
      rows.add(row);
      System.out.println("blocking " + row);
    }
    return rows;
  }

  // ---------------------------------------------------------------- 401

  private static List<Map<String, Object>> unauthorized(Loopback denying)
      throws InterruptedException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Peer peer : Peers.TOKEN_PEERS) {
      String name = "unauthorized-" + peer.name().toLowerCase();
      Loopback.TokenEndpoint token = denying.token(name, 3600, Duration.ZERO);
      ItemApi client = Peers.build(peer, denying.url(), token.url(), name);
      Calls calls = callConcurrently(client, 1, UNAUTHORIZED_RUN);
      long made = calls.ok.get() + calls.failed.get();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("peer", peer.name());
      row.put("seconds", UNAUTHORIZED_RUN.toSeconds());
      row.put("calls", made);
      row.put("unexpected", calls.ok.get());
      row.put("tokenRequests", token.requests());
      row.put("per100Calls", made == 0 ? null : 100.0 * token.requests() / made);
      rows.add(row);
      System.out.println("unauthorized " + row);
    }
    return rows;
  }

  // ---------------------------------------------------------------- callers

  /** What a set of callers did: calls that returned, calls that threw, each call's timing. */
  static final class Calls {
    final AtomicLong ok = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    /** {start nanos, duration nanos} of every call. */
    final List<long[]> timed = Collections.synchronizedList(new ArrayList<>());

    volatile String firstError;

    /** When the callers were released. */
    volatile long startNanos;
  }

  /**
   * {@code threads} callers released together, each calling {@code client} in a loop until {@code
   * duration} has passed; returns once all have stopped.
   */
  static Calls callConcurrently(ItemApi client, int threads, Duration duration)
      throws InterruptedException {
    Calls calls = new Calls();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    long[] deadline = new long[1];
    List<Thread> callers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread caller =
          new Thread(
              () -> {
                List<long[]> mine = new ArrayList<>();
                ready.countDown();
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                while (System.nanoTime() - deadline[0] < 0) {
                  long start = System.nanoTime();
                  try {
                    client.item();
                    calls.ok.incrementAndGet();
                  } catch (RuntimeException e) {
                    if (calls.failed.getAndIncrement() == 0) {
                      calls.firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                  }
                  mine.add(new long[] {start, System.nanoTime() - start});
                }
                calls.timed.addAll(mine);
              },
              "caller-" + i);
      caller.setDaemon(true);
      callers.add(caller);
      caller.start();
    }
    ready.await();
    calls.startNanos = System.nanoTime();
    deadline[0] = calls.startNanos + duration.toNanos();
    go.countDown();
    long joinBy = deadline[0] + Duration.ofSeconds(30).toNanos();
    for (Thread caller : callers) {
      caller.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
    }
    return calls;
  }
}
