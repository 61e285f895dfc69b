package io.authwire.runtime.transport;

import io.authwire.runtime.InsecureTransportException;

/** Decides where credentials may be sent. */
public final class TransportPolicy {
  private final boolean allowInsecureHttp;

  public TransportPolicy(boolean allowInsecureHttp) {
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /** Whether credentials may travel to {@code origin}: https, loopback, or the user opted in. */
  public boolean permits(Origin origin) {
    return origin.isHttps() || origin.isLoopback() || allowInsecureHttp;
  }

  /**
   * Throws {@link InsecureTransportException} unless credentials may be sent to {@code origin}.
   *
   * @param credentials the variables whose values would travel, for the message
   */
  public void check(Origin origin, String credentials) {
    if (!permits(origin)) {
      throw new InsecureTransportException(
          "Refusing to send "
              + credentials
              + " over plain http to "
              + origin.host()
              + ": use https, or call allowInsecureHttp() on the client's builder"
              + " if this network is trusted.");
    }
  }
}
