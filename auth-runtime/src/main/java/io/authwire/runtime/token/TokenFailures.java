package io.authwire.runtime.token;

import io.authwire.runtime.TokenRequestException;
import java.time.Duration;
import java.util.List;

/** Builds every {@link TokenRequestException}, so that each says the same things the same way. */
final class TokenFailures {
  private TokenFailures() {}

  /**
   * "The token endpoint {url} for client {id} {what}. Check {variables}."
   *
   * @param status the HTTP status, or -1 when none was received
   */
  static TokenRequestException of(
      TokenRequest request,
      String what,
      String error,
      int status,
      Duration retryAfter,
      List<String> variables) {
    String message =
        "The token endpoint "
            + request.tokenUrl()
            + " for client "
            + request.clientId()
            + " "
            + what
            + ". Check "
            + String.join(" and ", variables)
            + ".";
    return new TokenRequestException(message, error, status, variables, retryAfter);
  }

  /** Something other than the endpoint's answer went wrong; {@code cause} says what. */
  static TokenRequestException unexpected(TokenRequest request, String what, Throwable cause) {
    TokenRequestException failure =
        of(request, what + ": " + cause.getClass().getName(), null, -1, null,
            List.of(request.variable("TOKEN_URL")));
    failure.initCause(cause);
    return failure;
  }

  /** {@code shared}, the failure every waiting caller saw, as this caller's own exception. */
  static TokenRequestException forCaller(TokenRequest request, Throwable shared) {
    if (!(shared instanceof TokenRequestException)) {
      return unexpected(request, "failed unexpectedly", shared);
    }
    TokenRequestException failure = (TokenRequestException) shared;
    TokenRequestException own =
        new TokenRequestException(
            failure.getMessage(),
            failure.error().orElse(null),
            failure.status(),
            failure.variables(),
            failure.retryAfter().orElse(null));
    own.initCause(failure);
    return own;
  }
}
