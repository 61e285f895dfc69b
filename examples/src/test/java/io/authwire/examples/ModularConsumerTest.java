package io.authwire.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPMS user: a named module that requires only {@code io.authwire.runtime}, compiled with the
 * processor on the processor module path and run from the module path, calls a loopback API. The
 * runtime's internals stay out of its reach.
 */
class ModularConsumerTest {
  private static final String KEY = "modular-key-0001";

  @TempDir Path work;

  @Test
  void aNamedModuleCompilesWithTheProcessorAndCallsAnApi() throws Exception {
    Path sources = write();
    Path classes = Files.createDirectories(work.resolve("classes"));
    String compiled = compile(sources, classes, "app/Main.java");
    assertEquals("", compiled, "javac said");

    HttpServer api =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    api.createContext(
        "/forecast",
        exchange -> {
          boolean keyed =
              ("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body = (keyed ? "sunny" : "no key").getBytes(UTF_8);
          exchange.sendResponseHeaders(keyed ? 200 : 401, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    api.start();
    try {
      String url = "http://127.0.0.1:" + api.getAddress().getPort();
      assertEquals("sunny", run(classes, url).strip());
    } finally {
      api.stop(0);
    }
  }

  @Test
  void theRuntimesInternalsAreNotExported() throws Exception {
    Path sources = write();
    Files.writeString(
        sources.resolve("app/Reach.java"),
        "package app;\n"
            + "class Reach { Object cache = io.authwire.runtime.internal.token.TokenCaches.class; }\n");

    String compiled =
        compile(sources, Files.createDirectories(work.resolve("reach")), "app/Reach.java");

    assertTrue(
        compiled.contains("package io.authwire.runtime.internal.token is not visible"), compiled);
  }

  private Path write() throws IOException {
    Path sources = Files.createDirectories(work.resolve("src/app"));
    Files.writeString(
        sources.resolve("module-info.java"), "module app {\n  requires io.authwire.runtime;\n}\n");
    Files.writeString(
        sources.resolve("WeatherApi.java"),
        "package app;\n"
            + "import feign.RequestLine;\n"
            + "import io.authwire.ApiKeyAuth;\n"
            + "@ApiKeyAuth(envPrefix = \"WEATHER\")\n"
            + "public interface WeatherApi {\n"
            + "  @RequestLine(\"GET /forecast\")\n"
            + "  String forecast();\n"
            + "}\n");
    Files.writeString(
        sources.resolve("Main.java"),
        "package app;\n"
            + "import java.util.Map;\n"
            + "public class Main {\n"
            + "  public static void main(String[] args) {\n"
            + "    WeatherApi api = AuthwireWeatherApi.builder()\n"
            + "        .env(Map.of(\"WEATHER_API_KEY\", \""
            + KEY
            + "\", \"WEATHER_BASE_URL\", args[0]))\n"
            + "        .build();\n"
            + "    System.out.println(api.forecast());\n"
            + "  }\n"
            + "}\n");
    return sources.getParent();
  }

  /** What javac printed, compiling the module and {@code file} with the processor. */
  private static String compile(Path sources, Path classes, String file) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    List<String> options =
        List.of(
            "--module-path",
            modulePath(RUNTIME),
            "--processor-module-path",
            modulePath(PROCESSOR),
            // JDK 23 and later run no processor unless told to, as the README's Troubleshooting
            // says.
            "-proc:full",
            "-Xlint:all,-processing",
            "-d",
            classes.toString());
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, UTF_8)) {
      javac
          .getTask(
              out,
              files,
              null,
              options,
              null,
              files.getJavaFileObjects(
                  sources.resolve("app/module-info.java"),
                  sources.resolve("app/WeatherApi.java"),
                  sources.resolve(file)))
          .call();
    }
    return out.toString();
  }

  private static String run(Path classes, String url) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                classes + File.pathSeparator + modulePath(RUNTIME),
                "--module",
                "app/app.Main",
                url)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the modular app did not end");
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  /** Jars and class folders of the runtime and what it requires, from this test's class path. */
  private static final List<String> RUNTIME =
      List.of(
          "auth-annotations",
          "auth-runtime",
          "feign-core",
          "feign-jackson",
          "jackson-core",
          "jackson-databind",
          "jackson-annotations",
          "jakarta.inject-api");

  private static final List<String> PROCESSOR = List.of("auth-processor", "javapoet");

  private static String modulePath(List<String> artifacts) {
    List<String> entries =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> artifacts.stream().anyMatch(artifact -> isArtifact(entry, artifact)))
            .collect(Collectors.toList());
    assertEquals(artifacts.size(), entries.size(), "found " + entries + " for " + artifacts);
    return String.join(File.pathSeparator, entries);
  }

  /** A jar named {@code artifact-<version>.jar}, or the module's own {@code target/classes}. */
  private static boolean isArtifact(String entry, String artifact) {
    Path path = Path.of(entry);
    String name = path.getFileName().toString();
    return name.matches(java.util.regex.Pattern.quote(artifact) + "-\\d.*\\.jar")
        || name.equals("classes")
            && path.getParent().getParent().getFileName().toString().equals(artifact);
  }
}
