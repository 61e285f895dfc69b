package io.authwire.runtime.internal.token;

import feign.Request;

/** A client's calls into a shared cache, as the runtime makes them: with its options and skew. */
record CacheCalls(TokenCache cache, Request.Options options, long skewNanos) {

  String credential() {
    return cache.credential(options, skewNanos);
  }

  boolean rejected(String credential) {
    return cache.rejected(credential);
  }
}
