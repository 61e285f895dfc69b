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
 * <p>A user's tokens (the authorization code grant) have a cache of their own, keyed by the
 * credential set, the store that keeps the user's tokens and the user.
 *
 * <p>Clients hold their cache; this registry only finds it. Once no client holds a cache, the
 * cache, with its secret, token and Feign client, is collected and its entry goes with it.
 */
public final class TokenCaches {
  private static final ConcurrentMap<Object, CacheReference> CACHES = new ConcurrentHashMap<>();
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

  /** One user's tokens, kept in {@code store}, which is compared by identity. */
  private record UserKey(Key credentials, Identity store, String user) {}

  private record Identity(Object object) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity && ((Identity) other).object == object;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(object);
    }
  }

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
    final Object key;

    CacheReference(TokenCache cache, Object key) {
      super(cache, COLLECTED);
      this.key = key;
    }
  }

  /** The cache for {@code request}, made with {@code endpoint} if no client holds one. */
  public static TokenCache forRequest(
      TokenRequest request, Supplier<? extends TokenSource> endpoint) {
    return find(key(request), endpoint);
  }

  /**
   * The cache of {@code user}'s tokens for {@code request}, kept in {@code store}, made with {@code
   * source} if no client holds one.
   */
  public static TokenCache forUser(
      TokenRequest request, Object store, String user, Supplier<? extends TokenSource> source) {
    return find(new UserKey(key(request), new Identity(store), user), source);
  }

  private static Key key(TokenRequest request) {
    return new Key(
        request.tokenUrl(),
        request.clientId(),
        request.scopes(),
        request.clientAuth(),
        new Digest(sha256(request.clientSecret())));
  }

  private static TokenCache find(Object key, Supplier<? extends TokenSource> source) {
    forgetCollected();
    while (true) {
      CacheReference found = CACHES.get(key);
      TokenCache cache = found == null ? null : found.get();
      if (cache != null) {
        return cache;
      }
      TokenCache made = new TokenCache(source.get(), Ticker.SYSTEM, REFRESHER);
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
