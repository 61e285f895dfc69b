package io.authwire.runtime.internal.auth;

import feign.Client;
import feign.Request.Options;

/**
 * Supplies the credential a request carries, for example {@code "Basic dXNlcjpwYXNz"} or a fresh
 * access token.
 */
public interface CredentialSource {

  /**
   * The value to send; called for every request, so it must be cheap once warmed up.
   *
   * @param options the call's options, whose timeouts bound any request made to get the value
   */
  String credential(Options options);

  /**
   * The API answered 401 to a request that carried {@code credential}.
   *
   * @return whether a new credential is now available and worth one retry
   */
  default boolean rejected(String credential) {
    return false;
  }

  /** A source that always supplies {@code credential}. */
  static CredentialSource fixed(String credential) {
    return options -> credential;
  }

  /** Makes the source once Feign's client is known, for sources that call a server themselves. */
  @FunctionalInterface
  interface Factory {
    /**
     * @param client the user's client, without Authwire's authentication
     */
    CredentialSource create(Client client);
  }
}
