package io.authwire.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the processor adds to a build: {@code javac} over {@value #INTERFACES} annotated interfaces
 * of {@value #METHODS} methods each, with the processor, against the same sources with the
 * annotations stripped and no processor, each timed as a whole process, alternating, median of
 * {@value #RUNS} runs after one unmeasured pair.
 *
 * <p>Arguments: the output JSON, then the class path the sources compile against (it must hold
 * {@code auth-processor} and JavaPoet, which become the processor path).
 */
public final class CompileCost {
  static final int INTERFACES = 200;
  static final int METHODS = 10;
  static final int RUNS = 5;

  private CompileCost() {}

  public static void main(String[] args) throws Exception {
    File out = new File(args[0]);
    String classPath = args[1];
    Path work = out.toPath().toAbsolutePath().getParent().resolve("compile-cost");
    deleteRecursively(work);
    List<String> annotated = write(work.resolve("annotated"), true);
    List<String> stripped = write(work.resolve("stripped"), false);
    String processorPath =
        Arrays.stream(classPath.split(File.pathSeparator))
            .filter(
                entry ->
                    entry.contains("auth-processor")
                        || entry.contains("javapoet")
                        || entry.contains("auth-annotations"))
            .collect(Collectors.joining(File.pathSeparator));
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();

    List<String> withProcessor =
        command(
            javac,
            classPath,
            work.resolve("annotated-out"),
            annotated,
            "-processorpath",
            processorPath);
    List<String> without =
        command(javac, classPath, work.resolve("stripped-out"), stripped, "-proc:none");

    List<Double> plainSeconds = new ArrayList<>();
    List<Double> processorSeconds = new ArrayList<>();
    List<Double> generatedSeconds = new ArrayList<>();
    List<String> generatedSources = null;
    for (int run = 0; run <= RUNS; run++) {
      double plain = time(without, work.resolve("stripped-out"));
      double processed = time(withProcessor, work.resolve("annotated-out"));
      if (generatedSources == null) { // what the processor wrote, kept apart from its output
        generatedSources = keepGenerated(work.resolve("annotated-out"), work.resolve("generated"));
      }
      // Where the time goes: the plain sources and the generated ones, compiled with no processor.
      List<String> both = new ArrayList<>(stripped);
      both.addAll(generatedSources);
      double generated =
          time(
              command(javac, classPath, work.resolve("generated-out"), both, "-proc:none"),
              work.resolve("generated-out"));
      System.out.printf(
          "compile run %d: plain %.2f s, with processor %.2f s,"
              + " plain and generated sources without processor %.2f s%n",
          run, plain, processed, generated);
      if (run > 0) { // the first round warms the disk cache
        plainSeconds.add(plain);
        processorSeconds.add(processed);
        generatedSeconds.add(generated);
      }
    }
    long generated;
    try (Stream<Path> files = Files.walk(work.resolve("annotated-out"))) {
      generated =
          files
              .map(p -> p.getFileName().toString())
              .filter(name -> name.startsWith("Authwire") && !name.contains("$"))
              .count();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("interfaces", INTERFACES);
    result.put("methods", METHODS);
    result.put("runs", RUNS);
    result.put("generatedClasses", generated);
    result.put("plainSeconds", plainSeconds);
    result.put("processorSeconds", processorSeconds);
    result.put("plainAndGeneratedSeconds", generatedSeconds);
    result.put("plainCommand", String.join(" ", abbreviate(without)));
    result.put("processorCommand", String.join(" ", abbreviate(withProcessor)));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, result);
    System.out.println("wrote " + out);
  }

  /** The interfaces, one file each; {@code annotated} decides only the Authwire annotation. */
  private static List<String> write(Path root, boolean annotated) throws IOException {
    Path dir = root.resolve("bench/gen");
    Files.createDirectories(dir);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < INTERFACES; i++) {
      String name = String.format("Api%03d", i);
      StringBuilder source = new StringBuilder();
      source
          .append("package bench.gen;\n\n")
          .append("import feign.Body;\nimport feign.Headers;\nimport feign.Param;\n")
          .append("import feign.QueryMap;\nimport feign.RequestLine;\n")
          .append("import java.util.List;\nimport java.util.Map;\n\n");
      if (annotated) {
        String prefix = String.format("API_%03d", i);
        switch (i % 3) {
          case 0:
            source
                .append("@io.authwire.ApiKeyAuth(envPrefix = \"")
                .append(prefix)
                .append("\", header = \"X-API-Key\")\n");
            break;
          case 1:
            source.append("@io.authwire.BasicAuth(envPrefix = \"").append(prefix).append("\")\n");
            break;
          default:
            source
                .append("@io.authwire.ClientCredentials(envPrefix = \"")
                .append(prefix)
                .append("\", scopes = {\"read\", \"write\"})\n");
        }
      }
      source
          .append("public interface ")
          .append(name)
          .append(" {\n\n")
          .append("  record Thing(String id, String name, List<String> tags) {}\n\n");
      for (int m = 0; m < METHODS; m++) {
        switch (m % 5) {
          case 0:
            source
                .append("  @RequestLine(\"GET /things/{id}\")\n")
                .append("  Thing get")
                .append(m)
                .append("(@Param(\"id\") String id);\n\n");
            break;
          case 1:
            source
                .append("  @RequestLine(\"GET /things?page={page}&size={size}\")\n")
                .append("  List<Thing> list")
                .append(m)
                .append("(@Param(\"page\") int page, @Param(\"size\") int size);\n\n");
            break;
          case 2:
            source
                .append("  @RequestLine(\"POST /things\")\n")
                .append("  @Headers(\"Content-Type: application/json\")\n")
                .append("  Thing create")
                .append(m)
                .append("(Thing thing);\n\n");
            break;
          case 3:
            source
                .append("  @RequestLine(\"PUT /things/{id}/name\")\n")
                .append("  @Body(\"{name}\")\n")
                .append("  void rename")
                .append(m)
                .append("(@Param(\"id\") String id, @Param(\"name\") String name);\n\n");
            break;
          default:
            source
                .append("  @RequestLine(\"GET /search\")\n")
                .append("  List<Thing> search")
                .append(m)
                .append("(@QueryMap Map<String, Object> query);\n\n");
        }
      }
      source.append("}\n");
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    return files;
  }

  /** Copies the generated sources out of {@code out} into {@code into}; returns the copies. */
  private static List<String> keepGenerated(Path out, Path into) throws IOException {
    List<String> copies = new ArrayList<>();
    Files.createDirectories(into);
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file :
          files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Path copy = into.resolve(file.getFileName());
        Files.copy(file, copy);
        copies.add(copy.toString());
      }
    }
    return copies;
  }

  private static List<String> command(
      String javac, String classPath, Path out, List<String> sources, String... options) {
    List<String> command = new ArrayList<>();
    command.add(javac);
    command.addAll(List.of("-d", out.toString(), "-cp", classPath));
    command.addAll(List.of(options));
    command.addAll(sources);
    return command;
  }

  private static double time(List<String> command, Path out) throws Exception {
    deleteRecursively(out);
    Files.createDirectories(out);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException("javac failed (" + exit + "):\n" + output);
    }
    return seconds;
  }

  /** The command without its 200 source files and long paths, for the results page. */
  private static List<String> abbreviate(List<String> command) {
    List<String> shown = new ArrayList<>();
    for (String part : command) {
      if (part.endsWith(".java")) {
        shown.add("<" + INTERFACES + " sources>");
        break;
      }
      shown.add(part.contains(File.separator) ? "<path>" : part);
    }
    shown.set(0, "javac");
    return shown;
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
