package io.authwire.benchmarks;

import io.authwire.benchmarks.Peers.Peer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call over loopback HTTP per operation, for every peer: a GET answered with a small JSON body,
 * decoded into a record. Token peers hold a one-hour token, fetched in setup.
 *
 * <p>The API runs in another JVM when {@code -Dbench.api=<url>} names it ({@code benchmarks/run}
 * starts {@link Loopback#main}), so that {@code -prof gc} counts the client's allocation only;
 * without it, in this JVM. Either way with {@code -Dsun.net.httpserver.nodelay=true}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class LoopbackCallBenchmark {

  @Param({
    "PLAIN_FEIGN",
    "AUTHWIRE_HEADER_KEY",
    "AUTHWIRE_QUERY_KEY",
    "AUTHWIRE_CLIENT_CREDENTIALS",
    "TEXTBOOK",
    "SPRING_MANAGER",
    "RAW_JDK"
  })
  public Peer peer;

  private Loopback local;
  private ItemApi api;

  @Setup
  public void connect() throws IOException {
    String url = System.getProperty("bench.api");
    if (url == null) {
      local = Loopback.start();
      url = local.url();
    }
    api = Peers.build(peer, url, url + "/token/jmh", "jmh-" + peer.name().toLowerCase());
    api.item(); // the token, the connection
  }

  @TearDown
  public void stop() {
    if (local != null) {
      local.close();
    }
  }

  @Benchmark
  @Threads(1)
  public ItemApi.Item oneThread() {
    return api.item();
  }

  @Benchmark
  @Threads(8)
  public ItemApi.Item eightThreads() {
    return api.item();
  }
}
