package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import io.authwire.ClientAuth;
import io.authwire.runtime.internal.auth.Authentication;
import io.authwire.runtime.internal.auth.Placement;
import io.authwire.runtime.internal.env.Urls;
import io.authwire.runtime.internal.env.VariableReader;
import io.authwire.runtime.internal.token.Ticker;
import io.authwire.runtime.internal.token.TokenCaches;
import io.authwire.runtime.internal.token.TokenEndpoint;
import io.authwire.runtime.internal.token.TokenRequest;
import io.authwire.runtime.internal.transport.TransportPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code @ClientCredentials}: OAuth 2.0 access tokens from the client credentials grant. */
public final class ClientCredentialsConfig extends AuthConfig {
  private final String tokenUrl;
  private final List<String> scopes;
  private final ClientAuth clientAuth;
  private final int refreshSkewSeconds;

  private ClientCredentialsConfig(
      String envPrefix,
      String baseUrl,
      String tokenUrl,
      List<String> scopes,
      ClientAuth clientAuth,
      int refreshSkewSeconds) {
    super(envPrefix, baseUrl);
    this.tokenUrl = requireNonNull(tokenUrl, "tokenUrl");
    this.scopes = List.copyOf(scopes);
    this.clientAuth = requireNonNull(clientAuth, "clientAuth");
    if (refreshSkewSeconds < 0) {
      throw new IllegalArgumentException("refreshSkewSeconds must not be negative");
    }
    this.refreshSkewSeconds = refreshSkewSeconds;
  }

  static ClientCredentialsConfig defaults(String envPrefix) {
    return new ClientCredentialsConfig(
        envPrefix, "", "", List.of(), ClientAuth.CLIENT_SECRET_BASIC, 60);
  }

  public ClientCredentialsConfig baseUrl(String baseUrl) {
    return new ClientCredentialsConfig(
        envPrefix(), baseUrl, tokenUrl, scopes, clientAuth, refreshSkewSeconds);
  }

  /** The token endpoint; {@code {envPrefix}_TOKEN_URL} overrides it. */
  public ClientCredentialsConfig tokenUrl(String tokenUrl) {
    return new ClientCredentialsConfig(
        envPrefix(), baseUrl(), tokenUrl, scopes, clientAuth, refreshSkewSeconds);
  }

  /** The scopes to request; {@code {envPrefix}_SCOPE} overrides them. */
  public ClientCredentialsConfig scopes(String... scopes) {
    return new ClientCredentialsConfig(
        envPrefix(), baseUrl(), tokenUrl, Arrays.asList(scopes), clientAuth, refreshSkewSeconds);
  }

  public ClientCredentialsConfig clientAuth(ClientAuth clientAuth) {
    return new ClientCredentialsConfig(
        envPrefix(), baseUrl(), tokenUrl, scopes, clientAuth, refreshSkewSeconds);
  }

  /** Refresh this long before expiry, capped at half the token's lifetime. */
  public ClientCredentialsConfig refreshSkewSeconds(int refreshSkewSeconds) {
    return new ClientCredentialsConfig(
        envPrefix(), baseUrl(), tokenUrl, scopes, clientAuth, refreshSkewSeconds);
  }

  @Override
  Authentication read(VariableReader reader, TransportPolicy policy) {
    String idVariable = variable("CLIENT_ID");
    String secretVariable = variable("CLIENT_SECRET");
    String urlVariable = variable("TOKEN_URL");
    String id = reader.require(idVariable);
    String secret = reader.require(secretVariable);
    reader.refuseControlCharacters(idVariable, id);
    reader.refuseControlCharacters(secretVariable, secret);
    Optional<String> url = Urls.read(reader, policy, urlVariable, tokenUrl);
    List<String> requested = scopes(reader, scopes);
    TokenRequest request =
        new TokenRequest(
            url.orElse(""),
            id == null ? "" : id,
            secret == null ? "" : secret,
            requested,
            clientAuth);
    return new Authentication(
        Placement.header("Authorization"),
        client ->
            new ClientTokens(
                TokenCaches.forRequest(
                    request,
                    () -> new TokenEndpoint(client, request, Clock.systemUTC(), Ticker.SYSTEM)),
                Duration.ofSeconds(refreshSkewSeconds),
                envPrefix()),
        List.of(idVariable, secretVariable, urlVariable));
  }

  @Override
  public String toString() {
    return "ClientCredentialsConfig(envPrefix=" + envPrefix() + ", scopes=" + scopes + ")";
  }
}
