package io.authwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.authwire.processor.Sources.compile;
import static io.authwire.processor.Sources.method;
import static io.authwire.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interfaces near a misuse that are fine, and compile without a word: the other side of each line
 * that {@link NegativeTest} draws.
 */
class AcceptedInterfacesTest {

  @Test
  void uriAndOptionsParametersAreNotBodies() {
    Compilation compilation =
        compile(
            method(
                "  @RequestLine(\"POST /x\")",
                "  void x(java.net.URI host, Request.Options options, String body);"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[authwire:uri-parameter]");
  }

  @Test
  void queryMapOfABeanIsFine() {
    Compilation compilation =
        compile(
            method(
                "  @RequestLine(\"GET /x\")",
                "  String x(@QueryMap Filter filter);",
                "  record Filter(String name, int page) {}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Filter", "Object", "java.util.SortedMap<String, String>", "T"})
  void headerMapOfAnObjectFeignCanReadIsFine(String type) {
    Compilation compilation =
        compile(
            method(
                "  @RequestLine(\"GET /x\")",
                "  <T> String x(@HeaderMap " + type + " headers);",
                "  record Filter(String name, int page) {}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aParamUsedByHeadersOnTheInterfaceIsUsed() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "@Headers(\"X-Tenant: {tenant}\")",
            "interface Api { @RequestLine(\"GET /\") String x(@Param(\"tenant\") String tenant); }");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void ancestorsOfAnyDepthAreFine() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "interface Base<M> { @RequestLine(\"GET /{key}\") M get(@Param(\"key\") String key); }",
            "interface First<T> { @RequestLine(\"GET /first\") T first(); }",
            "interface Child<T> extends Base<java.util.List<T>>, First<T> {}",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api extends Child<String> {}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void methodDeclaredByTwoAncestorsAndRedeclaredBelowIsFine() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "interface First<T> { T get(String key); }",
            "interface Second<T> { T get(String key); }",
            "interface Service<T> extends First<T>, Second<T> {",
            "  @Override @RequestLine(\"GET /{key}\") T get(@Param(\"key\") String key);",
            "}",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api extends Service<String> {}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization: Bearer {token}",
        "Authorization: {token}",
        "Proxy-Authorization: Basic {token}",
        "Authorization: Basic {token}:{token}",
        "X-API-Key: {token}",
      })
  void credentialLeftToVariablesIsFine(String header) {
    Compilation compilation =
        compile(
            method(
                "  @RequestLine(\"GET /x\")",
                "  @Headers(\"" + header + "\")",
                "  String x(@Param(\"token\") String token);"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void harmlessLiteralsStaySilent() {
    Compilation compilation =
        compile(
            method(
                "  @RequestLine(\"GET /x?page=1&keyword=k&key_id=7&token_type=bearer\")",
                "  @Headers({\"Accept: application/json\", \"X-Request-Id: abc123\",",
                "      \"Idempotency-Key: k1\"})",
                "  String x();"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@SuppressWarnings(\"authwire:credential-in-headers\")"
            + " @RequestLine(\"GET /x\") @Headers(\"X-API-Key: DEMO_KEY\") String x();",
        "@SuppressWarnings(\"authwire:credential-in-request-line\")"
            + " @RequestLine(\"GET /x?api_key=DEMO_KEY\") String x();",
        "@SuppressWarnings(\"authwire:credential-in-query\")"
            + " @RequestLine(\"GET /x?token={t}\") String x(@Param(\"t\") String t);",
        "@SuppressWarnings({\"unchecked\", \"authwire:uri-parameter\"})"
            + " @RequestLine(\"GET /x\") String x(java.net.URI base);",
        "@RequestLine(\"GET /x\")"
            + " String x(@SuppressWarnings(\"authwire:uri-parameter\") java.net.URI base);",
        "@RequestLine(\"POST /x\")"
            + " void x(@SuppressWarnings(\"authwire:unused-param\") @Param(\"n\") String n);",
      })
  void suppressedOnTheMethodOrParameter(String method) {
    assertThat(compile(method("  " + method))).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheInterface() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "@SuppressWarnings({\"authwire:api-key-in-query\", \"authwire:credential-in-headers\"})",
            "@io.authwire.ApiKeyAuth(envPrefix = \"W\", query = \"api_key\")",
            "@Headers(\"X-Api-Key: DEMO_KEY\")",
            "interface Api { @RequestLine(\"GET /\") String x(); }");
    // Compiles only if the client was generated despite the suppressed error.
    JavaFileObject user =
        source("User", "package test;", "class User { Api api = AuthwireApi.builder().build(); }");

    assertThat(compile(file, user)).succeededWithoutWarnings();
  }
}
