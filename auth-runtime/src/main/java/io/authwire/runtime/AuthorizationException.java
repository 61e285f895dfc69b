package io.authwire.runtime;

import java.util.Optional;

/**
 * A sign-in did not complete: the provider answered with an error such as {@code access_denied}
 * (RFC 6749 §4.1.2.1), the callback's {@code state} was missing, wrong or already used (a forged or
 * replayed callback, RFC 6749 §10.12), no sign-in was in progress in the session, or the code could
 * not be exchanged for tokens. The message says which; it never holds a code, state, verifier,
 * secret or token.
 */
public final class AuthorizationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;

  AuthorizationException(String message, String error, Throwable cause) {
    super(message, cause);
    this.error = error;
  }

  /**
   * The OAuth 2.0 {@code error} code, from the provider's redirect ({@code access_denied}) or from
   * the token endpoint ({@code invalid_grant}); empty when the callback itself was refused.
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
