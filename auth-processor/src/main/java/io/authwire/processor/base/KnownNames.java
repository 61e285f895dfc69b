package io.authwire.processor.base;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Every type the processor knows by name: Authwire's annotations, Feign's, the runtime's and the
 * libraries' that generated code uses. The processor names them and never loads them, so that it
 * runs whatever versions the user's build has; a type that moves is one edit here.
 */
public final class KnownNames {
  private static final String ANNOTATIONS = "io.authwire";
  private static final String RUNTIME = "io.authwire.runtime";
  private static final String FEIGN = "feign";

  // Authwire's annotations
  public static final ClassName API_KEY_AUTH = ClassName.get(ANNOTATIONS, "ApiKeyAuth");
  public static final ClassName BASIC_AUTH = ClassName.get(ANNOTATIONS, "BasicAuth");
  public static final ClassName CLIENT_CREDENTIALS =
      ClassName.get(ANNOTATIONS, "ClientCredentials");
  public static final ClassName AUTHORIZATION_CODE =
      ClassName.get(ANNOTATIONS, "AuthorizationCode");

  // The runtime that generated code calls
  public static final ClassName AUTHWIRE_CLIENT = ClassName.get(RUNTIME, "AuthwireClient");
  public static final ClassName AUTHWIRE_CLIENT_BUILDER = AUTHWIRE_CLIENT.nestedClass("Builder");
  public static final ClassName AUTH_CONFIG = ClassName.get(RUNTIME, "AuthConfig");
  public static final ClassName API_KEY_CONFIG = ClassName.get(RUNTIME, "ApiKeyConfig");
  public static final ClassName BASIC_CONFIG = ClassName.get(RUNTIME, "BasicConfig");
  public static final ClassName CLIENT_CREDENTIALS_CONFIG =
      ClassName.get(RUNTIME, "ClientCredentialsConfig");
  public static final ClassName AUTHORIZATION_CODE_CONFIG =
      ClassName.get(RUNTIME, "AuthorizationCodeConfig");
  public static final ClassName USER_CLIENTS = ClassName.get(RUNTIME, "UserClients");
  public static final ClassName TOKEN_STORE = ClassName.get(RUNTIME, "TokenStore");
  public static final ClassName SIGN_IN = ClassName.get(RUNTIME, "SignIn");
  public static final ClassName SIGN_IN_REQUIRED_EXCEPTION =
      ClassName.get(RUNTIME, "SignInRequiredException");
  public static final ClassName MISSING_CREDENTIALS_EXCEPTION =
      ClassName.get(RUNTIME, "MissingCredentialsException");
  public static final ClassName VARIABLE_SOURCE = ClassName.get(RUNTIME, "VariableSource");
  public static final ClassName TOKEN_LISTENER = ClassName.get(RUNTIME, "TokenListener");

  // Feign
  public static final ClassName REQUEST_LINE = ClassName.get(FEIGN, "RequestLine");
  public static final ClassName HEADERS = ClassName.get(FEIGN, "Headers");
  public static final ClassName BODY = ClassName.get(FEIGN, "Body");
  public static final ClassName PARAM = ClassName.get(FEIGN, "Param");
  public static final ClassName QUERY_MAP = ClassName.get(FEIGN, "QueryMap");
  public static final ClassName HEADER_MAP = ClassName.get(FEIGN, "HeaderMap");
  public static final ClassName REQUEST_OPTIONS = ClassName.get(FEIGN, "Request", "Options");
  public static final ClassName FEIGN_BUILDER = ClassName.get(FEIGN, "Feign", "Builder");

  /** The constants of {@code feign.Request.HttpMethod}. */
  public static final List<String> HTTP_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  // jakarta.inject, used where the user's classpath has it
  public static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  public static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");

  // @Generated: the first where the source version has it, the second before Java 9
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  public static final ClassName GENERATED_JAVA_8 = ClassName.get("javax.annotation", "Generated");

  /** The value of {@code @Generated}. */
  public static final ClassName PROCESSOR =
      ClassName.get("io.authwire.processor", "AuthwireProcessor");

  private KnownNames() {}
}
