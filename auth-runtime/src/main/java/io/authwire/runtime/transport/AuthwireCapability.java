package io.authwire.runtime.transport;

import static java.util.Objects.requireNonNull;

import feign.Capability;
import feign.Client;
import feign.Request.Options;
import feign.codec.ErrorDecoder;
import io.authwire.runtime.auth.Authentication;

/**
 * Wraps whatever client and error decoder the user configured, so that the transport rules and
 * messages hold for every Feign setup.
 */
public final class AuthwireCapability implements Capability {
  private final Authentication authentication;
  private final Origin origin;
  private final TransportPolicy policy;
  // Feign enriches its fields in no fixed order; the options are read only once calls begin.
  private volatile Options options = new Options();

  /** @param origin the base URL's: the only origin that receives the credential */
  public AuthwireCapability(Authentication authentication, Origin origin, TransportPolicy policy) {
    this.authentication = requireNonNull(authentication, "authentication");
    this.origin = requireNonNull(origin, "origin");
    this.policy = requireNonNull(policy, "policy");
  }

  @Override
  public Client enrich(Client client) {
    return new AuthenticatingClient(
        client,
        authentication.placement(),
        authentication.credentials().create(client, () -> options),
        origin,
        policy,
        authentication.describeVariables());
  }

  @Override
  public Options enrich(Options options) {
    this.options = options;
    return options;
  }

  @Override
  public ErrorDecoder enrich(ErrorDecoder decoder) {
    return new CredentialErrorDecoder(decoder, authentication.describeVariables());
  }
}
