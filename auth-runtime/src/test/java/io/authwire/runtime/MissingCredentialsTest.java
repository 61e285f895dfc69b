package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingCredentialsTest {

  private static MissingCredentialsException failure(AuthConfig config, Map<String, String> env) {
    return assertThrows(
        MissingCredentialsException.class,
        () -> AuthwireClient.builder(EchoApi.class, EchoApi.class, config).env(env).build());
  }

  @Test
  void namesEveryMissingOrBlankVariableAtOnce() {
    MissingCredentialsException e = failure(AuthConfig.basic("API"), Map.of("API_PASS", "  "));

    assertEquals(List.of("API_BASE_URL", "API_USER", "API_PASS"), e.missingVariables());
    assertTrue(e.getMessage().contains("API_BASE_URL, API_USER, API_PASS"), e.getMessage());
    assertTrue(e instanceof IllegalStateException);
  }

  @Test
  void clientCredentialsNeedsIdSecretAndTokenUrl() {
    MissingCredentialsException e =
        failure(
            AuthConfig.clientCredentials("BILLING"),
            Map.of("BILLING_BASE_URL", "https://api.example.com"));

    assertEquals(
        List.of("BILLING_CLIENT_ID", "BILLING_CLIENT_SECRET", "BILLING_TOKEN_URL"),
        e.missingVariables());
  }

  @Test
  void refusesALineBreakInAKeyWithoutEchoingIt() {
    String key = "abc\r\nX-Injected: evil";
    MissingCredentialsException e =
        failure(
            AuthConfig.apiKey("WEATHER"),
            Map.of("WEATHER_API_KEY", key, "WEATHER_BASE_URL", "http://127.0.0.1:1"));

    assertEquals(List.of("WEATHER_API_KEY"), e.invalidVariables());
    assertTrue(e.getMessage().contains("WEATHER_API_KEY contains a line break"), e.getMessage());
    assertFalse(e.getMessage().contains("abc"));
    assertFalse(e.getMessage().contains("evil"));
    assertEquals(null, e.getCause());
  }

  @Test
  void refusesAPasswordWithAControlCharacterAndAUserWithAColon() {
    MissingCredentialsException e =
        failure(
            AuthConfig.basic("API"),
            Map.of(
                "API_USER",
                "us:er",
                "API_PASS",
                "se\u0000cret",
                "API_BASE_URL",
                "https://api.example.com"));

    assertEquals(List.of("API_USER", "API_PASS"), e.invalidVariables());
    assertFalse(e.getMessage().contains("us:er"));
    assertFalse(e.getMessage().contains("cret"));
  }

  @Test
  void refusesABaseUrlThatIsNoUrlNamingTheVariable() {
    MissingCredentialsException e =
        failure(
            AuthConfig.apiKey("WEATHER"),
            Map.of("WEATHER_API_KEY", "k", "WEATHER_BASE_URL", "not a url"));

    assertEquals(List.of("WEATHER_BASE_URL"), e.invalidVariables());
    assertTrue(e.getMessage().contains("WEATHER_BASE_URL is not a URL"), e.getMessage());
  }

  @Test
  void refusesABaseUrlWithUserInfoWithoutEchoingIt() {
    MissingCredentialsException e =
        failure(
            AuthConfig.apiKey("WEATHER"),
            Map.of(
                "WEATHER_API_KEY",
                "k",
                "WEATHER_BASE_URL",
                "https://admin:hunter2@api.example.com"));

    assertEquals(List.of("WEATHER_BASE_URL"), e.invalidVariables());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void refusesPlainHttpToARemoteHostUnlessAllowed() {
    Map<String, String> env =
        Map.of("WEATHER_API_KEY", "k", "WEATHER_BASE_URL", "http://api.example.com");

    MissingCredentialsException e = failure(AuthConfig.apiKey("WEATHER"), env);
    assertEquals(List.of("WEATHER_BASE_URL"), e.invalidVariables());
    assertTrue(e.getMessage().contains("allowInsecureHttp()"), e.getMessage());

    AuthwireClient<EchoApi> allowed =
        AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER"))
            .env(env)
            .allowInsecureHttp()
            .build();
    assertEquals("http://api.example.com", allowed.baseUrl());
  }

  @Test
  void refusesAPlainHttpTokenUrlToARemoteHost() {
    MissingCredentialsException e =
        failure(
            AuthConfig.clientCredentials("BILLING"),
            Map.of(
                "BILLING_CLIENT_ID", "id",
                "BILLING_CLIENT_SECRET", "s3cr3t",
                "BILLING_TOKEN_URL", "http://auth.example.com/token",
                "BILLING_BASE_URL", "https://api.example.com"));

    assertEquals(List.of("BILLING_TOKEN_URL"), e.invalidVariables());
    assertFalse(e.getMessage().contains("s3cr3t"));
  }

  @Test
  void aNullValueInTheEnvMapCountsAsUnsetAndANullMapIsAClearError() {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("API_USER", null);
    env.put("API_PASS", "p");
    env.put("API_BASE_URL", "https://api.example.com");

    assertEquals(List.of("API_USER"), failure(AuthConfig.basic("API"), env).missingVariables());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.basic("API"))
                    .env(null));
    assertEquals("env must not be null", e.getMessage());
  }
}
