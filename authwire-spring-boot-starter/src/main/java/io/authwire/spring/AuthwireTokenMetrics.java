package io.authwire.spring;

import io.authwire.runtime.TokenListener;
import io.authwire.runtime.TokenRequestEvent;
import io.authwire.runtime.TokenRequestException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Token requests as Micrometer meters, tagged with the client's class name and the outcome, never a
 * credential:
 *
 * <ul>
 *   <li>{@code authwire.token.requests}, a timer: how many token requests, and how long they took;
 *   <li>{@code authwire.token.failures}, a counter: failed ones, tagged with the RFC 6749 {@code
 *       error} code when the token endpoint sent a standard one ({@code other} otherwise).
 * </ul>
 */
public final class AuthwireTokenMetrics implements TokenListener {
  /** RFC 6749 §5.2: the only error codes used as tags, so that a server cannot mint new ones. */
  private static final Set<String> ERRORS =
      Set.of(
          "invalid_request",
          "invalid_client",
          "invalid_grant",
          "unauthorized_client",
          "unsupported_grant_type",
          "invalid_scope");

  private final Supplier<MeterRegistry> registry;

  /**
   * @param registry where meters go; asked at each event, and may answer {@code null} for none
   */
  public AuthwireTokenMetrics(Supplier<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void tokenRequested(TokenRequestEvent event) {
    MeterRegistry meters = registry.get();
    if (meters == null) {
      return;
    }
    Timer.builder("authwire.token.requests")
        .description("Token requests to OAuth 2.0 token endpoints")
        .tag("client", event.client())
        .tag("outcome", event.succeeded() ? "success" : "failure")
        .register(meters)
        .record(event.latency());
    event
        .failure()
        .ifPresent(
            failure ->
                Counter.builder("authwire.token.failures")
                    .description("Token requests that got no token")
                    .tag("client", event.client())
                    .tag("error", error(failure))
                    .register(meters)
                    .increment());
  }

  private static String error(TokenRequestException failure) {
    return failure.error().filter(ERRORS::contains).orElse("other");
  }
}
