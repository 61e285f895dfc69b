package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import feign.Request;
import io.authwire.runtime.internal.flow.LoopbackReceiver;
import io.authwire.runtime.internal.flow.Pkce;
import io.authwire.runtime.internal.flow.QueryStrings;
import io.authwire.runtime.internal.redact.Quotes;
import io.authwire.runtime.internal.redact.Secrets;
import io.authwire.runtime.internal.token.Grant;
import io.authwire.runtime.internal.token.IssuedTokens;
import io.authwire.runtime.internal.token.TokenEndpoint;
import io.authwire.runtime.internal.token.TokenFailure;
import io.authwire.runtime.internal.transport.DefaultClient;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Signs a user in with the authorization code grant (RFC 6749 §4.1), PKCE S256 (RFC 7636) and
 * {@code state} (RFC 6749 §10.12), in two steps of a web application:
 *
 * <ol>
 *   <li>{@link #start} makes the URL to send the user's browser to, and keeps a fresh {@code state}
 *       and PKCE verifier in the user's session;
 *   <li>{@link #callback}, on the request the provider redirects the browser back with, checks
 *       {@code state} (once: a callback is used up), exchanges the code with the verifier, and
 *       keeps the user's tokens in the {@link TokenStore}.
 * </ol>
 *
 * A command-line or desktop application signs in with {@link #inBrowser} instead (RFC 8252): the
 * system browser goes to the provider and comes back to a receiver on the loopback interface.
 *
 * <p>A sign-in not completed within ten minutes is forgotten. No code, state, verifier, secret or
 * token appears in a message, a log line or {@link #toString()}.
 */
public final class SignIn {
  static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
  private static final Request.Options OPTIONS =
      new Request.Options(AuthwireClient.DEFAULT_TIMEOUT, AuthwireClient.DEFAULT_TIMEOUT, false);

  private final Registration registration;
  private final TokenStore store;
  private final TokenEndpoint endpoint;
  private final Clock clock;

  SignIn(Registration registration, TokenStore store, Clock clock) {
    this.registration = requireNonNull(registration, "registration");
    this.store = requireNonNull(store, "store");
    this.endpoint = registration.endpoint(new DefaultClient());
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * The authorization URL to redirect the user's browser to; the sign-in's {@code state} and PKCE
   * verifier are kept in {@code session}, replacing any sign-in started there before.
   */
  public String start(SignInSession session) {
    requireNonNull(session, "session");
    String state = Pkce.random();
    String verifier = Pkce.random();
    Instant expires = clock.instant().plus(PENDING_LIFETIME);
    session.setAttribute(attribute(), state + " " + verifier + " " + expires.getEpochSecond());
    return authorizationUrl(state, verifier, registration.redirectUri());
  }

  /**
   * Completes the sign-in that {@link #start} began in {@code session}, and keeps the user's tokens
   * under {@code userId}.
   *
   * @param parameters the query parameters of the request the provider redirected the browser with
   * @param userId whom the tokens belong to, as {@link UserClients#forUser} will name them
   * @throws AuthorizationException if the provider answered with an error, {@code state} is
   *     missing, wrong or used, no sign-in is in progress, or the code cannot be exchanged
   */
  public void callback(SignInSession session, Map<String, String> parameters, String userId) {
    requireNonNull(session, "session");
    requireNonNull(parameters, "parameters");
    requireUser(userId);
    Object pending = session.getAttribute(attribute());
    session.removeAttribute(attribute());
    if (!(pending instanceof String) || !((String) pending).matches("\\S+ \\S+ \\d{1,18}")) {
      throw refused(
          "no sign-in is in progress in this session: it was never started, has completed"
              + " already (a callback is used once), or the session is another");
    }
    String[] parts = ((String) pending).split(" ");
    if (clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(parts[2])))) {
      throw refused(
          "the sign-in was started more than " + PENDING_LIFETIME.toMinutes() + " minutes ago");
    }
    complete(parameters, parts[0], parts[1], registration.redirectUri(), userId);
  }

  /**
   * Signs {@code userId} in from a command-line or desktop application (RFC 8252): listens on the
   * loopback address of {@code {envPrefix}_REDIRECT_URI} (such as {@code
   * http://127.0.0.1/callback}; on an ephemeral port unless it names one), opens the system browser
   * at the provider, or prints the URL to standard error where there is none, answers the browser
   * with a short page and keeps the user's tokens.
   *
   * @param timeout how long to wait for the user
   * @throws AuthorizationException if the sign-in fails or does not complete within {@code timeout}
   * @throws IllegalStateException if the redirect URI is not an http URI on a loopback address
   */
  public void inBrowser(String userId, Duration timeout) {
    inBrowser(userId, timeout, SignIn::openSystemBrowser);
  }

  /**
   * As {@link #inBrowser(String, Duration)}, with {@code browser} sending the user to the
   * authorization URL it is given.
   */
  public void inBrowser(String userId, Duration timeout, Consumer<String> browser) {
    requireUser(userId);
    requireNonNull(timeout, "timeout");
    requireNonNull(browser, "browser");
    String state = Pkce.random();
    String verifier = Pkce.random();
    AtomicReference<String> redirect = new AtomicReference<>();
    LoopbackReceiver receiver;
    try {
      receiver =
          LoopbackReceiver.start(
              URI.create(registration.redirectUri()),
              parameters -> complete(parameters, state, verifier, redirect.get(), userId));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          registration.variable("REDIRECT_URI")
              + " "
              + e.getMessage()
              + ", as a command-line sign-in needs");
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot listen for the sign-in callback on "
              + registration.redirectUri()
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
    try (receiver) {
      redirect.set(receiver.redirectUri());
      browser.accept(authorizationUrl(state, verifier, receiver.redirectUri()));
      receiver.await(timeout);
    } catch (TimeoutException e) {
      throw new AuthorizationException(
          "Sign-in did not complete within " + timeout.toSeconds() + " s. Start it again.",
          null,
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuthorizationException("Sign-in was interrupted.", null, null);
    }
  }

  /** Opens the system browser where there is one; else prints the URL for the user to open. */
  private static void openSystemBrowser(String url) {
    try {
      Class<?> desktop = Class.forName("java.awt.Desktop");
      if ((Boolean) desktop.getMethod("isDesktopSupported").invoke(null)) {
        Object instance = desktop.getMethod("getDesktop").invoke(null);
        desktop.getMethod("browse", URI.class).invoke(instance, URI.create(url));
        return;
      }
    } catch (ReflectiveOperationException | LinkageError | RuntimeException noDesktop) {
      // No java.desktop module, a headless JVM, or no browser: the user opens the URL.
    }
    System.err.println("Open this address in a browser to sign in:");
    System.err.println(url);
  }

  /**
   * As {@link #callback(SignInSession, Map, String)}, with the parameters read from the query of
   * {@code callbackUri}, the URI of the request the provider redirected the browser with.
   */
  public void callback(SignInSession session, URI callbackUri, String userId) {
    requireNonNull(callbackUri, "callbackUri");
    callback(session, QueryStrings.parse(callbackUri.getRawQuery()), userId);
  }

  /** The authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3). */
  String authorizationUrl(String state, String verifier, String redirectUri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("response_type", "code");
    parameters.put("client_id", registration.request().clientId());
    parameters.put("redirect_uri", redirectUri);
    if (!registration.request().scopes().isEmpty()) {
      parameters.put("scope", String.join(" ", registration.request().scopes()));
    }
    parameters.put("state", state);
    parameters.put("code_challenge", Pkce.challenge(verifier));
    parameters.put("code_challenge_method", "S256");
    return QueryStrings.append(registration.authorizeUrl(), parameters);
  }

  /** Checks the redirect's {@code state}, then its error or code, and stores the tokens. */
  void complete(
      Map<String, String> parameters,
      String state,
      String verifier,
      String redirectUri,
      String userId) {
    String returned = parameters.get("state");
    if (returned == null) {
      throw refused("the callback has no state parameter; it may be forged");
    }
    if (!Pkce.sameValue(state, returned)) {
      throw refused(
          "the callback's state does not match the sign-in's; it is forged, replayed or from an"
              + " older sign-in");
    }
    Secrets secrets = Secrets.of(state, verifier, parameters.get("code"));
    String error = parameters.get("error");
    if (error != null) {
      String code = Quotes.quoted(error, secrets);
      String description = parameters.get("error_description");
      throw new AuthorizationException(
          "Sign-in with "
              + registration.authorizeUrl()
              + " failed: the provider answered "
              + code
              + (description == null ? "" : " (" + Quotes.quoted(description, secrets) + ")")
              + ("access_denied".equals(code)
                  ? "; the user declined, or may not grant access"
                  : ""),
          code,
          null);
    }
    String code = parameters.get("code");
    if (code == null || code.isEmpty()) {
      throw refused("the callback has neither a code nor an error");
    }
    IssuedTokens issued;
    try {
      issued = endpoint.exchange(OPTIONS, Grant.authorizationCode(code, redirectUri, verifier));
    } catch (TokenFailure failure) {
      TokenRequestException cause =
          ClientTokens.asTokenRequestException(failure, registration.envPrefix());
      throw new AuthorizationException(
          "Sign-in could not be completed: " + cause.getMessage(), failure.error(), cause);
    } catch (RuntimeException e) {
      throw new AuthorizationException(
          "Sign-in could not be completed: the token request failed ("
              + e.getClass().getName()
              + ")",
          null,
          endpoint.secrets().and(secrets).redact(e));
    }
    store.put(
        registration.storeKey(userId),
        new StoredTokens(
            issued.accessToken(),
            issued.refreshToken(),
            clock.instant().plus(issued.lifetime()),
            issued.scope() != null
                ? List.of(issued.scope().trim().split("\\s+"))
                : registration.request().scopes()));
  }

  private AuthorizationException refused(String why) {
    return new AuthorizationException(
        "Sign-in callback refused: " + why + ". Start the sign-in again.", null, null);
  }

  private String attribute() {
    return "io.authwire.sign-in." + registration.envPrefix();
  }

  static String requireUser(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be null or blank");
    }
    return userId;
  }

  TokenStore store() {
    return store;
  }

  Registration registration() {
    return registration;
  }

  /** Names the provider and the client; never a secret. */
  @Override
  public String toString() {
    return "SignIn(authorizeUrl="
        + registration.authorizeUrl()
        + ", clientId="
        + registration.request().clientId()
        + ")";
  }
}
