package io.authwire.runtime.internal.transport;

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
}
