package io.authwire.examples;

// snippet: github-api
import feign.RequestLine;
import io.authwire.AuthorizationCode;

@AuthorizationCode(
    envPrefix = "GITHUB",
    baseUrl = "https://api.github.com",
    authorizeUrl = "https://github.com/login/oauth/authorize",
    tokenUrl = "https://github.com/login/oauth/access_token",
    scopes = "read:user")
public interface GitHubApi {

  @RequestLine("GET /user")
  User me();

  /** The signed-in user. */
  record User(String login, String name) {}
}
// end snippet
