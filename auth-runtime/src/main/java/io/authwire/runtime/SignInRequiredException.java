package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

/**
 * A user's client has no usable token and only the user can give it one, by signing in again: the
 * store holds no tokens for the user, the access token expired without a refresh token, or the
 * provider refused the refresh token ({@code invalid_grant}: revoked, expired or already used), in
 * which case the stale tokens have been removed. Send the user through {@link SignIn} again.
 */
public final class SignInRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String userId;

  SignInRequiredException(String message, String userId) {
    super(message);
    this.userId = requireNonNull(userId, "userId");
  }

  /** The user who must sign in again. */
  public String userId() {
    return userId;
  }
}
