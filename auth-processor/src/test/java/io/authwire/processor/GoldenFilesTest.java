package io.authwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** One expected source per annotation kind, compared with what the processor writes. */
class GoldenFilesTest {

  private static Compilation compile(String... sources) {
    return Compiler.javac()
        .withProcessors(new AuthwireProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(
            java.util.Arrays.stream(sources)
                .map(source -> JavaFileObjects.forResource("good/" + source))
                .toArray(javax.tools.JavaFileObject[]::new));
  }

  @Test
  void apiKeyClientWithInheritedGenericVarargsAndCheckedExceptions() {
    Compilation compilation = compile("WeatherApi.java", "Resource.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AuthwireWeatherApi")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/AuthwireWeatherApi.java"));
  }

  @Test
  void basicClientForANestedInterface() {
    Compilation compilation = compile("Outer.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AuthwireOuter_Inner")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/AuthwireOuter_Inner.java"));
  }

  @Test
  void clientCredentialsClientWithEveryAttribute() {
    Compilation compilation = compile("BillingApi.java");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AuthwireBillingApi")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/AuthwireBillingApi.java"));
  }
}
