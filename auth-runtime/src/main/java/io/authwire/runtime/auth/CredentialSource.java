package io.authwire.runtime.auth;

import feign.Client;
import feign.Request.Options;
import java.util.function.Supplier;

/**
 * Supplies the credential a request carries, for example {@code "Basic dXNlcjpwYXNz"} or a fresh
 * access token.
 */
public interface CredentialSource {

  /** The value to send; called for every request, so it must be cheap once warmed up. */
  String credential();

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
    return () -> credential;
  }

  /**
   * Makes the source once Feign's client is known, for sources that call a server themselves.
   */
  @FunctionalInterface
  interface Factory {
    /**
     * @param client the user's client, without Authwire's authentication
     * @param options the options Feign was built with, known once it is built
     */
    CredentialSource create(Client client, Supplier<Options> options);
  }
}
