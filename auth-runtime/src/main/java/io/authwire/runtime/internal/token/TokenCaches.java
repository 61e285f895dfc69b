package io.authwire.runtime.internal.token;

import io.authwire.ClientAuth;
import io.authwire.runtime.internal.transport.DaemonThreads;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 *
 * <p>Clients hold their cache; this registry only finds it. Once no client holds a cache, the
 * cache, with its secret, token and Feign client, is collected and its entry goes with it.
 */
public final class TokenCaches {
  private static final ConcurrentMap<Key, CacheReference> CACHES = new ConcurrentHashMap<>();
  private static final ReferenceQueue<TokenCache> COLLECTED = new ReferenceQueue<>();
  private static final ExecutorService REFRESHER =
      Executors.newCachedThreadPool(DaemonThreads.named("authwire-token-refresh"));

  private TokenCaches() {}

  private record Key(
      String tokenUrl,
      String clientId,
      List<String> scopes,
      ClientAuth clientAuth,
      Digest secret) {}

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

  private static final class CacheReference extends WeakReference<TokenCache> {
    final Key key;

    CacheReference(TokenCache cache, Key key) {
      super(cache, COLLECTED);
      this.key = key;
    }
  }

  /** The cache for {@code request}, made with {@code endpoint} if no client holds one. */
  public static TokenCache forRequest(TokenRequest request, Supplier<TokenEndpoint> endpoint) {
    forgetCollected();
    Key key =
        new Key(
            request.tokenUrl(),
            request.clientId(),
            request.scopes(),
            request.clientAuth(),
            new Digest(sha256(request.clientSecret())));
    while (true) {
      CacheReference found = CACHES.get(key);
      TokenCache cache = found == null ? null : found.get();
      if (cache != null) {
        return cache;
      }
      TokenCache made = new TokenCache(endpoint.get(), Ticker.SYSTEM, REFRESHER);
      CacheReference mine = new CacheReference(made, key);
      if (found == null
          ? CACHES.putIfAbsent(key, mine) == null
          : CACHES.replace(key, found, mine)) {
        return made;
      }
    }
  }

  /** How many credential sets have a cache that some client still holds. */
  static int size() {
    forgetCollected();
    return CACHES.size();
  }

  private static void forgetCollected() {
    for (Reference<? extends TokenCache> gone = COLLECTED.poll();
        gone != null;
        gone = COLLECTED.poll()) {
      CACHES.remove(((CacheReference) gone).key, gone);
    }
  }

  private static byte[] sha256(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
