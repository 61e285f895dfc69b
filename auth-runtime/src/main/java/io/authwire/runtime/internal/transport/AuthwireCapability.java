package io.authwire.runtime.internal.transport;

import static java.util.Objects.requireNonNull;

import feign.Capability;
import feign.Client;
import feign.codec.ErrorDecoder;
import io.authwire.runtime.internal.auth.Authentication;

/**
 * Wraps whatever client and error decoder the user configured, so that the transport rules and
 * messages hold for every Feign setup.
 */
public final class AuthwireCapability implements Capability {
  private final Authentication authentication;
  private final Origin origin;

  /**
   * @param origin the base URL's: the only origin that receives the credential, checked against the
   *     transport policy when the client was built
   */
  public AuthwireCapability(Authentication authentication, Origin origin) {
    this.authentication = requireNonNull(authentication, "authentication");
    this.origin = requireNonNull(origin, "origin");
  }

  @Override
  public Client enrich(Client client) {
    return new AuthenticatingClient(
        client,
        authentication.placement(),
        authentication.credentials().create(client),
        origin,
        authentication.describeVariables());
  }

  @Override
  public ErrorDecoder enrich(ErrorDecoder decoder) {
    return new CredentialErrorDecoder(decoder, authentication.describeVariables());
  }
}
