package io.authwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One expected source per annotation kind, compared character for character with what the processor
 * writes, so that generated Javadoc and layout are reviewed like any other change.
 *
 * <p>After an intended change to the output, rewrite the expected files and review their diff:
 *
 * <pre>
 * mvn -B -q verify -pl auth-processor -am -Dtest=GoldenFilesTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dauthwire.regenerateGolden=true
 * </pre>
 */
class GoldenFilesTest {
  /** The expected files in the source tree, relative to the module, where Maven runs tests. */
  private static final Path EXPECTED = Path.of("src", "test", "resources", "expected");

  private static final boolean REGENERATE = Boolean.getBoolean("authwire.regenerateGolden");

  private static Compilation compile(String... sources) {
    return Compiler.javac()
        .withProcessors(new AuthwireProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(
            Arrays.stream(sources)
                .map(source -> JavaFileObjects.forResource("good/" + source))
                .toArray(JavaFileObject[]::new));
  }

  /** Asserts that {@code test.<name>} is the expected file, or rewrites that file. */
  private static void assertGenerated(Compilation compilation, String name) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation
            .generatedSourceFile("test." + name)
            .orElseThrow()
            .getCharContent(false)
            .toString();
    Path expected = EXPECTED.resolve(name + ".java");
    if (REGENERATE) {
      Files.writeString(expected, generated);
    } else {
      assertThat(generated).isEqualTo(Files.readString(expected));
    }
  }

  @Test
  void apiKeyClientWithInheritedGenericVarargsAndCheckedExceptions() throws IOException {
    assertGenerated(compile("WeatherApi.java", "Resource.java"), "AuthwireWeatherApi");
  }

  @Test
  void basicClientForANestedInterface() throws IOException {
    assertGenerated(compile("Outer.java"), "AuthwireOuter_Inner");
  }

  @Test
  void clientCredentialsClientWithEveryAttribute() throws IOException {
    assertGenerated(compile("BillingApi.java"), "AuthwireBillingApi");
  }

  @Test
  void authorizationCodeClientIsMadePerUser() throws IOException {
    assertGenerated(compile("GitHubApi.java"), "AuthwireGitHubApi");
  }
}
