package io.authwire.runtime.internal.token;

import java.time.Duration;

/** Hears of every token request a {@link TokenCache} makes; never of a credential or token. */
public interface TokenObserver {
  void succeeded(Duration latency);

  void failed(Duration latency, TokenFailure failure);
}
