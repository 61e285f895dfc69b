package io.authwire.processor.base;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor emits, with its kind and stable tag, so that wording is reviewed
 * in one place and users and tests can search for a tag. A tag is its constant's name, so the two
 * cannot drift apart; renaming a constant renames a documented tag.
 */
public enum Message {
  NOT_AN_INTERFACE(
      "@%s applies to interfaces only, and %s is a %s. Put it on the Feign interface the client"
          + " implements."),
  NOT_ACCESSIBLE(
      "%s is private or nested in a private type, so a generated class in its package cannot"
          + " implement it. Make it package-private or public."),
  CONFLICTING_AUTH(
      "%s carries both @%s and @%s. A client authenticates one way: keep one of them."),
  MALFORMED_ENV_PREFIX(
      "envPrefix \"%s\" is not usable: it must match [A-Z][A-Z0-9_]* and not end with _, for"
          + " example envPrefix = \"%s\"."),
  HEADER_AND_QUERY(
      "@ApiKeyAuth sets both header and query, but the key travels in one place. Remove header to"
          + " send it as query parameter \"%s\", or remove query to send it in header \"%s\"."),
  SCHEME_WITHOUT_AUTHORIZATION(
      "scheme is only used with the Authorization header, and the key goes to %s. Remove scheme,"
          + " or put the whole value in the variable."),
  MALFORMED_HEADER_NAME(
      "header \"%s\" is not a valid HTTP header name (RFC 9110 token). Use a name such as"
          + " X-API-Key."),
  MALFORMED_QUERY_NAME(
      "query \"%s\" is not a usable query parameter name: it must not contain spaces, &, = or #."),
  API_KEY_IN_QUERY(
      Diagnostic.Kind.WARNING,
      "The API key travels in query parameter \"%s\": URLs end up in server, proxy and CDN logs"
          + " and in browser history. Prefer a header, such as header = \"X-API-Key\", if the API"
          + " accepts one."),
  MALFORMED_URL(
      "%s \"%s\" is not an absolute http:// or https:// URL without user info. Write it like"
          + " \"https://api.example.com\", or leave it empty and set %s."),
  RESERVED_AUTHORIZE_PARAMETER(
      "authorizeUrl carries query parameter %s, which Authwire sets on every authorization"
          + " request. Remove it from the URL: client_id comes from %s_CLIENT_ID, redirect_uri"
          + " from %s_REDIRECT_URI, scope from scopes, and state and PKCE are made per sign-in."),
  NEGATIVE_REFRESH_SKEW("refreshSkewSeconds is %d; it must be zero or more (the default is 60)."),
  MALFORMED_SCOPE(
      "scope \"%s\" is not a single scope token (RFC 6749 §3.3): write each scope as its own"
          + " array element, without spaces or quotes."),
  GENERIC_INTERFACE(
      "Feign cannot target a generic interface such as %s. Declare a non-generic interface that"
          + " extends it with type arguments, for example interface Users extends Crud<User>."),
  MULTIPLE_INHERITANCE(
      "%s extends more than one interface; Feign supports one parent interface only. Declare an"
          + " interface that extends them all, and extend that one."),
  MISSING_REQUEST_LINE(
      "%s has no @RequestLine, so Feign cannot call it. Add one, such as @RequestLine(\"GET"
          + " /path\"), or make it a default method."),
  EMPTY_REQUEST_LINE(
      "@RequestLine on %s is empty. Write the verb and path, such as @RequestLine(\"GET /path\")."),
  MALFORMED_REQUEST_LINE(
      "@RequestLine(\"%s\") does not start with an upper-case HTTP verb followed by the path, such"
          + " as \"GET /path\"."),
  UNKNOWN_HTTP_METHOD("%s is not an HTTP method Feign knows. Use one of %s."),
  UNBOUND_TEMPLATE_VARIABLE(
      "{%s} in %s has no parameter annotated @Param(\"%s\"). Add the parameter, or fix the name."),
  /** The same mistake, where a {@code @Param} of a close name is likely the one meant. */
  UNBOUND_TEMPLATE_VARIABLE_NEAR_PARAM(
      UNBOUND_TEMPLATE_VARIABLE,
      "{%s} in %s has no parameter annotated @Param(\"%s\"). Did you mean @Param(\"%s\") on"
          + " parameter %s? Make the two names the same."),
  EMPTY_HEADERS(
      "@Headers on %s is empty. Add headers such as @Headers(\"Accept: application/json\"), or"
          + " remove it."),
  MALFORMED_HEADER(
      "@Headers value \"%s\" is not of the form \"Name: value\" with a valid header name, such as"
          + " \"Accept: application/json\"."),
  EMPTY_BODY(
      "@Body on %s is empty. Write the body template, such as @Body(\"{payload}\"), or remove it."),
  TOO_MANY_BODY_PARAMETERS(
      "%s has more than one parameter that would become the request body (%s and %s). Annotate"
          + " all but one with @Param, @QueryMap or @HeaderMap."),
  BODY_WITH_FORM_PARAMETERS(
      "%s has body parameter %s and @Param(\"%s\") that no template uses, which Feign would also"
          + " send as a form body. Use {%s} in a template, or drop one of them."),
  BODY_TEMPLATE_AND_BODY_PARAMETER(
      "%s has both @Body and the unannotated parameter %s, and Feign would send the encoded"
          + " parameter instead of the template. Annotate %s with @Param and use it in the"
          + " template, or remove @Body."),
  MAP_KEY_NOT_STRING(
      "@%s parameter %s has keys of type %s; Feign needs String keys. Use Map<String, ?>."),
  HEADER_MAP_NOT_A_MAP(
      "@HeaderMap parameter %s is a %s, whose fields Feign cannot read: it expands a map, or the"
          + " fields of a class of your own. Use a Map<String, ?>, or a class whose fields are the"
          + " headers."),
  DUPLICATE_MAP(
      "@%s is on more than one parameter of %s; Feign allows one. Merge them into one map."),
  UNUSED_PARAM(
      Diagnostic.Kind.WARNING,
      "@Param(\"%s\") is used by no template, so Feign sends it in a form body through the"
          + " encoder. If that is not meant, use {%s} in @RequestLine, @Headers or @Body."),
  EMPTY_PARAM(
      "@Param on parameter %s has no name; Feign finds it only when compiled with -parameters."
          + " Write @Param(\"%s\")."),
  GENERATED_MEMBER_CLASH(
      "%s clashes with the static %s() that the generated client declares. Rename the method."),
  QUERY_MAP_NOT_A_MAP(
      "@QueryMap parameter %s is a %s, whose fields Feign cannot read: it expands a map, or the"
          + " fields of a class of your own. Use a Map<String, ?>, or a class whose fields are the"
          + " query parameters."),
  AMBIGUOUS_INHERITED_METHOD(
      "%s inherits %s from both %s and %s. Feign 13.9 dispatches only one of the two"
          + " declarations, so every call fails with UnsupportedOperationException. Redeclare the"
          + " method, with its @RequestLine, in %s or a parent that extends both."),
  IGNORED_HEADERS(
      Diagnostic.Kind.WARNING,
      "@Headers on %s is ignored: Feign reads @Headers only on %s and its parent. Move them there,"
          + " or onto the methods."),
  UNRESOLVED_TYPE(
      "%s refers to a type that could not be found, %s, so no client was generated. Check its"
          + " imports and the processor that should generate it."),
  INTERNAL_ERROR(
      "Authwire failed while generating a client for %s; please report it with this trace: %s"),
  CREDENTIAL_IN_HEADERS(
      Diagnostic.Kind.ERROR,
      /* suppressible= */ true,
      "@Headers writes the value of %s, a credential, into the source, where version control"
          + " keeps it for good. Write a variable such as \"%s: %s\" and pass the value in"
          + " through a @Param, or remove the header if it is the one Authwire sends."),
  CREDENTIAL_IN_REQUEST_LINE(
      Diagnostic.Kind.ERROR,
      /* suppressible= */ true,
      "@RequestLine writes the value of query parameter %s, a credential, into the source, where"
          + " version control keeps it for good, and into every URL, which ends up in logs. Send it"
          + " in a header if the API accepts one, or write {%s} and pass the value in through a"
          + " @Param; remove it if it is the one Authwire sends."),
  CREDENTIAL_IN_QUERY(
      Diagnostic.Kind.WARNING,
      "Query parameter %s carries a credential: URLs end up in server, proxy and CDN logs and in"
          + " browser history. Send it in a header instead, if the API accepts one."),
  CREDENTIAL_IN_URL(
      "%s carries a credential in its %s, where version control keeps it for good and logs show"
          + " it with the URL. Remove it and set %s instead."),
  URI_PARAMETER(
      Diagnostic.Kind.WARNING,
      "Parameter %s sends the call to the URI passed in, but Authwire sends the credential only to"
          + " the base URL's origin (scheme, host and port): a call to any other origin goes out"
          + " without it. Build a client with that base URL instead, or, if the other origin needs"
          + " no credential, add @SuppressWarnings(\"authwire:uri-parameter\").");

  private final Diagnostic.Kind kind;
  private final boolean suppressible;
  private final String tag;
  private final String format;

  Message(String format) {
    this(Diagnostic.Kind.ERROR, format);
  }

  /** Every warning can be suppressed. */
  Message(Diagnostic.Kind kind, String format) {
    this(kind, kind == Diagnostic.Kind.WARNING, format);
  }

  /** Tagged with its own name: {@code MISSING_REQUEST_LINE} is {@code missing-request-line}. */
  Message(Diagnostic.Kind kind, boolean suppressible, String format) {
    this.kind = kind;
    this.suppressible = suppressible;
    this.tag = name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.format = format;
  }

  /** Other wording for {@code base}'s diagnostic, with the same tag, kind and suppressibility. */
  Message(Message base, String format) {
    this.kind = base.kind;
    this.suppressible = base.suppressible;
    this.tag = base.tag;
    this.format = format;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /**
   * Whether {@code @SuppressWarnings} with {@link #key()} silences it: warnings, and errors about a
   * choice that can be legitimate. An error about what Feign or the runtime cannot do never is.
   */
  public boolean suppressible() {
    return suppressible;
  }

  /** {@code authwire:missing-request-line}, as {@code @SuppressWarnings} names it. */
  public String key() {
    return "authwire:" + tag;
  }

  /** The wording, with the {@code %s} and {@code %d} that {@link #format} fills in. */
  public String text() {
    return format;
  }

  /** The text, starting with its tag: {@code [authwire:missing-request-line] ...}. */
  public String format(Object... args) {
    return "[" + key() + "] " + String.format(format, args);
  }
}
