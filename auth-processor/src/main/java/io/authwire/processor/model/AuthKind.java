package io.authwire.processor.model;

import java.util.List;

/** The three annotations, and the runtime configuration each becomes. */
public enum AuthKind {
  API_KEY("io.authwire.ApiKeyAuth", "apiKey", "ApiKeyConfig", List.of("API_KEY")),
  BASIC("io.authwire.BasicAuth", "basic", "BasicConfig", List.of("USER", "PASS")),
  CLIENT_CREDENTIALS(
      "io.authwire.ClientCredentials",
      "clientCredentials",
      "ClientCredentialsConfig",
      List.of("CLIENT_ID", "CLIENT_SECRET", "TOKEN_URL", "SCOPE"));

  private final String annotation;
  private final String factoryMethod;
  private final String configClass;
  private final List<String> variableSuffixes;

  AuthKind(
      String annotation, String factoryMethod, String configClass, List<String> variableSuffixes) {
    this.annotation = annotation;
    this.factoryMethod = factoryMethod;
    this.configClass = configClass;
    this.variableSuffixes = variableSuffixes;
  }

  /** The annotation's qualified name. */
  public String annotation() {
    return annotation;
  }

  public String simpleName() {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }

  /** The {@code AuthConfig} factory method that starts this kind's configuration. */
  public String factoryMethod() {
    return factoryMethod;
  }

  /** The simple name of the runtime configuration class, in {@code io.authwire.runtime}. */
  public String configClass() {
    return configClass;
  }

  /** The suffixes of the variables this kind reads, besides {@code BASE_URL}. */
  public List<String> variableSuffixes() {
    return variableSuffixes;
  }
}
