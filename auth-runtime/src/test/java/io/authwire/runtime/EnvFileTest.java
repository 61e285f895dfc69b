package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authwire.runtime.internal.env.Variables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileTest {

  @Test
  void readsVariablesFromDotEnv(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(".env"), "# comment\nWEATHER_API_KEY=from-file\nQUOTED=\"a b\"\n");

    Map<String, String> variables = Variables.fromEnvironment(dir);

    assertEquals("from-file", variables.get("WEATHER_API_KEY"));
    assertEquals("a b", variables.get("QUOTED"));
  }

  @Test
  void theProcessEnvironmentWinsOverDotEnv(@TempDir Path dir) throws Exception {
    String name = System.getenv().keySet().iterator().next();
    Files.writeString(dir.resolve(".env"), name + "=from-file\n");

    assertEquals(System.getenv(name), Variables.fromEnvironment(dir).get(name));
  }

  @Test
  void noDotEnvIsFine(@TempDir Path dir) {
    assertEquals(System.getenv(), Variables.fromEnvironment(dir));
  }

  @Test
  void aMalformedDotEnvIsReportedWithoutItsContent(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".env"), "GOOD=1\nthis line holds hunter2 and no equals sign\n");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Variables.fromEnvironment(dir));

    assertTrue(e.getMessage().contains(".env"), e.getMessage());
    assertFalse(RedactionTest.everything(e).contains("hunter2"));
  }
}
