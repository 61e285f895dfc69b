package io.authwire.runtime.internal.token;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.internal.redact.Secrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a token request asks for (RFC 6749 §4.1.3, §4.4.2, §6): the grant's form parameters, besides
 * the client's authentication, and the values among them that must never be shown. {@link
 * #toString()} names the grant type only.
 */
public final class Grant {
  private final String type;
  private final Map<String, String> parameters;
  private final Secrets secrets;

  private Grant(String type, Map<String, String> parameters, Secrets secrets) {
    this.type = type;
    this.parameters = parameters;
    this.secrets = secrets;
  }

  /** RFC 6749 §4.4.2, with the scopes the client asks for, if any. */
  public static Grant clientCredentials(List<String> scopes) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("grant_type", "client_credentials");
    if (!scopes.isEmpty()) {
      parameters.put("scope", String.join(" ", scopes));
    }
    return new Grant("client_credentials", parameters, Secrets.NONE);
  }

  /** RFC 6749 §4.1.3 with the PKCE verifier of RFC 7636 §4.5. */
  public static Grant authorizationCode(String code, String redirectUri, String verifier) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("grant_type", "authorization_code");
    parameters.put("code", requireNonNull(code, "code"));
    parameters.put("redirect_uri", requireNonNull(redirectUri, "redirectUri"));
    parameters.put("code_verifier", requireNonNull(verifier, "verifier"));
    return new Grant("authorization_code", parameters, Secrets.of(code, verifier));
  }

  /** RFC 6749 §6, without a scope: the new token has the scopes the user granted. */
  public static Grant refreshToken(String refreshToken) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("grant_type", "refresh_token");
    parameters.put("refresh_token", requireNonNull(refreshToken, "refreshToken"));
    return new Grant("refresh_token", parameters, Secrets.of(refreshToken));
  }

  public String type() {
    return type;
  }

  /** The form parameters, in the order they are sent. */
  Map<String, String> parameters() {
    return parameters;
  }

  /** Every form of the grant's secrets: the code, the verifier, the refresh token. */
  Secrets secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "Grant(" + type + ")";
  }
}
