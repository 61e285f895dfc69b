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
        try (Writer writer =
            processingEnv.getFiler().createSourceFile("test.Forecast").openWriter()) {
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
        compilation
            .generatedSourceFile("test.AuthwireApi")
            .map(ProcessorBehaviourTest::text)
            .orElseThrow();
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
        compilation
            .generatedSourceFile("test.AuthwireApi")
            .map(ProcessorBehaviourTest::text)
            .orElseThrow();
    assertThat(generated).contains("@Generated(\"io.authwire.processor.AuthwireProcessor\")");
    assertThat(generated).doesNotContain("date");
  }

  @Test
  void everyClientHasAnIndexEntryForContainersToFindIt() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AuthwireProcessor())
            .compile(
                JavaFileObjects.forSourceLines(
                    "test.Outer",
                    "package test;",
                    "interface Outer {",
                    "  @io.authwire.BasicAuth(envPrefix = \"API\")",
                    "  interface Api { @feign.RequestLine(\"GET /\") String x(); }",
                    "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(
            javax.tools.StandardLocation.CLASS_OUTPUT,
            "META-INF/authwire/clients/test.AuthwireOuter_Api")
        .contentsAsUtf8String()
        .isEqualTo("test.AuthwireOuter_Api\n");
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generated(Compilation compilation, String name) {
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedSourceFile(name).map(ProcessorBehaviourTest::text).orElseThrow();
  }

  @Test
  void typeUseAnnotationsAreKept() {
    JavaFileObject nullness =
        JavaFileObjects.forSourceLines(
            "test.Nullness",
            "package test;",
            "import java.lang.annotation.*;",
            "public final class Nullness {",
            "  @Target(ElementType.TYPE_USE) public @interface Nullable {}",
            "  @Target(ElementType.TYPE_USE) public @interface NonNull {}",
            "}");
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "test.Api",
            "package test;",
            "import java.util.List;",
            "import test.Nullness.*;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api {",
            "  @feign.RequestLine(\"GET /?q={q}\")",
            "  @Nullable List<@NonNull String> find(@feign.Param(\"q\") @NonNull String q);",
            "}");

    String source =
        generated(
            Compiler.javac().withProcessors(new AuthwireProcessor()).compile(nullness, api),
            "test.AuthwireApi");

    assertThat(source)
        .contains(
            "public @Nullness.Nullable List<@Nullness.NonNull String> find(@Nullness.NonNull String q)");
  }

  @Test
  void namesThatClashWithGeneratedMembersOrAreContextualKeywords() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "test.Api",
            "package test;",
            "import feign.*;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api {",
            "  @RequestLine(\"GET /{client}\") String byClient(@Param(\"client\") String client);",
            "  @RequestLine(\"GET /b/{builder}\") Builder builder(@Param(\"builder\") String builder);",
            "  @RequestLine(\"GET /r/{var}\") String record(@Param(\"var\") String var);",
            "  @RequestLine(\"GET /y\") String yield();",
            "  @RequestLine(\"GET /c/{AUTH}\") String create(@Param(\"AUTH\") String AUTH);",
            "  record Builder(String name) {}",
            "}");

    String source =
        generated(
            Compiler.javac().withProcessors(new AuthwireProcessor()).compile(api),
            "test.AuthwireApi");

    assertThat(source).contains("return this.client.api().byClient(client);");
    assertThat(source).contains("public Api.Builder builder(String builder)");
    assertThat(source).contains("return client.api().yield();");
  }

  @Test
  void interfacesInTheDefaultPackageAndDeeplyNested() {
    JavaFileObject api =
        JavaFileObjects.forSourceLines(
            "Outer",
            "public interface Outer {",
            "  interface A { interface B {",
            "    @io.authwire.ApiKeyAuth(envPrefix = \"DEEP\")",
            "    interface C { @feign.RequestLine(\"GET /\") String get(); }",
            "  } }",
            "  @io.authwire.BasicAuth(envPrefix = \"TOP\")",
            "  interface Top { @feign.RequestLine(\"GET /\") String get(); }",
            "}");

    Compilation compilation = Compiler.javac().withProcessors(new AuthwireProcessor()).compile(api);

    assertThat(generated(compilation, "AuthwireOuter_A_B_C"))
        .contains("public final class AuthwireOuter_A_B_C implements Outer.A.B.C");
    assertThat(generated(compilation, "AuthwireOuter_Top")).doesNotContain("package");
  }
}
