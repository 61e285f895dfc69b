package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * One token request, as a {@link TokenListener} sees it. Clients with the same credentials share
 * their token requests; each client's listener hears of them under its own name.
 *
 * @param client the generated client's simple name, for example {@code AuthwireBillingApi}
 * @param latency how long the request took
 * @param failure why the request failed; empty when a token was issued
 */
public record TokenRequestEvent(
    String client, Duration latency, Optional<TokenRequestException> failure) {
  public TokenRequestEvent {
    requireNonNull(client, "client");
    requireNonNull(latency, "latency");
    requireNonNull(failure, "failure");
  }

  /** Whether a token was issued. */
  public boolean succeeded() {
    return failure.isEmpty();
  }
}
