package io.authwire;

/** How a client authenticates to the token endpoint (RFC 6749 §2.3.1). */
public enum ClientAuth {
  /** Client id and secret in an {@code Authorization: Basic} header. */
  CLIENT_SECRET_BASIC,
  /** Client id and secret as {@code client_id} and {@code client_secret} form parameters. */
  CLIENT_SECRET_POST
}
