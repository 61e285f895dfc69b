package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authwire.runtime.internal.env.EnvFile;
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

  @Test
  void readsEnvFilesAsShellsAndDockerWriteThem(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(".env"),
        "\uFEFF# a comment\r\n"
            + "export EXPORTED=plain\r\n"
            + "  SPACED = around  \n"
            + "SINGLE='$HOME # literal'\n"
            + "SINGLE_PLAIN='a \\n b'\n"
            + "DOUBLE=\"line\\nbreak \\\"quoted\\\" # kept\"  # dropped\n"
            + "COMMENTED=value # dropped\n"
            + "HASH=abc#def\n"
            + "EMPTY=\n"
            + "\n"
            + "    # indented comment\n");

    Map<String, String> variables = EnvFile.read(dir.resolve(".env"));

    assertEquals("plain", variables.get("EXPORTED"));
    assertEquals("around", variables.get("SPACED"));
    assertEquals("$HOME # literal", variables.get("SINGLE"));
    assertEquals("a \\n b", variables.get("SINGLE_PLAIN"));
    assertEquals("line\nbreak \"quoted\" # kept", variables.get("DOUBLE"));
    assertEquals("value", variables.get("COMMENTED"));
    assertEquals("abc#def", variables.get("HASH"));
    assertEquals("", variables.get("EMPTY"));
    assertEquals(8, variables.size(), variables.keySet().toString());
  }

  @Test
  void textAfterAClosingQuoteIsMalformed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".env"), "A='x'\nSINGLE='it''s'\n");

    EnvFile.Malformed e =
        assertThrows(EnvFile.Malformed.class, () -> EnvFile.read(dir.resolve(".env")));

    assertEquals(2, e.line());
  }

  @Test
  void aMalformedLineIsNamedByItsNumberAsAnEnvFileException(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(".env"), "# secrets\nGOOD=1\n\nKEY=\"hunter2 never closed\nexport hunter3\n");
    String workingDirectory = System.getProperty("user.dir");
    System.setProperty("user.dir", dir.toString());
    try {
      EnvFileException e = assertThrows(EnvFileException.class, VariableSource::environment);

      assertEquals(4, e.line().orElseThrow());
      assertEquals(dir.resolve(".env").toAbsolutePath(), e.file());
      assertTrue(
          e.getMessage().contains("malformed line 4: a double quote is not closed"),
          e.getMessage());
      assertFalse(RedactionTest.everything(e).contains("hunter2"));
    } finally {
      System.setProperty("user.dir", workingDirectory);
    }
  }
}
