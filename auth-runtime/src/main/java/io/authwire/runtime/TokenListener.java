package io.authwire.runtime;

/**
 * Told about every token request a client-credentials client makes, for metrics. Events carry the
 * client's name, the request's latency and its failure, never a credential or token. Called on the
 * thread that requested the token, before callers waiting for it get it, so it must be quick; an
 * exception it throws is ignored.
 *
 * <pre>{@code
 * AuthwireBillingApi.builder()
 *     .tokenListener(event -> latencies.record(event.client(), event.latency()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface TokenListener {
  void tokenRequested(TokenRequestEvent event);
}
