package io.authwire.runtime.internal.token;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.internal.redact.Secrets;
import java.time.Duration;
import java.util.List;

/**
 * Why no access token was issued, as the token endpoint or the cache saw it. A token is shared by
 * clients with different variable names, so each client turns this into its own public exception,
 * naming its own variables from {@link #checks()}.
 */
public final class TokenFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A variable worth checking, as the suffix of a client's {@code envPrefix}. */
  public enum Check {
    CLIENT_ID,
    CLIENT_SECRET,
    TOKEN_URL,
    SCOPE
  }

  private final String error;
  private final int status;
  private final transient Duration retryAfter;
  private final transient List<Check> checks;
  private final boolean signInRequired;

  /**
   * "The token endpoint {url} for client {id} {what}".
   *
   * @param error the RFC 6749 §5.2 {@code error} code, or {@code null}
   * @param status the HTTP status, or -1 when none was received
   * @param retryAfter how long the server asked to wait, or {@code null}
   */
  TokenFailure(
      TokenRequest request,
      String what,
      String error,
      int status,
      Duration retryAfter,
      List<Check> checks) {
    this(request, what, error, status, retryAfter, checks, false);
  }

  private TokenFailure(
      TokenRequest request,
      String what,
      String error,
      int status,
      Duration retryAfter,
      List<Check> checks,
      boolean signInRequired) {
    super(
        "The token endpoint "
            + request.tokenUrl()
            + " for client "
            + request.clientId()
            + " "
            + what);
    this.error = error;
    this.status = status;
    this.retryAfter = retryAfter;
    this.checks = List.copyOf(requireNonNull(checks, "checks"));
    this.signInRequired = signInRequired;
  }

  /**
   * A user's tokens are gone or no longer honoured ({@code invalid_grant}): only the user can help,
   * by signing in again. Such a failure is not remembered, so a new sign-in takes effect at once.
   *
   * @param error the endpoint's {@code error}, or {@code null} when no request was made
   */
  public static TokenFailure signInRequired(TokenRequest request, String what, String error) {
    return new TokenFailure(request, what, error, -1, null, List.of(), true);
  }

  /** Whether only the user can help: see {@link #signInRequired(TokenRequest, String, String)}. */
  public boolean signInRequired() {
    return signInRequired;
  }

  /**
   * Something other than the endpoint's answer went wrong: {@code thrown}, of which the failure
   * keeps a copy redacted with {@code secrets} as its cause.
   */
  static TokenFailure unexpected(
      TokenRequest request, String what, Throwable thrown, Secrets secrets) {
    TokenFailure failure =
        new TokenFailure(
            request,
            what + ": " + thrown.getClass().getName(),
            null,
            -1,
            null,
            List.of(Check.TOKEN_URL));
    failure.initCause(secrets.redact(thrown));
    return failure;
  }

  /** The RFC 6749 §5.2 {@code error} code, or {@code null}. */
  public String error() {
    return error;
  }

  /** The HTTP status, or -1 when no response arrived. */
  public int status() {
    return status;
  }

  /** How long the endpoint asked to wait, or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public List<Check> checks() {
    return checks;
  }
}
