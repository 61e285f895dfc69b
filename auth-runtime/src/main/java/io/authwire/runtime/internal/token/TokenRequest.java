package io.authwire.runtime.internal.token;

import static java.util.Objects.requireNonNull;

import io.authwire.ClientAuth;
import java.util.List;

/**
 * What a client-credentials token request (RFC 6749 §4.4) sends: all that makes two clients' tokens
 * the same token. {@link #toString()} never shows the secret.
 */
public record TokenRequest(
    String tokenUrl,
    String clientId,
    String clientSecret,
    List<String> scopes,
    ClientAuth clientAuth) {

  public TokenRequest {
    requireNonNull(tokenUrl, "tokenUrl");
    requireNonNull(clientId, "clientId");
    requireNonNull(clientSecret, "clientSecret");
    scopes = List.copyOf(scopes);
    requireNonNull(clientAuth, "clientAuth");
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
