package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.internal.auth.Authentication;
import io.authwire.runtime.internal.auth.Placement;
import io.authwire.runtime.internal.token.Ticker;
import io.authwire.runtime.internal.token.TokenCaches;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * An {@code @AuthorizationCode} API for every user: {@link #signIn()} signs users in, {@link
 * #forUser} gives a client that acts for one of them. Build it once, with {@link
 * AuthwireClient.Builder#users(TokenStore)}, which checks every variable.
 *
 * <p>A user's clients share one access token: at most one refresh is in flight per user however
 * many threads call, refreshes start ahead of expiry in the background, and a rotated refresh token
 * replaces the old one in the store atomically.
 */
public final class UserClients<T> {
  private final String name;
  private final Registration registration;
  private final TokenStore store;
  private final List<String> variables;
  private final Function<Authentication, AuthwireClient<T>> assemble;
  private final SignIn signIn;

  UserClients(
      String name,
      Registration registration,
      TokenStore store,
      Function<Authentication, AuthwireClient<T>> assemble) {
    this.name = name;
    this.registration = requireNonNull(registration, "registration");
    this.store = requireNonNull(store, "store");
    this.variables = registration.credentialVariables();
    this.assemble = requireNonNull(assemble, "assemble");
    this.signIn = new SignIn(registration, store, Clock.systemUTC());
  }

  /** Signs users in and keeps their tokens in the store. */
  public SignIn signIn() {
    return signIn;
  }

  /**
   * A client that acts for {@code userId}, with the tokens the store keeps for the user. Calls
   * throw {@link SignInRequiredException} when the user must sign in (again).
   */
  public AuthwireClient<T> forUser(String userId) {
    SignIn.requireUser(userId);
    String key = registration.storeKey(userId);
    return assemble.apply(
        new Authentication(
            Placement.header("Authorization"),
            client ->
                new ClientTokens(
                    TokenCaches.forUser(
                        registration.request(),
                        store,
                        userId,
                        () ->
                            new UserTokenSource(
                                registration.endpoint(client),
                                store,
                                key,
                                userId,
                                Clock.systemUTC(),
                                Ticker.SYSTEM)),
                    registration.refreshSkew(),
                    registration.envPrefix(),
                    userId),
            variables));
  }

  /** Forgets {@code userId}'s tokens; the provider is not told. */
  public void signOut(String userId) {
    store.remove(registration.storeKey(SignIn.requireUser(userId)));
  }

  public TokenStore store() {
    return store;
  }

  /** Names the client and the provider; never a secret. */
  @Override
  public String toString() {
    return name + "{" + registration + ", store=" + store + "}";
  }
}
