package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import io.authwire.ClientAuth;
import io.authwire.runtime.internal.auth.Authentication;
import io.authwire.runtime.internal.env.Urls;
import io.authwire.runtime.internal.env.VariableReader;
import io.authwire.runtime.internal.token.TokenRequest;
import io.authwire.runtime.internal.transport.TransportPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code @AuthorizationCode}: acting for a signed-in user with the authorization code grant, PKCE
 * and refresh tokens. Clients exist per user: see {@link AuthwireClient.Builder#users(TokenStore)}.
 */
public final class AuthorizationCodeConfig extends AuthConfig {
  private final String authorizeUrl;
  private final String tokenUrl;
  private final List<String> scopes;
  private final int refreshSkewSeconds;

  private AuthorizationCodeConfig(
      String envPrefix,
      String baseUrl,
      String authorizeUrl,
      String tokenUrl,
      List<String> scopes,
      int refreshSkewSeconds) {
    super(envPrefix, baseUrl);
    this.authorizeUrl = requireNonNull(authorizeUrl, "authorizeUrl");
    this.tokenUrl = requireNonNull(tokenUrl, "tokenUrl");
    this.scopes = List.copyOf(scopes);
    if (refreshSkewSeconds < 0) {
      throw new IllegalArgumentException("refreshSkewSeconds must not be negative");
    }
    this.refreshSkewSeconds = refreshSkewSeconds;
  }

  static AuthorizationCodeConfig defaults(String envPrefix) {
    return new AuthorizationCodeConfig(envPrefix, "", "", "", List.of(), 60);
  }

  public AuthorizationCodeConfig baseUrl(String baseUrl) {
    return new AuthorizationCodeConfig(
        envPrefix(), baseUrl, authorizeUrl, tokenUrl, scopes, refreshSkewSeconds);
  }

  /** The authorization endpoint; {@code {envPrefix}_AUTHORIZE_URL} overrides it. */
  public AuthorizationCodeConfig authorizeUrl(String authorizeUrl) {
    return new AuthorizationCodeConfig(
        envPrefix(), baseUrl(), authorizeUrl, tokenUrl, scopes, refreshSkewSeconds);
  }

  /** The token endpoint; {@code {envPrefix}_TOKEN_URL} overrides it. */
  public AuthorizationCodeConfig tokenUrl(String tokenUrl) {
    return new AuthorizationCodeConfig(
        envPrefix(), baseUrl(), authorizeUrl, tokenUrl, scopes, refreshSkewSeconds);
  }

  /** The scopes to request; {@code {envPrefix}_SCOPE} overrides them. */
  public AuthorizationCodeConfig scopes(String... scopes) {
    return new AuthorizationCodeConfig(
        envPrefix(), baseUrl(), authorizeUrl, tokenUrl, Arrays.asList(scopes), refreshSkewSeconds);
  }

  /** Refresh this long before expiry, capped at half the token's lifetime. */
  public AuthorizationCodeConfig refreshSkewSeconds(int refreshSkewSeconds) {
    return new AuthorizationCodeConfig(
        envPrefix(), baseUrl(), authorizeUrl, tokenUrl, scopes, refreshSkewSeconds);
  }

  /** There is no client without a user. */
  @Override
  Authentication read(VariableReader reader, TransportPolicy policy) {
    throw new IllegalStateException(
        envPrefix() + ": an @AuthorizationCode client acts for a user: use users(TokenStore)");
  }

  /** Reads every variable, recording every problem in {@code reader}. */
  Registration register(VariableReader reader, TransportPolicy policy) {
    String idVariable = variable("CLIENT_ID");
    String secretVariable = variable("CLIENT_SECRET");
    String id = reader.require(idVariable);
    reader.refuseControlCharacters(idVariable, id);
    String secret = reader.optional(secretVariable).orElse("");
    reader.refuseControlCharacters(secretVariable, secret);
    Optional<String> authorize = Urls.read(reader, policy, variable("AUTHORIZE_URL"), authorizeUrl);
    Optional<String> token = Urls.read(reader, policy, variable("TOKEN_URL"), tokenUrl);
    Optional<String> redirect = Urls.read(reader, policy, variable("REDIRECT_URI"), "");
    List<String> requested = scopes(reader, scopes);
    TokenRequest request =
        new TokenRequest(
            token.orElse(""),
            id == null ? "" : id,
            secret,
            requested,
            ClientAuth.CLIENT_SECRET_BASIC);
    return new Registration(
        envPrefix(),
        authorize.orElse(""),
        redirect.orElse(""),
        request,
        Duration.ofSeconds(refreshSkewSeconds));
  }

  @Override
  public String toString() {
    return "AuthorizationCodeConfig(envPrefix=" + envPrefix() + ", scopes=" + scopes + ")";
  }
}
