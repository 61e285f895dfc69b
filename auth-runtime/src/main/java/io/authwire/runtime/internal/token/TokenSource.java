package io.authwire.runtime.internal.token;

import feign.Request.Options;
import io.authwire.runtime.internal.redact.Secrets;

/**
 * Where a {@link TokenCache} gets a new access token: the client credentials grant, or a user's
 * refresh token.
 */
public interface TokenSource {

  /**
   * A new token, obtained within the timeouts of {@code options}.
   *
   * @throws TokenFailure saying why there is none
   */
  AccessToken fetch(Options options);

  /** The credential set, for logs and messages; never shows a secret. */
  TokenRequest request();

  /** Every form of the secrets the source holds, for whatever else is about to be shown. */
  Secrets secrets();
}
