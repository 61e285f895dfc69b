package io.authwire.processor.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Header and query parameter names that say they carry a credential, the one list the credential
 * checks share.
 *
 * <p>A name is compared in a normal form: lower case, an {@code X-} prefix dropped, and every
 * character but letters and digits removed, so that {@code X-API-Key}, {@code x_api_key}, {@code
 * apiKey} and {@code apikey} are one name. It carries a credential if its normal form is one of
 * {@link #NAMES}, ends with one of {@link #ENDINGS} ({@code X-Goog-Api-Key}, {@code
 * Ocp-Apim-Subscription-Key}), or is one the client itself sends its credential under.
 *
 * <p>Short, common words count only as the whole name, so their neighbours stay silent: {@code key}
 * but not {@code monkey}, {@code keyword}, {@code key_id} (a key's public identifier) or {@code
 * Idempotency-Key}; {@code token} but not {@code tokenizer}, {@code token_type} or {@code
 * page_token} (a pagination cursor); {@code auth} but not {@code author}.
 */
final class SecretNames {
  static final Set<String> NAMES = Set.of("key", "token", "auth");
  static final List<String> ENDINGS =
      List.of(
          "authorization",
          "apikey",
          "accesskey",
          "secretkey",
          "privatekey",
          "subscriptionkey",
          "accesstoken",
          "authtoken",
          "apitoken",
          "refreshtoken",
          "idtoken",
          "sessiontoken",
          "securitytoken",
          "secret",
          "password",
          "passwd");

  private final Set<String> own;

  /**
   * @param own the header or query parameter the client sends its own credential in, if any
   */
  SecretNames(Set<String> own) {
    this.own = own.stream().map(SecretNames::normalize).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether {@code name} says it carries a credential. A name that is itself a {@code {variable}}
   * is known only at run time, and passes.
   */
  boolean isSecret(String name) {
    if (name.contains("{")) {
      return false;
    }
    String normal = normalize(name);
    return own.contains(normal)
        || NAMES.contains(normal)
        || ENDINGS.stream().anyMatch(normal::endsWith);
  }

  static String normalize(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("x-") || lower.startsWith("x_")) {
      lower = lower.substring(2);
    }
    return lower.replaceAll("[^a-z0-9]", "");
  }
}
