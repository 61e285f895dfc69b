package io.authwire.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The token endpoint did not issue a usable access token: it answered with an OAuth 2.0 error (RFC
 * 6749 §5.2), an unexpected status or body, or could not be reached in time. The message says what
 * happened and which variables to check; it never holds a secret or a token.
 */
public final class TokenRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final int status;

  @SuppressWarnings("serial") // always a List.copyOf, which is serializable
  private final List<String> variables;

  private final Duration retryAfter;

  /**
   * @param error the RFC 6749 §5.2 {@code error} code, or {@code null}
   * @param status the HTTP status, or -1 when none was received
   * @param variables the variables worth checking
   * @param retryAfter how long the server asked to wait ({@code Retry-After}), or {@code null}
   */
  TokenRequestException(
      String message, String error, int status, List<String> variables, Duration retryAfter) {
    super(message);
    this.error = error;
    this.status = status;
    this.variables = List.copyOf(variables);
    this.retryAfter = retryAfter;
  }

  /**
   * The RFC 6749 §5.2 {@code error} code, such as {@code invalid_client}, if the server gave one.
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** The token endpoint's HTTP status, or -1 when no response arrived. */
  public int status() {
    return status;
  }

  /** How long the token endpoint asked to wait before the next attempt, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The variables worth checking. */
  public List<String> variables() {
    return variables;
  }
}
