package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.Message;
import io.authwire.processor.model.AuthKind;
import io.authwire.processor.model.AuthModel;
import io.authwire.processor.model.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Checks the auth annotation's attributes and turns them into an {@link AuthModel}. */
final class AuthValidator {
  private static final Pattern ENV_PREFIX = Pattern.compile("[A-Z][A-Z0-9_]*(?<!_)");
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern QUERY_NAME = Pattern.compile("[^\\s&=#?]+");
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  /** A URL with user info, found without parsing so that no URL syntax error can hide it. */
  private static final Pattern USER_INFO = Pattern.compile("^[^:/?#]+://[^/?#]*@");

  /** Parameters of the authorization request that are Authwire's to set (RFC 6749 §4.1.1). */
  private static final Set<String> AUTHORIZE_PARAMETERS =
      Set.of(
          "response_type",
          "client_id",
          "redirect_uri",
          "scope",
          "state",
          "code_challenge",
          "code_challenge_method");

  private final ErrorReporter reporter;

  AuthValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /** The auth annotations on {@code api}, in source order. */
  static List<Map.Entry<AuthKind, AnnotationMirror>> annotations(TypeElement api) {
    List<Map.Entry<AuthKind, AnnotationMirror>> found = new ArrayList<>();
    for (AnnotationMirror mirror : api.getAnnotationMirrors()) {
      for (AuthKind kind : AuthKind.values()) {
        if (Annotations.is(mirror, kind.annotation())) {
          found.add(Map.entry(kind, mirror));
        }
      }
    }
    return found;
  }

  /**
   * @param found the auth annotations on {@code api}, as {@link #annotations} lists them
   */
  Optional<AuthModel> validate(TypeElement api, List<Map.Entry<AuthKind, AnnotationMirror>> found) {
    for (int i = 1; i < found.size(); i++) {
      reporter.report(
          api,
          found.get(i).getValue(),
          Message.CONFLICTING_AUTH,
          api.getSimpleName(),
          found.get(0).getKey().annotation().simpleName(),
          found.get(i).getKey().annotation().simpleName());
    }
    if (found.size() != 1) {
      return Optional.empty();
    }
    AuthKind kind = found.get(0).getKey();
    AnnotationMirror mirror = found.get(0).getValue();
    int errorsBefore = reporter.errorCount();
    String envPrefix = Annotations.string(mirror, "envPrefix");
    if (!ENV_PREFIX.matcher(envPrefix).matches()) {
      reporter.report(
          api,
          mirror,
          Annotations.value(mirror, "envPrefix"),
          Message.MALFORMED_ENV_PREFIX,
          envPrefix,
          suggestedEnvPrefix(envPrefix));
    }
    checkUrl(api, kind, mirror, "baseUrl", envPrefix + "_BASE_URL");
    switch (kind) {
      case API_KEY:
        checkApiKey(api, mirror);
        break;
      case CLIENT_CREDENTIALS:
        checkTokens(api, kind, mirror, envPrefix);
        break;
      case AUTHORIZATION_CODE:
        checkUrl(api, kind, mirror, "authorizeUrl", envPrefix + "_AUTHORIZE_URL");
        checkAuthorizeParameters(api, mirror, envPrefix);
        checkTokens(api, kind, mirror, envPrefix);
        break;
      case BASIC:
        break;
    }
    if (reporter.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new AuthModel(kind, envPrefix, settings(mirror)));
  }

  private void checkApiKey(TypeElement api, AnnotationMirror mirror) {
    Optional<AnnotationValue> header = Annotations.explicit(mirror, "header");
    Optional<AnnotationValue> scheme = Annotations.explicit(mirror, "scheme");
    String headerName = Annotations.string(mirror, "header");
    String query = Annotations.string(mirror, "query");
    if (!query.isEmpty() && header.isPresent()) {
      reporter.report(api, mirror, header.get(), Message.HEADER_AND_QUERY, query, headerName);
      return;
    }
    if (!HEADER_NAME.matcher(headerName).matches()) {
      reporter.report(
          api,
          mirror,
          Annotations.value(mirror, "header"),
          Message.MALFORMED_HEADER_NAME,
          headerName);
    }
    if (scheme.isPresent() && (!query.isEmpty() || !headerName.equalsIgnoreCase("Authorization"))) {
      reporter.report(
          api,
          mirror,
          scheme.get(),
          Message.SCHEME_WITHOUT_AUTHORIZATION,
          query.isEmpty() ? "header " + headerName : "query parameter " + query);
    }
    if (!query.isEmpty()) {
      AnnotationValue value = Annotations.value(mirror, "query");
      if (!QUERY_NAME.matcher(query).matches()) {
        reporter.report(api, mirror, value, Message.MALFORMED_QUERY_NAME, query);
      } else {
        reporter.report(api, mirror, value, Message.API_KEY_IN_QUERY, query);
      }
    }
  }

  private void checkAuthorizeParameters(
      TypeElement api, AnnotationMirror mirror, String envPrefix) {
    Templates.queryParameters(Annotations.string(mirror, "authorizeUrl")).stream()
        .map(Map.Entry::getKey)
        .filter(AUTHORIZE_PARAMETERS::contains)
        .findFirst()
        .ifPresent(
            name ->
                reporter.report(
                    api,
                    mirror,
                    Annotations.value(mirror, "authorizeUrl"),
                    Message.RESERVED_AUTHORIZE_PARAMETER,
                    name,
                    envPrefix,
                    envPrefix));
  }

  /** The token endpoint, scopes and refresh skew of the two OAuth 2.0 annotations. */
  private void checkTokens(
      TypeElement api, AuthKind kind, AnnotationMirror mirror, String envPrefix) {
    checkUrl(api, kind, mirror, "tokenUrl", envPrefix + "_TOKEN_URL");
    int skew = (Integer) Annotations.value(mirror, "refreshSkewSeconds").getValue();
    if (skew < 0) {
      reporter.report(
          api,
          mirror,
          Annotations.value(mirror, "refreshSkewSeconds"),
          Message.NEGATIVE_REFRESH_SKEW,
          skew);
    }
    for (AnnotationValue scope : Annotations.strings(mirror, "scopes")) {
      if (!SCOPE_TOKEN.matcher((String) scope.getValue()).matches()) {
        reporter.report(api, mirror, scope, Message.MALFORMED_SCOPE, scope.getValue());
      }
    }
  }

  private void checkUrl(
      TypeElement api, AuthKind kind, AnnotationMirror mirror, String attribute, String variable) {
    String url = Annotations.string(mirror, attribute);
    Optional<String> credential = credentialIn(url, secretNames(kind, mirror));
    if (credential.isPresent()) {
      reporter.report(
          api,
          mirror,
          Annotations.value(mirror, attribute),
          Message.CREDENTIAL_IN_URL,
          attribute,
          credential.get(),
          credentialVariables(kind, Annotations.string(mirror, "envPrefix")));
    } else if (!url.isEmpty() && !isHttpUrl(url)) {
      reporter.report(
          api,
          mirror,
          Annotations.value(mirror, attribute),
          Message.MALFORMED_URL,
          attribute,
          url,
          variable);
    }
  }

  /** Where {@code url} carries a credential, if it does, for a message that never shows it. */
  private static Optional<String> credentialIn(String url, SecretNames secrets) {
    if (USER_INFO.matcher(url).find()) {
      return Optional.of("user info");
    }
    return Templates.queryParameters(url).stream()
        .map(Map.Entry::getKey)
        .filter(secrets::isSecret)
        .map(name -> "query parameter " + name)
        .findFirst();
  }

  /** The variables that hold the credential, where a message says it belongs. */
  private static String credentialVariables(AuthKind kind, String envPrefix) {
    return kind.credentialSuffixes().stream()
        .map(suffix -> envPrefix + "_" + suffix)
        .collect(Collectors.joining(" and "));
  }

  /** The names that say a credential, with the header or query parameter the API key goes in. */
  static SecretNames secretNames(AuthKind kind, AnnotationMirror mirror) {
    if (kind != AuthKind.API_KEY) {
      return new SecretNames(Set.of());
    }
    String query = Annotations.string(mirror, "query");
    return new SecretNames(Set.of(query.isEmpty() ? Annotations.string(mirror, "header") : query));
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static List<Setting> settings(AnnotationMirror mirror) {
    List<Setting> settings = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      String name = entry.getKey().getSimpleName().toString();
      if (!name.equals("envPrefix")) {
        settings.add(new Setting(name, entry.getValue()));
      }
    }
    return settings;
  }

  /**
   * {@code envPrefix} made usable: {@code weather-api} → {@code WEATHER_API}; {@code BILLING} when
   * nothing of it is left.
   */
  static String suggestedEnvPrefix(String envPrefix) {
    String suggested =
        envPrefix
            .toUpperCase(java.util.Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "_")
            .replaceAll("^[0-9_]+|_+$", "");
    return suggested.isEmpty() ? "BILLING" : suggested;
  }
}
