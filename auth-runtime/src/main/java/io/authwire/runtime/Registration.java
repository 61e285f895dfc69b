package io.authwire.runtime;

import feign.Client;
import io.authwire.runtime.internal.token.Ticker;
import io.authwire.runtime.internal.token.TokenEndpoint;
import io.authwire.runtime.internal.token.TokenRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * An application's registration with a provider, as {@code @AuthorizationCode}'s variables declare
 * it, once checked. {@link #toString()} never shows the secret.
 *
 * @param request the token endpoint, client id, secret ({@code ""} for a public client) and scopes
 */
record Registration(
    String envPrefix,
    String authorizeUrl,
    String redirectUri,
    TokenRequest request,
    Duration refreshSkew) {

  TokenEndpoint endpoint(Client client) {
    return new TokenEndpoint(client, request, Clock.systemUTC(), Ticker.SYSTEM);
  }

  /** The store key of {@code userId}'s tokens: {@code {token URL} {client id} {user id}}. */
  String storeKey(String userId) {
    return request.tokenUrl() + " " + request.clientId() + " " + userId;
  }

  String variable(String suffix) {
    return envPrefix + "_" + suffix;
  }

  /** The variables a failed token request asks to check. */
  List<String> credentialVariables() {
    return request.clientSecret().isEmpty()
        ? List.of(variable("CLIENT_ID"))
        : List.of(variable("CLIENT_ID"), variable("CLIENT_SECRET"));
  }

  @Override
  public String toString() {
    return "Registration(envPrefix=" + envPrefix + ", " + request + ")";
  }
}
