package io.authwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every misuse is a compile error on the offending element, with its tag and a fix. */
class NegativeTest {

  private static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new AuthwireProcessor()).compile(sources);
  }

  private static void assertError(
      JavaFileObject file, String message, String onLineContaining) {
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(onLineContaining);
  }

  /** An interface that is fine but for its annotation, which is {@code annotation}. */
  private static JavaFileObject api(String annotation) {
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

  @ParameterizedTest
  @ValueSource(strings = {"class", "enum", "@interface", "record"})
  void annotationOnSomethingOtherThanAnInterface(String kind) {
    JavaFileObject file =
        source(
            "NotApi",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            kind + " NotApi" + (kind.equals("record") ? "()" : "") + " {}");
    assertError(file, "[authwire:not-an-interface] @BasicAuth applies to interfaces only", "BasicAuth");
  }

  @Test
  void twoAuthAnnotations() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.RequestLine;",
            "import io.authwire.*;",
            "@BasicAuth(envPrefix = \"API\")",
            "@ApiKeyAuth(envPrefix = \"API\")",
            "interface Api {",
            "  @RequestLine(\"GET /x\") String x();",
            "}");
    assertError(file, "[authwire:conflicting-auth] Api carries both @BasicAuth and @ApiKeyAuth", "@ApiKeyAuth");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "billing", "BILLING_", "1BILLING", "BIL-LING"})
  void malformedEnvPrefix(String prefix) {
    JavaFileObject file = api("@ClientCredentials(envPrefix = \"" + prefix + "\")");
    assertError(
        file,
        "[authwire:malformed-env-prefix] envPrefix \"" + prefix + "\" is not usable: it must match",
        "envPrefix");
  }

  @Test
  void headerAndQueryBothSet() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", header = \"X-Key\", query = \"key\")"),
        "[authwire:header-and-query] @ApiKeyAuth sets both header and query",
        "header = ");
  }

  @Test
  void schemeWithACustomHeader() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", header = \"X-Key\", scheme = \"Token\")"),
        "[authwire:scheme-without-authorization] scheme is only used with the Authorization header",
        "scheme = ");
  }

  @Test
  void malformedHeaderName() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", header = \"X Key\")"),
        "[authwire:malformed-header-name] header \"X Key\"",
        "header = ");
  }

  @Test
  void malformedQueryName() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", query = \"a&b\")"),
        "[authwire:malformed-query-name] query \"a&b\"",
        "query = ");
  }

  @Test
  void apiKeyInQueryCompilesWithOneWarningSayingWhy() {
    JavaFileObject file = api("@ApiKeyAuth(envPrefix = \"W\", query = \"api_key\")");
    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[authwire:api-key-in-query] The API key travels in query parameter \"api_key\": URLs end up in server, proxy and CDN logs")
        .inFile(file)
        .onLineContaining("query = ");
  }

  @Test
  void malformedBaseUrl() {
    assertError(
        api("@BasicAuth(envPrefix = \"API\", baseUrl = \"api.example.com\")"),
        "[authwire:malformed-url] baseUrl \"api.example.com\" is not an absolute http:// or https:// URL",
        "baseUrl = ");
  }

  @Test
  void malformedTokenUrlNamesTheVariableThatCanReplaceIt() {
    assertError(
        api("@ClientCredentials(envPrefix = \"B\", tokenUrl = \"ftp://auth/token\")"),
        "or leave it empty and set B_TOKEN_URL",
        "tokenUrl = ");
  }

  @Test
  void negativeRefreshSkew() {
    assertError(
        api("@ClientCredentials(envPrefix = \"B\", refreshSkewSeconds = -5)"),
        "[authwire:negative-refresh-skew] refreshSkewSeconds is -5",
        "refreshSkewSeconds");
  }

  @Test
  void scopeWithASpace() {
    assertError(
        api("@ClientCredentials(envPrefix = \"B\", scopes = {\"read\", \"read write\"})"),
        "[authwire:malformed-scope] scope \"read write\"",
        "scopes = ");
  }

  @Test
  void privateNestedInterface() {
    JavaFileObject file =
        source(
            "Outer",
            "package test;",
            "class Outer {",
            "  @io.authwire.BasicAuth(envPrefix = \"API\")",
            "  private interface Hidden {}",
            "}");
    assertError(file, "[authwire:not-accessible] test.Outer.Hidden is private", "private interface Hidden");
  }

  @Test
  void genericInterface() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api<T> {}");
    assertError(file, "[authwire:generic-interface] Feign cannot target a generic interface", "interface Api<T>");
  }

  @Test
  void twoParentInterfaces() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api extends Runnable, AutoCloseable {}");
    assertError(file, "[authwire:multiple-inheritance] Api extends more than one interface", "interface Api");
  }

  /** An interface with one method whose declaration is {@code method}. */
  private static JavaFileObject method(String... method) {
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

  @Test
  void methodWithoutRequestLine() {
    assertError(
        method("  String missing();"),
        "[authwire:missing-request-line] Api.missing() has no @RequestLine, so Feign cannot call it",
        "String missing()");
  }

  @Test
  void emptyRequestLine() {
    assertError(
        method("  @RequestLine(\"\") String x();"),
        "[authwire:empty-request-line] @RequestLine on Api.x() is empty",
        "@RequestLine");
  }

  @Test
  void requestLineWithoutVerb() {
    assertError(
        method("  @RequestLine(\"/path\") String x();"),
        "[authwire:malformed-request-line] @RequestLine(\"/path\") does not start with an upper-case HTTP verb",
        "@RequestLine");
  }

  @Test
  void unknownHttpVerb() {
    assertError(
        method("  @RequestLine(\"FETCH /path\") String x();"),
        "[authwire:unknown-http-method] FETCH is not an HTTP method Feign knows. Use one of GET, HEAD, POST",
        "@RequestLine");
  }

  @Test
  void templateVariableWithoutParam() {
    assertError(
        method(
            "  @RequestLine(\"GET /users/{id}\")",
            "  String user(@Param(\"userId\") String id);"),
        "[authwire:unbound-template-variable] {id} in @RequestLine has no parameter annotated @Param(\"id\")",
        "@RequestLine");
  }

  @Test
  void headerVariableWithoutParam() {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  @Headers(\"X-Tenant: {tenant}\")",
            "  String x();"),
        "[authwire:unbound-template-variable] {tenant} in @Headers",
        "@Headers");
  }

  @Test
  void bodyVariableWithoutParam() {
    assertError(
        method(
            "  @RequestLine(\"POST /x\")",
            "  @Body(\"name={name}\")",
            "  void x(@Param(\"nam\") String name);"),
        "[authwire:unbound-template-variable] {name} in @Body",
        "@Body");
  }

  @Test
  void emptyParam() {
    assertError(
        method(
            "  @RequestLine(\"GET /x/{id}\")",
            "  String x(@Param String id);"),
        "[authwire:empty-param] @Param on parameter id has no name",
        "@Param String id");
    assertThat(compile(method("  @RequestLine(\"GET /x/{id}\")", "  String x(@Param String id);")))
        .hadErrorCount(1);
  }

  @Test
  void templateVariableWithAParamNamedAlikeSuggestsIt() {
    assertError(
        method(
            "  @RequestLine(\"GET /zones/{zoneId}\")",
            "  String zone(@Param(\"ZoneId\") String zone);"),
        "[authwire:unbound-template-variable] {zoneId} in @RequestLine has no parameter annotated"
            + " @Param(\"zoneId\"). Did you mean @Param(\"ZoneId\") on parameter zone?",
        "@RequestLine");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "usrId", "userid"})
  void templateVariableWithAParamOfACloseNameSuggestsIt(String param) {
    JavaFileObject file =
        method(
            "  @RequestLine(\"GET /users/{userId}\")",
            "  String user(@Param(\"" + param + "\") String user);");
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("Did you mean @Param(\"" + param + "\") on parameter user?")
        .inFile(file)
        .onLineContaining("@RequestLine");
  }

  @Test
  void templateVariableSuggestsOnlyAParamNoTemplateUses() {
    JavaFileObject file =
        method(
            "  @RequestLine(\"GET /users/{userId}/{id}\")",
            "  String user(@Param(\"id\") String id, @Param(\"page\") int page);");
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "{userId} in @RequestLine has no parameter annotated @Param(\"userId\"). Add the"
                + " parameter, or fix the name.")
        .inFile(file)
        .onLineContaining("@RequestLine");
  }

  @Test
  void methodClashingWithTheGeneratedFactory() {
    assertError(
        method("  @RequestLine(\"GET /create\") String create();"),
        "[authwire:generated-member-clash] Api.create() clashes with the static create()",
        "create()");
  }

  @Test
  void oneBadInterfaceDoesNotStopTheOthers() {
    JavaFileObject bad = method("  String missing();");
    JavaFileObject good =
        source(
            "Good",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Good { @feign.RequestLine(\"GET /\") String x(); }");
    // Compiles only if AuthwireGood was generated despite the error in Api.
    JavaFileObject user =
        source("User", "package test;", "class User { Good good = AuthwireGood.builder().build(); }");

    Compilation compilation = compile(bad, good, user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[authwire:missing-request-line]");
  }

  @Test
  void anInterfaceUsingATypeThatNeverAppearsIsReported() {
    JavaFileObject file =
        method("  @RequestLine(\"GET /x\") NoSuchType x();");

    Compilation compilation = compile(file);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[authwire:unresolved-type] test.Api refers to a type that could not be found")
        .inFile(file)
        .onLineContaining("interface Api");
  }

  @Test
  void emptyHeadersOnTheInterface() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "@feign.Headers({})",
            "interface Api { @feign.RequestLine(\"GET /\") String x(); }");
    assertError(file, "[authwire:empty-headers] @Headers on Api is empty", "@feign.Headers");
  }

  @Test
  void emptyHeadersOnAMethod() {
    assertError(
        method("  @RequestLine(\"GET /x\")", "  @Headers({})", "  String x();"),
        "[authwire:empty-headers] @Headers on x is empty",
        "@Headers");
  }

  @Test
  void headerWithoutColon() {
    assertError(
        method("  @RequestLine(\"GET /x\")", "  @Headers(\"Accept application/json\")", "  String x();"),
        "[authwire:malformed-header] @Headers value \"Accept application/json\" is not of the form \"Name: value\"",
        "@Headers");
  }

  @Test
  void emptyBody() {
    assertError(
        method("  @RequestLine(\"POST /x\")", "  @Body(\"\")", "  void x();"),
        "[authwire:empty-body] @Body on Api.x() is empty",
        "@Body");
  }

  @Test
  void twoBodyParameters() {
    assertError(
        method("  @RequestLine(\"POST /x\")", "  void x(String first,", "      String second);"),
        "[authwire:too-many-body-parameters] Api.x() has more than one parameter that would become the request body (first and second)",
        "String second");
  }

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
  void bodyParameterWithFormParameters() {
    assertError(
        method(
            "  @RequestLine(\"POST /x\")",
            "  void x(@Param(\"name\") String name,",
            "      String body);"),
        "[authwire:body-with-form-parameters] Api.x() has body parameter body and @Param(\"name\") that no template uses",
        "String body");
  }

  @Test
  void bodyTemplateWithBodyParameter() {
    assertError(
        method(
            "  @RequestLine(\"POST /x\")",
            "  @Body(\"{name}\")",
            "  void x(@Param(\"name\") String name,",
            "      String extra);"),
        "[authwire:body-template-and-body-parameter] Api.x() has both @Body and the unannotated parameter extra",
        "String extra");
  }

  @Test
  void queryMapWithNonStringKeys() {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  String x(@QueryMap java.util.Map<Integer, String> query);"),
        "[authwire:map-key-not-string] @QueryMap parameter query has keys of type java.lang.Integer",
        "@QueryMap");
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
  @CsvSource({
    "HeaderMap, java.lang.String, header-map-not-a-map",
    "HeaderMap, int, header-map-not-a-map",
    "HeaderMap, java.lang.String[], header-map-not-a-map",
    "HeaderMap, java.util.List<java.lang.String>, header-map-not-a-map",
    "QueryMap, java.lang.Integer, query-map-not-a-map",
    "QueryMap, long[], query-map-not-a-map",
    "QueryMap, java.time.Instant, query-map-not-a-map",
  })
  void mapWhoseFieldsFeignCannotRead(String annotation, String type, String tag) {
    assertError(
        method("  @RequestLine(\"GET /x\")", "  String x(@" + annotation + " " + type + " map);"),
        "[authwire:" + tag + "] @" + annotation + " parameter map is a " + type + ",",
        "@" + annotation);
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
  void headerMapWithNonStringKeysThroughASubtype() {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  String x(@HeaderMap java.util.TreeMap<Long, Object> headers);"),
        "[authwire:map-key-not-string] @HeaderMap parameter headers has keys of type java.lang.Long",
        "@HeaderMap");
  }

  @ParameterizedTest
  @ValueSource(strings = {"QueryMap", "HeaderMap"})
  void twoMapsOfOneKind(String annotation) {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  String x(@" + annotation + " java.util.Map<String, Object> first,",
            "      @" + annotation + " java.util.Map<String, Object> second);"),
        "[authwire:duplicate-map] @" + annotation + " is on more than one parameter of Api.x()",
        "second");
  }

  @Test
  void aParamNoTemplateUsesIsAWarning() {
    JavaFileObject file =
        method("  @RequestLine(\"POST /x\")", "  void x(@Param(\"name\") String name);");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[authwire:unused-param] @Param(\"name\") is used by no template")
        .inFile(file)
        .onLineContaining("@Param");
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
  void bodyParameterBeforeFormParameters() {
    assertError(
        method(
            "  @RequestLine(\"POST /x\")",
            "  void x(String body,",
            "      @Param(\"name\") String name);"),
        "[authwire:body-with-form-parameters] Api.x() has body parameter body and @Param(\"name\")",
        "String body");
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
  void methodDeclaredByTwoAncestorsAndNotRedeclared() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "interface First<T> { @RequestLine(\"GET /{key}\") T get(@Param(\"key\") String key); }",
            "interface Second<T> { @RequestLine(\"GET /{key}\") T get(@Param(\"key\") String key); }",
            "interface Service<T> extends First<T>, Second<T> {}",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api extends Service<String> {}");

    assertError(
        file,
        "[authwire:ambiguous-inherited-method] Api inherits get(java.lang.String) from both ",
        "interface Api extends");
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

  @Test
  void headersAboveTheParentAreAWarning() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "@Headers(\"Accept: application/json\")",
            "interface Base { @RequestLine(\"GET /\") String get(); }",
            "@Headers(\"X-Child: yes\")",
            "interface Child extends Base {}",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api extends Child {}");
    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[authwire:ignored-headers] @Headers on Base is ignored: Feign reads @Headers only on Api"
                + " and its parent")
        .inFile(file)
        .onLineContaining("interface Api extends");
  }

  @Test
  void methodsInheritedFromTwoParentsWithClashingSignatures() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.RequestLine;",
            "interface A { @RequestLine(\"GET /a\") String get(); }",
            "interface B { @RequestLine(\"GET /b\") Integer get(); }",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api extends A, B {}");

    Compilation compilation = compile(file);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[authwire:multiple-inheritance]")
        .inFile(file)
        .onLineContaining("interface Api extends");
  }

  private static void assertOnlyWarning(
      JavaFileObject file, String message, String onLineContaining) {
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLineContaining(onLineContaining);
  }

  /** Build logs are no place for a credential, even one already in the source. */
  private static void assertNoMessageShows(Compilation compilation, String secret) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertFalse(diagnostic.getMessage(null).contains(secret), diagnostic.getMessage(null));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Authorization | Bearer abc123",
        "Proxy-Authorization | Basic dXNlcjpwYXNz",
        "X-API-Key | abc123",
        "Api-Key | abc123",
        "x-auth-token | abc123",
        "X-Access-Token | abc123",
      })
  void credentialWrittenIntoHeaders(String name, String value) {
    assertError(
        method("  @RequestLine(\"GET /x\")", "  @Headers(\"" + name + ": " + value + "\")", "  String x();"),
        "[authwire:credential-in-headers] @Headers writes the value of " + name + ", a credential,"
            + " into the source",
        "@Headers");
  }

  @Test
  void credentialMessageSuggestsAVariableAndNeverRepeatsTheValue() {
    Compilation compilation =
        compile(
            method(
                "  @RequestLine(\"GET /x\")",
                "  @Headers(\"Authorization: Bearer abc123\")",
                "  String x();"));

    assertThat(compilation)
        .hadErrorContaining("Write a variable such as \"Authorization: Bearer {authorization}\"");
    assertNoMessageShows(compilation, "abc123");
  }

  @Test
  void credentialPartlyWrittenOutIsWrittenOut() {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  @Headers(\"Authorization: Bearer abc{rest}\")",
            "  String x(@Param(\"rest\") String rest);"),
        "[authwire:credential-in-headers]",
        "@Headers");
  }

  @Test
  void theClientsOwnKeyHeaderWrittenOnTheInterface() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "@io.authwire.ApiKeyAuth(envPrefix = \"W\", header = \"X-Weather\")",
            "@Headers(\"x-weather: abc123\")",
            "interface Api { @RequestLine(\"GET /\") String x(); }");
    assertError(file, "[authwire:credential-in-headers] @Headers writes the value of x-weather", "@Headers");
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
  @ValueSource(strings = {"api_key", "apikey", "key", "access_token", "token", "client_secret", "password"})
  void credentialWrittenIntoTheQuery(String name) {
    assertError(
        method("  @RequestLine(\"GET /x?page=1&" + name + "=abc123\")", "  String x();"),
        "[authwire:credential-in-request-line] @RequestLine writes the value of query parameter "
            + name + ", a credential,",
        "@RequestLine");
  }

  @Test
  void theClientsOwnKeyParameterWrittenIntoTheQuery() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "import feign.*;",
            "@io.authwire.ApiKeyAuth(envPrefix = \"W\", query = \"appid\")",
            "interface Api {",
            "  @RequestLine(\"GET /x?appid=abc123\")",
            "  String x();",
            "}");
    assertError(file, "[authwire:credential-in-request-line]", "@RequestLine");
  }

  @Test
  void credentialVariableInTheQueryIsAWarning() {
    assertOnlyWarning(
        method(
            "  @RequestLine(\"GET /x?access_token={token}\")",
            "  String x(@Param(\"token\") String token);"),
        "[authwire:credential-in-query] Query parameter access_token carries a credential: URLs end up in"
            + " server, proxy and CDN logs",
        "@RequestLine");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@BasicAuth(envPrefix = \"API\", baseUrl = \"https://me:s3cret@api.example.com\")"
            + " | baseUrl carries a credential in its user info | API_USER and API_PASS | baseUrl",
        "@ApiKeyAuth(envPrefix = \"W\", baseUrl = \"https://api.example.com/v1?api_key=s3cret\")"
            + " | baseUrl carries a credential in its query parameter api_key | W_API_KEY | baseUrl",
        "@ApiKeyAuth(envPrefix = \"W\", query = \"appid\","
            + " baseUrl = \"https://api.example.com?appid=s3cret\")"
            + " | baseUrl carries a credential in its query parameter appid | W_API_KEY | baseUrl",
        "@ClientCredentials(envPrefix = \"B\","
            + " tokenUrl = \"https://auth.example.com/token?client_secret=s3cret\")"
            + " | tokenUrl carries a credential in its query parameter client_secret"
            + " | B_CLIENT_ID and B_CLIENT_SECRET | tokenUrl",
      })
  void credentialInAUrlNamesTheVariablesItBelongsIn(
      String annotation, String message, String variables, String attribute) {
    JavaFileObject file = api(annotation);
    Compilation compilation = compile(file);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[authwire:credential-in-url] " + message)
        .inFile(file)
        .onLineContaining(attribute + " = ");
    assertThat(compilation).hadErrorContaining("Remove it and set " + variables + " instead.");
    assertNoMessageShows(compilation, "s3cret");
  }

  @Test
  void uriParameterIsAWarning() {
    assertOnlyWarning(
        method("  @RequestLine(\"GET /whoami\")", "  String whoamiAt(java.net.URI base);"),
        "[authwire:uri-parameter] Parameter base sends the call to the URI passed in, but Authwire"
            + " sends the credential only to the base URL's origin (scheme, host and port)",
        "URI base");
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

  @Test
  void suppressingAnotherTagSuppressesNothing() {
    assertError(
        method(
            "  @SuppressWarnings({\"authwire:uri-parameter\", \"all\", \"authwire\"})",
            "  @RequestLine(\"GET /x\") @Headers(\"X-API-Key: abc123\") String x();"),
        "[authwire:credential-in-headers]",
        "@Headers");
  }

  @Test
  void errorsAboutWhatCannotWorkAreNotSuppressible() {
    assertError(
        method("  @SuppressWarnings(\"authwire:missing-request-line\")", "  String missing();"),
        "[authwire:missing-request-line]",
        "String missing()");
    assertError(
        api(
            "@SuppressWarnings(\"authwire:credential-in-url\")"
                + " @BasicAuth(envPrefix = \"API\", baseUrl = \"https://me:s3cret@api.example.com\")"),
        "[authwire:credential-in-url]",
        "baseUrl = ");
  }
}
