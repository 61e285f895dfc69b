package io.authwire.processor.model;

import com.palantir.javapoet.ClassName;
import io.authwire.processor.base.KnownNames;
import java.util.List;
import java.util.stream.Stream;

/** The four annotations, and the runtime configuration each becomes. */
public enum AuthKind {
  API_KEY(KnownNames.API_KEY_AUTH, KnownNames.API_KEY_CONFIG, "apiKey", List.of("API_KEY")),
  BASIC(KnownNames.BASIC_AUTH, KnownNames.BASIC_CONFIG, "basic", List.of("USER", "PASS")),
  CLIENT_CREDENTIALS(
      KnownNames.CLIENT_CREDENTIALS,
      KnownNames.CLIENT_CREDENTIALS_CONFIG,
      "clientCredentials",
      List.of("CLIENT_ID", "CLIENT_SECRET"),
      "TOKEN_URL",
      "SCOPE"),
  AUTHORIZATION_CODE(
      KnownNames.AUTHORIZATION_CODE,
      KnownNames.AUTHORIZATION_CODE_CONFIG,
      "authorizationCode",
      List.of("CLIENT_ID", "CLIENT_SECRET"),
      "REDIRECT_URI",
      "AUTHORIZE_URL",
      "TOKEN_URL",
      "SCOPE");

  private final ClassName annotation;
  private final ClassName config;
  private final String factoryMethod;
  private final List<String> credentialSuffixes;
  private final List<String> variableSuffixes;

  AuthKind(
      ClassName annotation,
      ClassName config,
      String factoryMethod,
      List<String> credentialSuffixes,
      String... otherSuffixes) {
    this.annotation = annotation;
    this.config = config;
    this.factoryMethod = factoryMethod;
    this.credentialSuffixes = credentialSuffixes;
    this.variableSuffixes =
        Stream.concat(credentialSuffixes.stream(), Stream.of(otherSuffixes)).toList();
  }

  public ClassName annotation() {
    return annotation;
  }

  /** The runtime configuration class, whose instance the generated client holds. */
  public ClassName config() {
    return config;
  }

  /** The {@code AuthConfig} factory method that starts this kind's configuration. */
  public String factoryMethod() {
    return factoryMethod;
  }

  /** The suffixes of the variables that hold the credential itself. */
  public List<String> credentialSuffixes() {
    return credentialSuffixes;
  }

  /**
   * Whether clients act for a signed-in user: the generated class then has {@code users(store)}
   * where the others have {@code create()}, and no injectable constructor.
   */
  public boolean perUser() {
    return this == AUTHORIZATION_CODE;
  }

  /** The suffixes of the variables this kind reads, besides {@code BASE_URL}. */
  public List<String> variableSuffixes() {
    return variableSuffixes;
  }
}
