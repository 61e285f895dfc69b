package io.authwire.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up in fresh JVMs: from Authwire's {@code create()} to its first completed call, against
 * {@code Feign.builder()...target(...)} and its first call, both timed inside the child ({@link
 * Probe}), alternating, median of {@value #RUNS} JVMs each after one unmeasured pair; the whole
 * child process is timed too.
 *
 * <p>Arguments: the output JSON, then the class path of this module.
 */
public final class Startup {
  static final int RUNS = 10;

  private Startup() {}

  public static void main(String[] args) throws Exception {
    File out = new File(args[0]);
    String classPath = args[1];
    Path work = out.toPath().toAbsolutePath().getParent().resolve("startup");
    Files.createDirectories(work); // no .env here: create() reads only the variables given
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, List<Double>> inside = new LinkedHashMap<>();
    Map<String, List<Double>> process = new LinkedHashMap<>();
    try (Loopback api = Loopback.start()) {
      for (int run = 0; run <= RUNS; run++) {
        for (String variant : List.of("feign", "authwire")) {
          ProcessBuilder builder =
              new ProcessBuilder(java, "-cp", classPath, Probe.class.getName(), variant)
                  .directory(work.toFile())
                  .redirectErrorStream(true);
          builder.environment().put("BENCH_HEADER_API_KEY", Peers.API_KEY);
          builder.environment().put("BENCH_HEADER_BASE_URL", api.url());
          long start = System.nanoTime();
          Process child = builder.start();
          String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          int exit = child.waitFor();
          double wholeMillis = (System.nanoTime() - start) / 1e6;
          if (exit != 0 || !output.trim().matches("\\d+")) {
            throw new IllegalStateException(variant + " probe failed (" + exit + "):\n" + output);
          }
          double millis = Long.parseLong(output.trim()) / 1e6;
          System.out.printf(
              "start-up run %d %s: %.1f ms to first call, %.0f ms process%n",
              run, variant, millis, wholeMillis);
          if (run > 0) {
            inside.computeIfAbsent(variant, v -> new ArrayList<>()).add(millis);
            process.computeIfAbsent(variant, v -> new ArrayList<>()).add(wholeMillis);
          }
        }
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("runs", RUNS);
    result.put("firstCallMillis", inside);
    result.put("processMillis", process);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, result);
    System.out.println("wrote " + out);
  }

  /** The child JVM: builds one client, makes one call, prints the nanoseconds that took. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      long start = System.nanoTime();
      ItemApi api;
      if (args[0].equals("authwire")) {
        api = AuthwireItemApi_HeaderKey.create();
      } else {
        String url = System.getenv("BENCH_HEADER_BASE_URL");
        String key = System.getenv("BENCH_HEADER_API_KEY");
        api = Peers.feign(url, template -> template.header("X-API-Key", key));
      }
      ItemApi.Item item = api.item();
      long elapsed = System.nanoTime() - start;
      if (item.id() != 42) {
        throw new AssertionError(item);
      }
      System.out.println(elapsed);
    }
  }
}
