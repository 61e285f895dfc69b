package io.authwire.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the demo server and writes the {@code .env} that {@code create()} and the injected
 * constructors read from the working directory, as a user's project would have it.
 */
final class LoopbackDotEnv implements BeforeEachCallback, AfterEachCallback {
  private final Path dotEnv = Path.of(System.getProperty("user.dir"), ".env");
  private DemoServer server;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    server = DemoServer.start(Duration.ofMinutes(5));
    Files.createDirectories(dotEnv.getParent());
    Files.writeString(
        dotEnv,
        "WEATHER_API_KEY=" + DemoServer.WEATHER_KEY + "\nWEATHER_BASE_URL=" + server.url() + "\n");
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    Files.deleteIfExists(dotEnv);
    server.close();
  }
}
