package io.authwire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Java and XML block in the README is a marked region of a file the build compiles or builds,
 * so the README cannot drift from code that works: each block follows a line {@code <!-- snippet:
 * path#name -->}, and the file at {@code path} holds the same lines between {@code snippet: name}
 * and {@code end snippet}.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of(System.getProperty("authwire.root"));
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?:<!-- snippet: (\\S+)#(\\S+) -->\\n)?```(java|xml)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyCodeBlockIsCompiledCode() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher block = BLOCK.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (block.find()) {
      if (block.group(1) == null) {
        fail("a ```" + block.group(3) + " block has no snippet marker:\n" + block.group(4));
      }
      String region = region(ROOT.resolve(block.group(1)), block.group(2));
      assertEquals(region, normalize(block.group(4)), "README block " + block.group(2));
      checked.add(block.group(2));
    }
    assertTrue(
        checked.containsAll(
            List.of("release", "dependencies", "processor", "weather-api", "quickstart")),
        checked.toString());
    assertTrue(
        checked.containsAll(List.of("guice", "dagger", "spring-import", "spring-bean", "cdi")),
        checked.toString());
  }

  @Test
  void theTwoCommandsAreThereAndCiRunsTheTestOne() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String ci = Files.readString(ROOT.resolve(".ci/run"));

    assertTrue(readme.contains("mvn -q install -DskipTests && mvn -q -pl examples exec:java"));
    assertTrue(readme.contains("\nmvn -B verify\n"));
    assertTrue(ci.contains("\nmvn -B verify\n"), ci);
    assertFalse(ci.contains("|| true"), ci);
  }

  private static String region(Path file, String name) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.matches("(//|<!--) snippet: " + Pattern.quote(name) + "( -->)?")) {
        start = i + 1;
      } else if (start >= 0 && line.matches("(//|<!--) end snippet( -->)?")) {
        return normalize(String.join("\n", lines.subList(start, i)) + "\n");
      }
    }
    throw new AssertionError("no snippet " + name + " in " + file);
  }

  /** Removes the indentation all lines share, and trailing blanks. */
  private static String normalize(String text) {
    List<String> lines = text.lines().collect(Collectors.toList());
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
        .collect(Collectors.joining("\n"))
        .strip();
  }
}
