package io.authwire.runtime.token;

import io.authwire.ClientAuth;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * One {@link TokenCache} per credential set in the JVM, so that clients with the same token URL,
 * client id and scopes share one token. The secret is part of the key too, through a digest: a
 * client with a wrong secret must not be served a token another client earned.
 */
public final class TokenCaches {
  private static final ConcurrentMap<Key, TokenCache> CACHES = new ConcurrentHashMap<>();
  private static final ExecutorService REFRESHER =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "authwire-token-refresh");
            thread.setDaemon(true);
            return thread;
          });

  private TokenCaches() {}

  private record Key(
      String tokenUrl, String clientId, List<String> scopes, ClientAuth clientAuth, Digest secret) {}

  private record Digest(byte[] bytes) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Digest && Arrays.equals(bytes, ((Digest) other).bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "Digest";
    }
  }

  /** The cache for {@code request}, made with {@code endpoint} if it is the first. */
  public static TokenCache forRequest(TokenRequest request, Supplier<TokenEndpoint> endpoint) {
    Key key =
        new Key(
            request.tokenUrl(),
            request.clientId(),
            request.scopes(),
            request.clientAuth(),
            new Digest(sha256(request.clientSecret())));
    return CACHES.computeIfAbsent(
        key, k -> new TokenCache(endpoint.get(), Clock.systemUTC(), REFRESHER));
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
