package io.authwire.examples;

// snippet: web-flow
import static io.authwire.examples.SignInWebApp.page;
import static io.authwire.examples.SignInWebApp.redirect;

import com.sun.net.httpserver.HttpExchange;
import io.authwire.runtime.AuthorizationException;
import io.authwire.runtime.SignInRequiredException;
import io.authwire.runtime.SignInSession;
import java.io.IOException;

/** The pages of a web application that signs its users in with GitHub. */
final class SignInPages {
  private final AuthwireGitHubApi.Users github;

  SignInPages(AuthwireGitHubApi.Users github) {
    this.github = github;
  }

  void handle(HttpExchange exchange, SignInSession session, String sessionId) throws IOException {
    switch (exchange.getRequestURI().getPath()) {
      case "/login" -> redirect(exchange, github.signIn().start(session));
      case "/callback" -> {
        try {
          github.signIn().callback(session, exchange.getRequestURI(), sessionId);
          redirect(exchange, "/");
        } catch (AuthorizationException e) { // access_denied, a forged or replayed callback, …
          page(exchange, 400, "Sign-in failed: " + e.getMessage());
        }
      }
      case "/" -> {
        try {
          page(exchange, 200, "Hello, " + github.forUser(sessionId).me().login());
        } catch (SignInRequiredException e) {
          page(exchange, 200, "<a href=\"/login\">Sign in with GitHub</a>");
        }
      }
      default -> page(exchange, 404, "Not found");
    }
  }
}
// end snippet
