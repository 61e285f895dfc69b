package io.authwire.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The last access token the API saw from each client, so a test can revoke it. */
final class TokenCapture {
  private final Map<String, String> lastBySubject = new ConcurrentHashMap<>();

  void saw(String clientId, String token) {
    lastBySubject.put(clientId, token);
  }

  String last(String clientId) {
    String token = lastBySubject.get(clientId);
    if (token == null) {
      throw new IllegalStateException("the API has seen no token from " + clientId);
    }
    return token;
  }
}
