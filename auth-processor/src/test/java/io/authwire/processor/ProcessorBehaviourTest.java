package io.authwire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ProcessorBehaviourTest {
  private static final JavaFileObject USES_GENERATED_TYPE =
      JavaFileObjects.forSourceLines(
          "test.Api",
          "package test;",
          "@io.authwire.BasicAuth(envPrefix = \"API\")",
          "interface Api {",
          "  @feign.RequestLine(\"GET /forecast\") Forecast forecast();",
          "}");

  /** Another processor that writes {@code test.Forecast} in the first round. */
  static final class ForecastProcessor extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Forecast").openWriter()) {
          writer.write("package test; public record Forecast(String sky) {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void interfacesUsingTypesGeneratedLaterAreDeferredNotRejected() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AuthwireProcessor(), new ForecastProcessor())
            .compile(USES_GENERATED_TYPE);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AuthwireApi")
        .contentsAsUtf8String()
        .contains("public Forecast forecast()");
  }

  @Test
  void withoutJakartaInjectTheClientHasNoInjectionAnnotations() {
    List<File> classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("jakarta.inject"))
            .map(File::new)
            .collect(Collectors.toList());
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "test.Api",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api { @feign.RequestLine(\"GET /\") String x(); }");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AuthwireProcessor())
            .withClasspath(classpath)
            .compile(api);

    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation.generatedSourceFile("test.AuthwireApi").map(ProcessorBehaviourTest::text).orElseThrow();
    assertThat(generated).doesNotContain("jakarta");
    assertThat(generated).contains("public static AuthwireApi create()");
  }

  @Test
  void generatedSourceHoldsNoTimestamp() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AuthwireProcessor())
            .compile(
                JavaFileObjects.forSourceLines(
                    "test.Api",
                    "package test;",
                    "@io.authwire.ApiKeyAuth(envPrefix = \"API\")",
                    "interface Api { @feign.RequestLine(\"GET /\") String x(); }"));

    String generated =
        compilation.generatedSourceFile("test.AuthwireApi").map(ProcessorBehaviourTest::text).orElseThrow();
    assertThat(generated).contains("@Generated(\"io.authwire.processor.AuthwireProcessor\")");
    assertThat(generated).doesNotContain("date");
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
