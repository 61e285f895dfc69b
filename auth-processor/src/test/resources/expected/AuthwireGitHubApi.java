package test;

import feign.Feign;
import io.authwire.runtime.AuthConfig;
import io.authwire.runtime.AuthorizationCodeConfig;
import io.authwire.runtime.AuthwireClient;
import io.authwire.runtime.MissingCredentialsException;
import io.authwire.runtime.SignIn;
import io.authwire.runtime.SignInRequiredException;
import io.authwire.runtime.TokenStore;
import io.authwire.runtime.UserClients;
import io.authwire.runtime.VariableSource;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * An authenticated Feign client for {@link GitHubApi}, acting for one signed-in user: start with {@link #users(TokenStore)}.
 *
 * <p>Reads {@code GITHUB_CLIENT_ID}, {@code GITHUB_CLIENT_SECRET}, {@code GITHUB_REDIRECT_URI}, {@code GITHUB_AUTHORIZE_URL}, {@code GITHUB_TOKEN_URL}, {@code GITHUB_SCOPE}
 * and {@code GITHUB_BASE_URL}.
 */
@Generated("io.authwire.processor.AuthwireProcessor")
public final class AuthwireGitHubApi implements GitHubApi {
  private static final AuthorizationCodeConfig AUTH = AuthConfig.authorizationCode("GITHUB")
      .baseUrl("https://api.github.com")
      .authorizeUrl("https://github.com/login/oauth/authorize")
      .tokenUrl("https://github.com/login/oauth/access_token")
      .scopes("read:user", "repo")
      .refreshSkewSeconds(120);

  private final AuthwireClient<GitHubApi> client;

  private AuthwireGitHubApi(AuthwireClient<GitHubApi> client) {
    this.client = client;
  }

  /**
   * Signs users in and makes clients that act for them, with credentials from the process
   * environment laid over {@code .env} in the working directory and users' tokens in
   * {@code store}. Build it once and keep it.
   *
   * @throws MissingCredentialsException naming every variable that is missing or unusable
   */
  public static Users users(TokenStore store) {
    return builder().users(store);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public GitHubApi.User me() {
    return client.api().me();
  }

  @Override
  public List<GitHubApi.Repo> repos(String login) {
    return client.api().repos(login);
  }

  @Override
  public String toString() {
    return client.toString();
  }

  /**
   * Signs users in, and makes clients that act for one of them.
   */
  public static final class Users {
    private final UserClients<GitHubApi> users;

    private Users(UserClients<GitHubApi> users) {
      this.users = users;
    }

    /**
     * The sign-in flow: {@code start} sends the user to the provider, {@code callback}
     * stores the user's tokens.
     */
    public SignIn signIn() {
      return users.signIn();
    }

    /**
     * A client that acts for {@code userId}. Its calls throw {@link SignInRequiredException} when the user must
     * sign in again.
     */
    public AuthwireGitHubApi forUser(String userId) {
      return new AuthwireGitHubApi(users.forUser(userId));
    }

    /**
     * Forgets {@code userId}'s tokens; the provider is not told.
     */
    public void signOut(String userId) {
      users.signOut(userId);
    }

    @Override
    public String toString() {
      return users.toString();
    }
  }

  /**
   * Configures the client; {@link #users(TokenStore)} checks every variable.
   */
  public static final class Builder {
    private final AuthwireClient.Builder<GitHubApi> client = AuthwireClient.builder(AuthwireGitHubApi.class, GitHubApi.class, AUTH);

    private Builder() {
    }

    /**
     * Reads variables only from {@code env}: neither the process environment nor {@code .env}.
     */
    public Builder env(Map<String, String> env) {
      client.env(env);
      return this;
    }

    /**
     * Reads variables only from {@code source}, by the same names: system properties, a secrets
     * manager, a container's configuration.
     */
    public Builder variables(VariableSource source) {
      client.variables(source);
      return this;
    }

    /**
     * The API root, overriding the variable and the annotation.
     */
    public Builder baseUrl(String baseUrl) {
      client.baseUrl(baseUrl);
      return this;
    }

    /**
     * Customizes Feign: client, options, logger, retryer, codecs, interceptors.
     */
    public Builder feign(Consumer<Feign.Builder> customizer) {
      client.feign(customizer);
      return this;
    }

    /**
     * Allows credentials over plain http to hosts that are not loopback.
     */
    public Builder allowInsecureHttp() {
      client.allowInsecureHttp();
      return this;
    }

    /**
     * Signs users in and makes clients that act for them, with users' tokens in {@code store}.
     *
     * @throws MissingCredentialsException naming every variable that is missing or unusable
     */
    public Users users(TokenStore store) {
      return new Users(client.users(store));
    }
  }
}
