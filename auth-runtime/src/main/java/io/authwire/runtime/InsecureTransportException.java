package io.authwire.runtime;

/**
 * Thrown instead of sending a credential over plain {@code http://} to a host that is not
 * loopback. Opt in with {@code allowInsecureHttp()} on the client's builder where that is
 * intended, for example inside a private network that terminates TLS elsewhere.
 */
public final class InsecureTransportException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public InsecureTransportException(String message) {
    super(message);
  }
}
