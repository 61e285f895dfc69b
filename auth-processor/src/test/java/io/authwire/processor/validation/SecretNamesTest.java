package io.authwire.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every name of the list is secret in the spellings APIs use; its harmless neighbours are not. */
class SecretNamesTest {
  private static final SecretNames SECRETS = new SecretNames(Set.of());

  /** Spellings of the list's entries, each entry at least once. */
  private static final List<String> SECRET =
      List.of(
          "key",
          "KEY",
          "token",
          "Token",
          "auth",
          "Authorization",
          "authorization",
          "Proxy-Authorization",
          "X-Authorization",
          "X-API-Key",
          "x-api-key",
          "X_Api_Key",
          "Api-Key",
          "api_key",
          "apikey",
          "apiKey",
          "X-Goog-Api-Key",
          " api_key ",
          "access_key",
          "AccessKey",
          "secret_key",
          "private_key",
          "Subscription-Key",
          "Ocp-Apim-Subscription-Key",
          "access_token",
          "X-Access-Token",
          "X-Auth-Token",
          "auth_token",
          "api_token",
          "refresh_token",
          "id_token",
          "X-Session-Token",
          "Security-Token",
          "X-Amz-Security-Token",
          "secret",
          "client_secret",
          "X-Client-Secret",
          "webhook_secret",
          "password",
          "Password",
          "X-Password",
          "passwd");

  /** Neighbours of the list's entries that carry no credential. */
  private static final List<String> HARMLESS =
      List.of(
          "X-Request-Id",
          "Accept",
          "Content-Type",
          "page",
          "q",
          "",
          "monkey",
          "keyword",
          "keys",
          "key_id",
          "X-Key-Id",
          "X-Key-Name",
          "Idempotency-Key",
          "tokenizer",
          "token_type",
          "page_token",
          "nextPageToken",
          "X-Token-Expiry",
          "author",
          "authority",
          "oauth_state",
          "X-Auth-Method",
          "Authorization-Mode",
          "client_id",
          "username",
          "user",
          "api",
          "X-API-Version",
          "access",
          "X-Access-Level",
          "secretary",
          "secrets_count",
          "passport",
          "password_policy",
          "passenger",
          "{key}",
          "{authorization}");

  static Stream<String> secret() {
    return SECRET.stream();
  }

  static Stream<String> harmless() {
    return HARMLESS.stream();
  }

  @ParameterizedTest
  @MethodSource("secret")
  void namesThatSayTheyCarryACredentialAreSecret(String name) {
    assertTrue(SECRETS.isSecret(name), name);
  }

  @ParameterizedTest
  @MethodSource("harmless")
  void theirNeighboursAreNot(String name) {
    assertFalse(SECRETS.isSecret(name), name);
  }

  @Test
  void everyNameOfTheListIsTested() {
    Stream.concat(SecretNames.NAMES.stream(), SecretNames.ENDINGS.stream())
        .forEach(
            entry ->
                assertTrue(
                    SECRET.stream().map(SecretNames::normalize).anyMatch(entry::equals),
                    entry + " has no spelling in SECRET"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-API-Key", "x_api_key", "apikey", "ApiKey", "X-Api-Key", "API-KEY"})
  void spellingsOfOneNameAreOneName(String name) {
    assertEquals("apikey", SecretNames.normalize(name));
  }

  @Test
  void theClientsOwnNamesAreSecretToo() {
    SecretNames secrets = new SecretNames(Set.of("X-Weather"));

    assertTrue(secrets.isSecret("x-weather"));
    assertTrue(secrets.isSecret("X_WEATHER"));
    assertFalse(secrets.isSecret("X-Weather-Units"));
    assertFalse(SECRETS.isSecret("X-Weather"));
  }
}
