package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.internal.auth.Authentication;
import io.authwire.runtime.internal.env.VariableReader;
import io.authwire.runtime.internal.transport.TransportPolicy;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a generated client authenticates, as its annotation declares it. Generated code creates one
 * with {@link #apiKey}, {@link #basic}, {@link #clientCredentials} or {@link #authorizationCode}.
 */
public abstract class AuthConfig {
  private static final Pattern ENV_PREFIX = Pattern.compile("[A-Z][A-Z0-9_]*(?<!_)");

  private final String envPrefix;
  private final String baseUrl;

  AuthConfig(String envPrefix, String baseUrl) {
    requireNonNull(envPrefix, "envPrefix");
    if (!ENV_PREFIX.matcher(envPrefix).matches()) {
      throw new IllegalArgumentException(
          "envPrefix \"" + envPrefix + "\" must match [A-Z][A-Z0-9_]* and not end with _");
    }
    this.envPrefix = envPrefix;
    this.baseUrl = requireNonNull(baseUrl, "baseUrl");
  }

  /** {@code @ApiKeyAuth(envPrefix = ...)}: the key from {@code {envPrefix}_API_KEY}. */
  public static ApiKeyConfig apiKey(String envPrefix) {
    return new ApiKeyConfig(envPrefix, "", "Authorization", "Bearer", "");
  }

  /** {@code @BasicAuth(envPrefix = ...)}: {@code {envPrefix}_USER} and {@code {envPrefix}_PASS}. */
  public static BasicConfig basic(String envPrefix) {
    return new BasicConfig(envPrefix, "");
  }

  /** {@code @ClientCredentials(envPrefix = ...)}: OAuth 2.0 client credentials. */
  public static ClientCredentialsConfig clientCredentials(String envPrefix) {
    return ClientCredentialsConfig.defaults(envPrefix);
  }

  /**
   * {@code @AuthorizationCode(envPrefix = ...)}: OAuth 2.0 authorization code with PKCE, for a
   * signed-in user.
   */
  public static AuthorizationCodeConfig authorizationCode(String envPrefix) {
    return AuthorizationCodeConfig.defaults(envPrefix);
  }

  public final String envPrefix() {
    return envPrefix;
  }

  /** The API root the annotation declares, or {@code ""}. */
  public final String baseUrl() {
    return baseUrl;
  }

  /** The name of variable {@code suffix}: {@code {envPrefix}_{suffix}}. */
  final String variable(String suffix) {
    return envPrefix + "_" + suffix;
  }

  /** The scopes {@code {envPrefix}_SCOPE} names, space-separated, or else {@code declared}. */
  final List<String> scopes(VariableReader reader, List<String> declared) {
    return reader
        .optional(variable("SCOPE"))
        .map(value -> List.of(value.trim().split("\\s+")))
        .orElse(declared);
  }

  /** Reads this configuration's variables, recording every problem in {@code reader}. */
  abstract Authentication read(VariableReader reader, TransportPolicy policy);
}
