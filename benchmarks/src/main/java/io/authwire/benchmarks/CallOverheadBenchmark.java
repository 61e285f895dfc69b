package io.authwire.benchmarks;

import feign.Client;
import feign.Feign;
import feign.RequestLine;
import feign.Response;
import io.authwire.runtime.AuthConfig;
import io.authwire.runtime.AuthwireClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Authwire adds to a Feign call (credential placement, redaction, redirect handling), against
 * plain Feign with a hand-written header, both on an in-memory client so that only the library's
 * own work is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallOverheadBenchmark {

  /** The benchmarked API. */
  public interface PingApi {
    @RequestLine("GET /ping")
    String ping();
  }

  private static final Client IN_MEMORY =
      (request, options) ->
          Response.builder()
              .status(200)
              .headers(Map.of())
              .body("pong", StandardCharsets.UTF_8)
              .request(request)
              .build();

  private PingApi plain;
  private PingApi headerKey;
  private PingApi queryKey;

  @Setup
  public void build() {
    plain =
        Feign.builder()
            .client(IN_MEMORY)
            .requestInterceptor(template -> template.header("X-API-Key", "k"))
            .target(PingApi.class, "https://api.example.com");
    headerKey = authwire(AuthConfig.apiKey("BENCH").header("X-API-Key"));
    queryKey = authwire(AuthConfig.apiKey("BENCH").query("api_key"));
  }

  private static PingApi authwire(AuthConfig config) {
    return AuthwireClient.builder(PingApi.class, PingApi.class, config)
        .env(Map.of("BENCH_API_KEY", "k", "BENCH_BASE_URL", "https://api.example.com"))
        .feign(feign -> feign.client(IN_MEMORY))
        .build()
        .api();
  }

  @Benchmark
  public String plainFeign() {
    return plain.ping();
  }

  @Benchmark
  public String authwireHeaderKey() {
    return headerKey.ping();
  }

  @Benchmark
  public String authwireQueryKey() {
    return queryKey.ping();
  }
}
