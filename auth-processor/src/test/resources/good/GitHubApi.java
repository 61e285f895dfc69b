package test;

import feign.Param;
import feign.RequestLine;
import io.authwire.AuthorizationCode;
import java.util.List;

@AuthorizationCode(
    envPrefix = "GITHUB",
    baseUrl = "https://api.github.com",
    authorizeUrl = "https://github.com/login/oauth/authorize",
    tokenUrl = "https://github.com/login/oauth/access_token",
    scopes = {"read:user", "repo"},
    refreshSkewSeconds = 120)
public interface GitHubApi {

  @RequestLine("GET /user")
  User me();

  @RequestLine("GET /users/{login}/repos")
  List<Repo> repos(@Param("login") String login);

  record User(String login, String name) {}

  record Repo(String name, boolean fork) {}
}
