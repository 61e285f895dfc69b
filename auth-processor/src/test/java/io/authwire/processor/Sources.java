package io.authwire.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Sources written inline, compiled with the processor, for the negative and positive tests. */
final class Sources {
  private Sources() {}

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  /** Compiles with the processor; {@link ReportsCheck} sees what the processor reported. */
  static Compilation compile(JavaFileObject... sources) {
    Compilation compilation =
        Compiler.javac().withProcessors(new AuthwireProcessor()).compile(sources);
    ReportsCheck.record(compilation);
    return compilation;
  }

  /** An interface that is fine but for its annotation, which is {@code annotation}. */
  static JavaFileObject api(String annotation) {
    return source(
        "Api",
        "package test;",
        "import feign.RequestLine;",
        "import io.authwire.*;",
        annotation,
        "interface Api {",
        "  @RequestLine(\"GET /x\") String x();",
        "}");
  }

  /** An interface with one method whose declaration is {@code method}. */
  static JavaFileObject method(String... method) {
    String[] lines = new String[6 + method.length];
    lines[0] = "package test;";
    lines[1] = "import feign.*;";
    lines[2] = "@io.authwire.BasicAuth(envPrefix = \"API\")";
    lines[3] = "interface Api {";
    System.arraycopy(method, 0, lines, 4, method.length);
    lines[4 + method.length] = "}";
    lines[5 + method.length] = "";
    return source("Api", lines);
  }
}
