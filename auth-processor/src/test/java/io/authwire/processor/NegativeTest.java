package io.authwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.authwire.processor.Sources.api;
import static io.authwire.processor.Sources.compile;
import static io.authwire.processor.Sources.method;
import static io.authwire.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.authwire.processor.base.Message;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every misuse is a compile error on the offending element, with its tag and a fix; a few are
 * warnings. Each test names what it {@link Reports}, and {@link ReportsCheck} holds it to that.
 */
@ExtendWith(ReportsCheck.class)
class NegativeTest {

  private static void assertError(JavaFileObject file, String message, String onLineContaining) {
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(file)
        .onLineContaining(onLineContaining);
  }

  @Reports(Message.NOT_AN_INTERFACE)
  @ParameterizedTest
  @ValueSource(strings = {"class", "enum", "@interface", "record"})
  void annotationOnSomethingOtherThanAnInterface(String kind) {
    JavaFileObject file =
        source(
            "NotApi",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            kind + " NotApi" + (kind.equals("record") ? "()" : "") + " {}");
    assertError(
        file, "[authwire:not-an-interface] @BasicAuth applies to interfaces only", "BasicAuth");
  }

  @Reports(Message.CONFLICTING_AUTH)
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
    assertError(
        file,
        "[authwire:conflicting-auth] Api carries both @BasicAuth and @ApiKeyAuth",
        "@ApiKeyAuth");
  }

  @Reports(Message.MALFORMED_ENV_PREFIX)
  @ParameterizedTest
  @ValueSource(strings = {"", "billing", "BILLING_", "1BILLING", "BIL-LING"})
  void malformedEnvPrefix(String prefix) {
    JavaFileObject file = api("@ClientCredentials(envPrefix = \"" + prefix + "\")");
    assertError(
        file,
        "[authwire:malformed-env-prefix] envPrefix \"" + prefix + "\" is not usable: it must match",
        "envPrefix");
  }

  @Reports(Message.MALFORMED_ENV_PREFIX)
  @ParameterizedTest
  @CsvSource({"weather-api,WEATHER_API", "billing,BILLING", "BILLING_,BILLING", "1st.api,ST_API"})
  void theEnvPrefixSuggestionIsDerivedFromTheValue(String prefix, String suggested) {
    JavaFileObject file = api("@ClientCredentials(envPrefix = \"" + prefix + "\")");
    assertError(file, "for example envPrefix = \"" + suggested + "\".", "envPrefix");
  }

  @Reports(Message.HEADER_AND_QUERY)
  @Test
  void headerAndQueryBothSet() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", header = \"X-Key\", query = \"key\")"),
        "[authwire:header-and-query] @ApiKeyAuth sets both header and query",
        "header = ");
  }

  @Reports(Message.SCHEME_WITHOUT_AUTHORIZATION)
  @Test
  void schemeWithACustomHeader() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", header = \"X-Key\", scheme = \"Token\")"),
        "[authwire:scheme-without-authorization] scheme is only used with the Authorization header",
        "scheme = ");
  }

  @Reports(Message.MALFORMED_HEADER_NAME)
  @Test
  void malformedHeaderName() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", header = \"X Key\")"),
        "[authwire:malformed-header-name] header \"X Key\"",
        "header = ");
  }

  @Reports(Message.MALFORMED_QUERY_NAME)
  @Test
  void malformedQueryName() {
    assertError(
        api("@ApiKeyAuth(envPrefix = \"W\", query = \"a&b\")"),
        "[authwire:malformed-query-name] query \"a&b\"",
        "query = ");
  }

  @Reports(Message.API_KEY_IN_QUERY)
  @Test
  void apiKeyInQueryCompilesWithOneWarningSayingWhy() {
    JavaFileObject file = api("@ApiKeyAuth(envPrefix = \"W\", query = \"api_key\")");
    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[authwire:api-key-in-query] The API key travels in query parameter \"api_key\": URLs end up in server, proxy and CDN logs")
        .inFile(file)
        .onLineContaining("query = ");
  }

  @Reports(Message.MALFORMED_URL)
  @Test
  void malformedBaseUrl() {
    assertError(
        api("@BasicAuth(envPrefix = \"API\", baseUrl = \"api.example.com\")"),
        "[authwire:malformed-url] baseUrl \"api.example.com\" is not an absolute http:// or https:// URL",
        "baseUrl = ");
  }

  @Reports(Message.MALFORMED_URL)
  @Test
  void malformedTokenUrlNamesTheVariableThatCanReplaceIt() {
    assertError(
        api("@ClientCredentials(envPrefix = \"B\", tokenUrl = \"ftp://auth/token\")"),
        "or leave it empty and set B_TOKEN_URL",
        "tokenUrl = ");
  }

  @Reports(Message.MALFORMED_URL)
  @Test
  void malformedAuthorizeUrlNamesTheVariableThatCanReplaceIt() {
    assertError(
        api("@AuthorizationCode(envPrefix = \"GH\", authorizeUrl = \"github.com/login\")"),
        "[authwire:malformed-url] authorizeUrl \"github.com/login\" is not an absolute http:// or"
            + " https:// URL without user info. Write it like \"https://api.example.com\", or leave"
            + " it empty and set GH_AUTHORIZE_URL",
        "authorizeUrl = ");
  }

  @Reports(Message.RESERVED_AUTHORIZE_PARAMETER)
  @ParameterizedTest
  @ValueSource(strings = {"response_type=token", "client_id=abc", "state=1", "a=b&redirect_uri=x"})
  void authorizeUrlWithAParameterAuthwireSets(String query) {
    String name = query.replaceFirst("^a=b&", "").replaceFirst("=.*", "");
    assertError(
        api(
            "@AuthorizationCode(envPrefix = \"GH\","
                + " authorizeUrl = \"https://github.com/login/oauth/authorize?"
                + query
                + "\")"),
        "[authwire:reserved-authorize-parameter] authorizeUrl carries query parameter " + name,
        "authorizeUrl = ");
  }

  @Reports(Message.CREDENTIAL_IN_URL)
  @Test
  void clientSecretInTheAuthorizeUrl() {
    assertError(
        api(
            "@AuthorizationCode(envPrefix = \"GH\","
                + " authorizeUrl = \"https://u:p@github.com/login/oauth/authorize\")"),
        "[authwire:credential-in-url]",
        "authorizeUrl = ");
  }

  @Reports(Message.NEGATIVE_REFRESH_SKEW)
  @Test
  void negativeRefreshSkewOfAPerUserApi() {
    assertError(
        api("@AuthorizationCode(envPrefix = \"GH\", refreshSkewSeconds = -1)"),
        "[authwire:negative-refresh-skew] refreshSkewSeconds is -1",
        "refreshSkewSeconds");
  }

  @Reports(Message.GENERATED_MEMBER_CLASH)
  @Test
  void methodClashingWithThePerUserFactory() {
    assertError(
        source(
            "Api",
            "package test;",
            "import feign.RequestLine;",
            "@io.authwire.AuthorizationCode(envPrefix = \"GH\")",
            "interface Api {",
            "  @RequestLine(\"GET /users\") String users();",
            "}"),
        "[authwire:generated-member-clash] Api.users() clashes with the static users()",
        "users()");
  }

  @Reports(Message.NEGATIVE_REFRESH_SKEW)
  @Test
  void negativeRefreshSkew() {
    assertError(
        api("@ClientCredentials(envPrefix = \"B\", refreshSkewSeconds = -5)"),
        "[authwire:negative-refresh-skew] refreshSkewSeconds is -5",
        "refreshSkewSeconds");
  }

  @Reports(Message.MALFORMED_SCOPE)
  @Test
  void scopeWithASpace() {
    assertError(
        api("@ClientCredentials(envPrefix = \"B\", scopes = {\"read\", \"read write\"})"),
        "[authwire:malformed-scope] scope \"read write\"",
        "scopes = ");
  }

  @Reports(Message.NOT_ACCESSIBLE)
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
    assertError(
        file, "[authwire:not-accessible] test.Outer.Hidden is private", "private interface Hidden");
  }

  @Reports(Message.GENERIC_INTERFACE)
  @Test
  void genericInterface() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api<T> {}");
    assertError(
        file,
        "[authwire:generic-interface] Feign cannot target a generic interface",
        "interface Api<T>");
  }

  @Reports(Message.MULTIPLE_INHERITANCE)
  @Test
  void twoParentInterfaces() {
    JavaFileObject file =
        source(
            "Api",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Api extends Runnable, AutoCloseable {}");
    assertError(
        file,
        "[authwire:multiple-inheritance] Api extends more than one interface",
        "interface Api");
  }

  @Reports(Message.MISSING_REQUEST_LINE)
  @Test
  void methodWithoutRequestLine() {
    assertError(
        method("  String missing();"),
        "[authwire:missing-request-line] Api.missing() has no @RequestLine, so Feign cannot call it",
        "String missing()");
  }

  @Reports(Message.EMPTY_REQUEST_LINE)
  @Test
  void emptyRequestLine() {
    assertError(
        method("  @RequestLine(\"\") String x();"),
        "[authwire:empty-request-line] @RequestLine on Api.x() is empty",
        "@RequestLine");
  }

  @Reports(Message.MALFORMED_REQUEST_LINE)
  @Test
  void requestLineWithoutVerb() {
    assertError(
        method("  @RequestLine(\"/path\") String x();"),
        "[authwire:malformed-request-line] @RequestLine(\"/path\") does not start with an upper-case HTTP verb",
        "@RequestLine");
  }

  @Reports(Message.UNKNOWN_HTTP_METHOD)
  @Test
  void unknownHttpVerb() {
    assertError(
        method("  @RequestLine(\"FETCH /path\") String x();"),
        "[authwire:unknown-http-method] FETCH is not an HTTP method Feign knows. Use one of GET, HEAD, POST",
        "@RequestLine");
  }

  @Reports(Message.UNBOUND_TEMPLATE_VARIABLE_NEAR_PARAM)
  @Test
  void templateVariableWithoutParam() {
    assertError(
        method(
            "  @RequestLine(\"GET /users/{id}\")", "  String user(@Param(\"userId\") String id);"),
        "[authwire:unbound-template-variable] {id} in @RequestLine has no parameter annotated @Param(\"id\")",
        "@RequestLine");
  }

  @Reports(Message.UNBOUND_TEMPLATE_VARIABLE)
  @Test
  void headerVariableWithoutParam() {
    assertError(
        method("  @RequestLine(\"GET /x\")", "  @Headers(\"X-Tenant: {tenant}\")", "  String x();"),
        "[authwire:unbound-template-variable] {tenant} in @Headers",
        "@Headers");
  }

  @Reports(Message.UNBOUND_TEMPLATE_VARIABLE_NEAR_PARAM)
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

  @Reports(Message.EMPTY_PARAM)
  @Test
  void emptyParam() {
    assertError(
        method("  @RequestLine(\"GET /x/{id}\")", "  String x(@Param String id);"),
        "[authwire:empty-param] @Param on parameter id has no name",
        "@Param String id");
    assertThat(compile(method("  @RequestLine(\"GET /x/{id}\")", "  String x(@Param String id);")))
        .hadErrorCount(1);
  }

  @Reports(Message.UNBOUND_TEMPLATE_VARIABLE_NEAR_PARAM)
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

  @Reports(Message.UNBOUND_TEMPLATE_VARIABLE_NEAR_PARAM)
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

  @Reports(Message.UNBOUND_TEMPLATE_VARIABLE)
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

  @Reports(Message.GENERATED_MEMBER_CLASH)
  @Test
  void methodClashingWithTheGeneratedFactory() {
    assertError(
        method("  @RequestLine(\"GET /create\") String create();"),
        "[authwire:generated-member-clash] Api.create() clashes with the static create()",
        "create()");
  }

  @Reports(Message.MISSING_REQUEST_LINE)
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
        source(
            "User", "package test;", "class User { Good good = AuthwireGood.builder().build(); }");

    Compilation compilation = compile(bad, good, user);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[authwire:missing-request-line]");
  }

  @Reports(Message.UNRESOLVED_TYPE)
  @Test
  void anInterfaceUsingATypeThatNeverAppearsIsReported() {
    JavaFileObject file = method("  @RequestLine(\"GET /x\") NoSuchType x();");

    Compilation compilation = compile(file);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[authwire:unresolved-type] test.Api refers to a type that could not be found")
        .inFile(file)
        .onLineContaining("interface Api");
  }

  @Reports(Message.UNRESOLVED_TYPE)
  @Test
  void theUnresolvedTypeIsNamed() {
    Compilation compilation =
        compile(method("  @RequestLine(\"GET /x\") java.util.List<NoSuchType> x();"));

    assertThat(compilation)
        .hadErrorContaining("could not be found, NoSuchType, so no client was generated");
  }

  /** Javac refuses to create one file twice, and Authwire reports what it could not handle. */
  @Reports(Message.INTERNAL_ERROR)
  @Test
  void twoInterfacesWhoseClientsWouldShareAName() {
    JavaFileObject nested =
        source(
            "Outer",
            "package test;",
            "class Outer {",
            "  @io.authwire.BasicAuth(envPrefix = \"API\")",
            "  interface Inner { @feign.RequestLine(\"GET /\") String x(); }",
            "}");
    JavaFileObject underscored =
        source(
            "Outer_Inner",
            "package test;",
            "@io.authwire.BasicAuth(envPrefix = \"API\")",
            "interface Outer_Inner { @feign.RequestLine(\"GET /\") String x(); }");

    Compilation compilation = compile(nested, underscored);

    assertThat(compilation)
        .hadErrorContaining("[authwire:internal-error] Authwire failed while generating a client")
        .inFile(underscored)
        .onLineContaining("interface Outer_Inner");
  }

  @Reports(Message.EMPTY_HEADERS)
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

  @Reports(Message.EMPTY_HEADERS)
  @Test
  void emptyHeadersOnAMethod() {
    assertError(
        method("  @RequestLine(\"GET /x\")", "  @Headers({})", "  String x();"),
        "[authwire:empty-headers] @Headers on x is empty",
        "@Headers");
  }

  @Reports(Message.MALFORMED_HEADER)
  @Test
  void headerWithoutColon() {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  @Headers(\"Accept application/json\")",
            "  String x();"),
        "[authwire:malformed-header] @Headers value \"Accept application/json\" is not of the form \"Name: value\"",
        "@Headers");
  }

  @Reports(Message.EMPTY_BODY)
  @Test
  void emptyBody() {
    assertError(
        method("  @RequestLine(\"POST /x\")", "  @Body(\"\")", "  void x();"),
        "[authwire:empty-body] @Body on Api.x() is empty",
        "@Body");
  }

  @Reports(Message.TOO_MANY_BODY_PARAMETERS)
  @Test
  void twoBodyParameters() {
    assertError(
        method("  @RequestLine(\"POST /x\")", "  void x(String first,", "      String second);"),
        "[authwire:too-many-body-parameters] Api.x() has more than one parameter that would become the request body (first and second)",
        "String second");
  }

  @Reports(Message.BODY_WITH_FORM_PARAMETERS)
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

  @Reports(Message.BODY_TEMPLATE_AND_BODY_PARAMETER)
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

  @Reports(Message.MAP_KEY_NOT_STRING)
  @Test
  void queryMapWithNonStringKeys() {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  String x(@QueryMap java.util.Map<Integer, String> query);"),
        "[authwire:map-key-not-string] @QueryMap parameter query has keys of type java.lang.Integer",
        "@QueryMap");
  }

  @Reports({Message.HEADER_MAP_NOT_A_MAP, Message.QUERY_MAP_NOT_A_MAP})
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

  @Reports(Message.MAP_KEY_NOT_STRING)
  @Test
  void headerMapWithNonStringKeysThroughASubtype() {
    assertError(
        method(
            "  @RequestLine(\"GET /x\")",
            "  String x(@HeaderMap java.util.TreeMap<Long, Object> headers);"),
        "[authwire:map-key-not-string] @HeaderMap parameter headers has keys of type java.lang.Long",
        "@HeaderMap");
  }

  @Reports(Message.DUPLICATE_MAP)
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

  @Reports(Message.UNUSED_PARAM)
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

  @Reports(Message.BODY_WITH_FORM_PARAMETERS)
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

  @Reports(Message.AMBIGUOUS_INHERITED_METHOD)
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

  @Reports(Message.IGNORED_HEADERS)
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

  @Reports(Message.MULTIPLE_INHERITANCE)
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
    assertThat(compilation)
        .hadWarningContaining(message)
        .inFile(file)
        .onLineContaining(onLineContaining);
  }

  /** Build logs are no place for a credential, even one already in the source. */
  private static void assertNoMessageShows(Compilation compilation, String secret) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertFalse(diagnostic.getMessage(null).contains(secret), diagnostic.getMessage(null));
    }
  }

  @Reports(Message.CREDENTIAL_IN_HEADERS)
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
        method(
            "  @RequestLine(\"GET /x\")",
            "  @Headers(\"" + name + ": " + value + "\")",
            "  String x();"),
        "[authwire:credential-in-headers] @Headers writes the value of "
            + name
            + ", a credential,"
            + " into the source",
        "@Headers");
  }

  @Reports(Message.CREDENTIAL_IN_HEADERS)
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

  @Reports(Message.CREDENTIAL_IN_HEADERS)
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

  @Reports(Message.CREDENTIAL_IN_HEADERS)
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
    assertError(
        file,
        "[authwire:credential-in-headers] @Headers writes the value of x-weather",
        "@Headers");
  }

  @Reports(Message.CREDENTIAL_IN_REQUEST_LINE)
  @ParameterizedTest
  @ValueSource(
      strings = {"api_key", "apikey", "key", "access_token", "token", "client_secret", "password"})
  void credentialWrittenIntoTheQuery(String name) {
    assertError(
        method("  @RequestLine(\"GET /x?page=1&" + name + "=abc123\")", "  String x();"),
        "[authwire:credential-in-request-line] @RequestLine writes the value of query parameter "
            + name
            + ", a credential,",
        "@RequestLine");
  }

  @Reports(Message.CREDENTIAL_IN_REQUEST_LINE)
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

  @Reports(Message.CREDENTIAL_IN_QUERY)
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

  @Reports(Message.CREDENTIAL_IN_URL)
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

  @Reports(Message.URI_PARAMETER)
  @Test
  void uriParameterIsAWarning() {
    assertOnlyWarning(
        method("  @RequestLine(\"GET /whoami\")", "  String whoamiAt(java.net.URI base);"),
        "[authwire:uri-parameter] Parameter base sends the call to the URI passed in, but Authwire"
            + " sends the credential only to the base URL's origin (scheme, host and port)",
        "URI base");
  }

  @Reports(Message.CREDENTIAL_IN_HEADERS)
  @Test
  void suppressingAnotherTagSuppressesNothing() {
    assertError(
        method(
            "  @SuppressWarnings({\"authwire:uri-parameter\", \"all\", \"authwire\"})",
            "  @RequestLine(\"GET /x\") @Headers(\"X-API-Key: abc123\") String x();"),
        "[authwire:credential-in-headers]",
        "@Headers");
  }

  @Reports({Message.MISSING_REQUEST_LINE, Message.CREDENTIAL_IN_URL})
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
