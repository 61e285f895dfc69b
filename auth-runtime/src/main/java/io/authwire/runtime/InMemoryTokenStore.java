package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link TokenStore} in this JVM's memory: tokens last as long as the store. */
public final class InMemoryTokenStore implements TokenStore {
  private final ConcurrentMap<String, StoredTokens> tokens = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryTokenStore() {}

  @Override
  public Optional<StoredTokens> get(String key) {
    return Optional.ofNullable(tokens.get(requireNonNull(key, "key")));
  }

  @Override
  public void put(String key, StoredTokens tokens) {
    this.tokens.put(requireNonNull(key, "key"), requireNonNull(tokens, "tokens"));
  }

  @Override
  public void remove(String key) {
    tokens.remove(requireNonNull(key, "key"));
  }

  @Override
  public boolean compareAndSet(String key, StoredTokens expected, StoredTokens replacement) {
    requireNonNull(key, "key");
    if (expected == null) {
      return replacement == null
          ? !tokens.containsKey(key)
          : tokens.putIfAbsent(key, replacement) == null;
    }
    return replacement == null
        ? tokens.remove(key, expected)
        : tokens.replace(key, expected, replacement);
  }

  /** Says how many users' tokens it holds; never a token. */
  @Override
  public String toString() {
    return "InMemoryTokenStore(" + tokens.size() + " entries)";
  }
}
