package io.authwire.runtime.token;

import static java.util.Objects.requireNonNull;

import io.authwire.ClientAuth;
import java.time.Duration;
import java.util.List;

/**
 * What a client-credentials token request (RFC 6749 §4.4) sends, and the variables it came from.
 * {@link #toString()} never shows the secret.
 */
public record TokenRequest(
    String tokenUrl,
    String clientId,
    String clientSecret,
    List<String> scopes,
    ClientAuth clientAuth,
    Duration refreshSkew,
    String envPrefix) {

  public TokenRequest {
    requireNonNull(tokenUrl, "tokenUrl");
    requireNonNull(clientId, "clientId");
    requireNonNull(clientSecret, "clientSecret");
    scopes = List.copyOf(scopes);
    requireNonNull(clientAuth, "clientAuth");
    requireNonNull(refreshSkew, "refreshSkew");
    requireNonNull(envPrefix, "envPrefix");
  }

  String variable(String suffix) {
    return envPrefix + "_" + suffix;
  }

  @Override
  public String toString() {
    return "TokenRequest(tokenUrl="
        + tokenUrl
        + ", clientId="
        + clientId
        + ", scopes="
        + scopes
        + ", clientAuth="
        + clientAuth
        + ")";
  }
}
