package io.authwire.runtime;

import java.util.Optional;

/**
 * Where users' tokens are kept between calls and between runs: one entry per key, which names the
 * token URL, the client id and the user, so that one store can serve several APIs.
 *
 * <p>Four operations, so that a shared store (a database table, Redis) can implement it: a refresh
 * replaces the tokens it started from with {@link #compareAndSet}, so that two processes that
 * refresh at once cannot lose a rotated refresh token without noticing. Authwire ships {@link
 * InMemoryTokenStore} and {@link FileTokenStore}. Implementations must be safe for concurrent use
 * and must never log or show a token.
 *
 * <pre>{@code
 * TokenStore store = FileTokenStore.at(Path.of(System.getProperty("user.home"), ".acme", "tokens.json"));
 * }</pre>
 */
public interface TokenStore {

  /** The tokens under {@code key}, if any. */
  Optional<StoredTokens> get(String key);

  /** Keeps {@code tokens} under {@code key}, replacing whatever was there. */
  void put(String key, StoredTokens tokens);

  /** Forgets the tokens under {@code key}, if any. */
  void remove(String key);

  /**
   * Atomically replaces the tokens under {@code key} with {@code replacement} if they still equal
   * {@code expected}.
   *
   * @param expected the tokens the caller read, or {@code null} for none
   * @param replacement the new tokens, or {@code null} to remove them
   * @return whether the store held {@code expected} and now holds {@code replacement}
   */
  boolean compareAndSet(String key, StoredTokens expected, StoredTokens replacement);
}
