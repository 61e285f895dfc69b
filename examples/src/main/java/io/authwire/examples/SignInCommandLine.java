package io.authwire.examples;

// snippet: command-line
import io.authwire.runtime.FileTokenStore;
import io.authwire.runtime.SignInRequiredException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Signs you in with the system browser (RFC 8252) and prints who you are; the tokens stay in {@code
 * ~/.authwire-examples/tokens.json} for the next run. Needs {@code GITHUB_CLIENT_ID} and {@code
 * GITHUB_REDIRECT_URI=http://127.0.0.1/callback}, and {@code GITHUB_CLIENT_SECRET} where the
 * provider asks for one.
 */
public final class SignInCommandLine {
  public static void main(String[] args) {
    Path file = Path.of(System.getProperty("user.home"), ".authwire-examples", "tokens.json");
    AuthwireGitHubApi.Users github = AuthwireGitHubApi.users(FileTokenStore.at(file));
    GitHubApi.User me;
    try {
      me = github.forUser("me").me();
    } catch (SignInRequiredException firstRunOrRevoked) {
      github.signIn().inBrowser("me", Duration.ofMinutes(2)); // opens the browser, waits
      me = github.forUser("me").me();
    }
    System.out.println("Signed in as " + me.login());
  }
}
// end snippet
