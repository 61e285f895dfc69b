package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where {@link SignIn#start} keeps the {@code state} and PKCE verifier of a sign-in until its
 * callback: the user's session, whatever holds it. Values are strings, so a session that must be
 * serializable can keep them.
 *
 * <pre>{@code
 * SignInSession.of(exchangeAttributes);                    // a Map<String, Object>, Spring's WebSession#getAttributes
 * SignInSession.of(http::getAttribute, http::setAttribute, http::removeAttribute); // a servlet HttpSession
 * }</pre>
 */
public interface SignInSession {

  /** The value of {@code name}, or {@code null}. */
  Object getAttribute(String name);

  void setAttribute(String name, Object value);

  void removeAttribute(String name);

  /** A session kept in {@code attributes}. */
  static SignInSession of(Map<String, Object> attributes) {
    requireNonNull(attributes, "attributes");
    return of(attributes::get, attributes::put, attributes::remove);
  }

  /** A session whose attributes these three functions read, write and remove. */
  static SignInSession of(
      Function<String, Object> get, BiConsumer<String, Object> set, Consumer<String> remove) {
    requireNonNull(get, "get");
    requireNonNull(set, "set");
    requireNonNull(remove, "remove");
    return new SignInSession() {
      @Override
      public Object getAttribute(String name) {
        return get.apply(name);
      }

      @Override
      public void setAttribute(String name, Object value) {
        set.accept(name, value);
      }

      @Override
      public void removeAttribute(String name) {
        remove.accept(name);
      }
    };
  }
}
