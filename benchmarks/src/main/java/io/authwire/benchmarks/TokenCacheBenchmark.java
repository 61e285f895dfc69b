package io.authwire.benchmarks;

import feign.Request;
import feign.Response;
import io.authwire.ClientAuth;
import io.authwire.runtime.internal.token.Ticker;
import io.authwire.runtime.internal.token.TokenCache;
import io.authwire.runtime.internal.token.TokenEndpoint;
import io.authwire.runtime.internal.token.TokenRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every call pays for a cached client-credentials token: the claim is no lock and no
 * allocation, so run with {@code -prof gc} and read {@code gc.alloc.rate.norm}, and with several
 * threads to see that callers do not contend.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TokenCacheBenchmark {
  private static final Request.Options OPTIONS = new Request.Options();
  private static final long SKEW_NANOS = Duration.ofSeconds(60).toNanos();
  private TokenCache cache;

  @Setup
  public void warmUp() {
    TokenRequest request =
        new TokenRequest(
            "https://auth.example.com/token",
            "bench",
            "secret",
            List.of(),
            ClientAuth.CLIENT_SECRET_BASIC);
    TokenEndpoint endpoint =
        new TokenEndpoint(
            (httpRequest, options) ->
                Response.builder()
                    .status(200)
                    .headers(Map.of())
                    .body("{\"access_token\":\"t\",\"expires_in\":86400}", StandardCharsets.UTF_8)
                    .request(httpRequest)
                    .build(),
            request,
            Clock.systemUTC(),
            Ticker.SYSTEM);
    cache = new TokenCache(endpoint, Ticker.SYSTEM, Runnable::run);
    cache.credential(OPTIONS, SKEW_NANOS);
  }

  @Benchmark
  public String cachedToken() {
    return cache.credential(OPTIONS, SKEW_NANOS);
  }

  @Benchmark
  @Threads(4)
  public String cachedTokenFourThreads() {
    return cache.credential(OPTIONS, SKEW_NANOS);
  }
}
